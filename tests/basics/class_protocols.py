# __bool__, __len__, __hash__, __eq__ without __hash__, __iter__/__next__,
# __contains__, __getitem__/__setitem__/__delitem__ with slices.
class Box:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Box(0)), bool(Box(2)), len(Box(3)), 'yes' if Box(1) else 'no', not Box(0))
class B2:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B2()), len(B2()))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(e)
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
class Plain: pass
print(bool(Plain()))
try:
    len(Plain())
except TypeError as e:
    print(e)

class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {Key(1): 'one'}
print(d[Key(1)], Key(1) in {Key(1)}, Key(2) in d)
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(e)
print(EqOnly.__hash__)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())

class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x * x for x in Count(3)])
it = iter(Count(2))
print(next(it), next(it), next(it, 'end'))
class Gen:
    def __iter__(self):
        yield 'a'
        yield 'b'
print(list(Gen()), 'a' in Gen(), 'z' in Gen())
class Cont:
    def __contains__(self, x): return x == 42
print(42 in Cont(), 1 in Cont(), 1 not in Cont())
try:
    1 in Plain()
except TypeError as e:
    print(e)

class Seq:
    def __init__(self): self.data = list(range(10))
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ('slice', i.start, i.stop, i.step, self.data[i])
        return self.data[i]
    def __setitem__(self, i, v):
        print('set', i, v)
        self.data[i] = v
    def __delitem__(self, i):
        print('del', i)
        del self.data[i]
    def __len__(self): return len(self.data)
s = Seq()
print(s[3], s[-1], s[2:5], s[::3], s[1:8:2])
s[0] = 'x'
s[1:3] = ['y']
del s[0]
del s[::2]
print(s.data, list(s)[:3])
try:
    s[100]
except IndexError as e:
    print('IndexError', e)
class OldIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldIter()), 20 in OldIter())
try:
    Plain()[0]
except TypeError as e:
    print(e)
try:
    Plain()[0] = 1
except TypeError as e:
    print(e)
try:
    iter(Plain())
except TypeError as e:
    print(e)
