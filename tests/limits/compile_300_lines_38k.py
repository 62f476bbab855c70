# args: -X heapsize=38wk
# A 300-line module (classes, functions, literals) compiles and runs in a
# 38 KB heap on 32-bit builds and the lx106 (76 KB on 64-bit: 38wk scales by
# the word size): the compiler holds one top-level statement's tree at a time.

class Shape0:
    """Shape number 0."""
    sides = 3
    def __init__(self, size):
        self.size = size
        self.name = 'shape0'
    def perimeter(self):
        return self.sides * self.size
    def scaled(self, k):
        return Shape0(self.size * k)
    def describe(self):
        return '%s: %d sides, perimeter %d' % (self.name, self.sides, self.perimeter())

class Shape1:
    """Shape number 1."""
    sides = 4
    def __init__(self, size):
        self.size = size
        self.name = 'shape1'
    def perimeter(self):
        return self.sides * self.size
    def scaled(self, k):
        return Shape1(self.size * k)
    def describe(self):
        return '%s: %d sides, perimeter %d' % (self.name, self.sides, self.perimeter())

class Shape2:
    """Shape number 2."""
    sides = 5
    def __init__(self, size):
        self.size = size
        self.name = 'shape2'
    def perimeter(self):
        return self.sides * self.size
    def scaled(self, k):
        return Shape2(self.size * k)
    def describe(self):
        return '%s: %d sides, perimeter %d' % (self.name, self.sides, self.perimeter())

class Shape3:
    """Shape number 3."""
    sides = 6
    def __init__(self, size):
        self.size = size
        self.name = 'shape3'
    def perimeter(self):
        return self.sides * self.size
    def scaled(self, k):
        return Shape3(self.size * k)
    def describe(self):
        return '%s: %d sides, perimeter %d' % (self.name, self.sides, self.perimeter())

class Shape4:
    """Shape number 4."""
    sides = 7
    def __init__(self, size):
        self.size = size
        self.name = 'shape4'
    def perimeter(self):
        return self.sides * self.size
    def scaled(self, k):
        return Shape4(self.size * k)
    def describe(self):
        return '%s: %d sides, perimeter %d' % (self.name, self.sides, self.perimeter())

class Shape5:
    """Shape number 5."""
    sides = 8
    def __init__(self, size):
        self.size = size
        self.name = 'shape5'
    def perimeter(self):
        return self.sides * self.size
    def scaled(self, k):
        return Shape5(self.size * k)
    def describe(self):
        return '%s: %d sides, perimeter %d' % (self.name, self.sides, self.perimeter())

class Shape6:
    """Shape number 6."""
    sides = 9
    def __init__(self, size):
        self.size = size
        self.name = 'shape6'
    def perimeter(self):
        return self.sides * self.size
    def scaled(self, k):
        return Shape6(self.size * k)
    def describe(self):
        return '%s: %d sides, perimeter %d' % (self.name, self.sides, self.perimeter())

class Shape7:
    """Shape number 7."""
    sides = 10
    def __init__(self, size):
        self.size = size
        self.name = 'shape7'
    def perimeter(self):
        return self.sides * self.size
    def scaled(self, k):
        return Shape7(self.size * k)
    def describe(self):
        return '%s: %d sides, perimeter %d' % (self.name, self.sides, self.perimeter())

class Shape8:
    """Shape number 8."""
    sides = 11
    def __init__(self, size):
        self.size = size
        self.name = 'shape8'
    def perimeter(self):
        return self.sides * self.size
    def scaled(self, k):
        return Shape8(self.size * k)
    def describe(self):
        return '%s: %d sides, perimeter %d' % (self.name, self.sides, self.perimeter())

class Shape9:
    """Shape number 9."""
    sides = 12
    def __init__(self, size):
        self.size = size
        self.name = 'shape9'
    def perimeter(self):
        return self.sides * self.size
    def scaled(self, k):
        return Shape9(self.size * k)
    def describe(self):
        return '%s: %d sides, perimeter %d' % (self.name, self.sides, self.perimeter())

def func0(a, b=0, *rest, **kw):
    total = a + b
    for i, x in enumerate(rest):
        if i % 2:
            total -= x
        else:
            total += x * 1
    for k in sorted(kw):
        total += len(k) * kw[k]
    return total

def func1(a, b=1, *rest, **kw):
    total = a + b
    for i, x in enumerate(rest):
        if i % 2:
            total -= x
        else:
            total += x * 2
    for k in sorted(kw):
        total += len(k) * kw[k]
    return total

def func2(a, b=2, *rest, **kw):
    total = a + b
    for i, x in enumerate(rest):
        if i % 2:
            total -= x
        else:
            total += x * 3
    for k in sorted(kw):
        total += len(k) * kw[k]
    return total

def func3(a, b=3, *rest, **kw):
    total = a + b
    for i, x in enumerate(rest):
        if i % 2:
            total -= x
        else:
            total += x * 4
    for k in sorted(kw):
        total += len(k) * kw[k]
    return total

def func4(a, b=4, *rest, **kw):
    total = a + b
    for i, x in enumerate(rest):
        if i % 2:
            total -= x
        else:
            total += x * 5
    for k in sorted(kw):
        total += len(k) * kw[k]
    return total

def func5(a, b=5, *rest, **kw):
    total = a + b
    for i, x in enumerate(rest):
        if i % 2:
            total -= x
        else:
            total += x * 6
    for k in sorted(kw):
        total += len(k) * kw[k]
    return total

def func6(a, b=6, *rest, **kw):
    total = a + b
    for i, x in enumerate(rest):
        if i % 2:
            total -= x
        else:
            total += x * 7
    for k in sorted(kw):
        total += len(k) * kw[k]
    return total

def func7(a, b=7, *rest, **kw):
    total = a + b
    for i, x in enumerate(rest):
        if i % 2:
            total -= x
        else:
            total += x * 8
    for k in sorted(kw):
        total += len(k) * kw[k]
    return total

def func8(a, b=8, *rest, **kw):
    total = a + b
    for i, x in enumerate(rest):
        if i % 2:
            total -= x
        else:
            total += x * 9
    for k in sorted(kw):
        total += len(k) * kw[k]
    return total

def func9(a, b=9, *rest, **kw):
    total = a + b
    for i, x in enumerate(rest):
        if i % 2:
            total -= x
        else:
            total += x * 10
    for k in sorted(kw):
        total += len(k) * kw[k]
    return total

def func10(a, b=10, *rest, **kw):
    total = a + b
    for i, x in enumerate(rest):
        if i % 2:
            total -= x
        else:
            total += x * 11
    for k in sorted(kw):
        total += len(k) * kw[k]
    return total

def func11(a, b=11, *rest, **kw):
    total = a + b
    for i, x in enumerate(rest):
        if i % 2:
            total -= x
        else:
            total += x * 12
    for k in sorted(kw):
        total += len(k) * kw[k]
    return total

TABLE = {
    'key0': (0, 0, 'value0', [0, 1, 2]),
    'key1': (1, 1, 'value1', [1, 2, 3]),
    'key2': (2, 4, 'value2', [2, 3, 4]),
    'key3': (3, 9, 'value3', [3, 4, 5]),
    'key4': (4, 16, 'value4', [4, 5, 6]),
    'key5': (5, 25, 'value5', [5, 6, 7]),
    'key6': (6, 36, 'value6', [6, 7, 8]),
    'key7': (7, 49, 'value7', [7, 8, 9]),
    'key8': (8, 64, 'value8', [8, 9, 10]),
    'key9': (9, 81, 'value9', [9, 10, 11]),
    'key10': (10, 100, 'value10', [10, 11, 12]),
    'key11': (11, 121, 'value11', [11, 12, 13]),
    'key12': (12, 144, 'value12', [12, 13, 14]),
    'key13': (13, 169, 'value13', [13, 14, 15]),
    'key14': (14, 196, 'value14', [14, 15, 16]),
    'key15': (15, 225, 'value15', [15, 16, 17]),
    'key16': (16, 256, 'value16', [16, 17, 18]),
    'key17': (17, 289, 'value17', [17, 18, 19]),
    'key18': (18, 324, 'value18', [18, 19, 20]),
    'key19': (19, 361, 'value19', [19, 20, 21]),
    'key20': (20, 400, 'value20', [20, 21, 22]),
    'key21': (21, 441, 'value21', [21, 22, 23]),
    'key22': (22, 484, 'value22', [22, 23, 24]),
    'key23': (23, 529, 'value23', [23, 24, 25]),
    'key24': (24, 576, 'value24', [24, 25, 26]),
    'key25': (25, 625, 'value25', [25, 26, 27]),
    'key26': (26, 676, 'value26', [26, 27, 28]),
    'key27': (27, 729, 'value27', [27, 28, 29]),
    'key28': (28, 784, 'value28', [28, 29, 30]),
    'key29': (29, 841, 'value29', [29, 30, 31]),
}

def checksum(table):
    s = 0
    for k, (a, b, name, lst) in table.items():
        s += a + b + len(name) + sum(lst)
    return s

shapes = [Shape0(1), Shape1(2), Shape2(3), Shape3(4), Shape4(5), Shape5(6), Shape6(7), Shape7(8), Shape8(9), Shape9(10)]
for s in shapes:
    print(s.describe(), s.scaled(2).perimeter())
funcs = [func0, func1, func2, func3, func4, func5, func6, func7, func8, func9, func10, func11]
for i, f in enumerate(funcs):
    print(f(i, i, 1, 2, 3, x=i, yy=2))
print(checksum(TABLE))
print(sorted(TABLE)[:5], len(TABLE))
