# Records and procedures in the style of the Dhrystone/Pystone synthetic
# benchmarks (our own program): small classes copied and linked, global
# state, integer and string comparisons, calls with few arguments, array
# (list) updates, and branches on enumerations.

IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = range(5)


class Record:
    def __init__(self, link=None, kind=IDENT1, enum=IDENT1, value=0, text=""):
        self.link = link
        self.kind = kind
        self.enum = enum
        self.value = value
        self.text = text

    def copy(self):
        return Record(self.link, self.kind, self.enum, self.value, self.text)


glob_int = 0
glob_bool = False
glob_char1 = "A"
glob_char2 = "B"
array1 = [0] * 51
array2 = [[0] * 51 for _ in range(51)]
glob_rec = None


def proc1(rec):
    nxt = rec.link = glob_rec.copy()
    rec.value = 5
    nxt.value = rec.value
    nxt.link = rec.link
    nxt.link = proc3(nxt.link)
    if nxt.kind == IDENT1:
        nxt.value = 6
        nxt.enum = proc6(rec.enum)
        nxt.link = glob_rec.link
        nxt.value = proc7(nxt.value, 10)
    else:
        rec = nxt.copy()
    return rec


def proc2(n):
    loc = n + 10
    while True:
        if glob_char1 == "A":
            loc -= 1
            n = loc - glob_int
            return n


def proc3(link):
    global glob_int
    if glob_rec is not None:
        link = glob_rec.link
    else:
        glob_int = 100
    glob_rec.value = proc7(10, glob_int)
    return link


def proc4():
    global glob_char2
    ok = glob_char1 == "A"
    glob_char2 = "B"
    return ok or glob_bool


def proc6(enum):
    out = enum
    if not func3(enum):
        out = IDENT4
    if enum == IDENT1:
        out = IDENT1
    elif enum == IDENT2:
        out = IDENT1 if glob_int > 100 else IDENT4
    elif enum == IDENT3:
        out = IDENT2
    elif enum == IDENT5:
        out = IDENT3
    return out


def proc7(a, b):
    return b + a + 2


def proc8(a1, a2, i, j):
    global glob_int
    loc = i + 5
    a1[loc] = j
    a1[loc + 1] = a1[loc]
    a1[loc + 30] = loc
    for k in range(loc, loc + 2):
        a2[loc][k] = loc
    a2[loc][loc - 1] += 1
    a2[loc + 20][loc] = a1[loc]
    glob_int = 5


def func1(c1, c2):
    return IDENT1 if c1 != c2 else IDENT2


def func2(s1, s2):
    i = 1
    while i <= 1:
        if func1(s1[i], s2[i + 1]) == IDENT1:
            i += 1
    if s1 > s2:
        return True
    return False


def func3(enum):
    return enum == IDENT3


def run(loops):
    global glob_rec, glob_bool, glob_char1
    glob_rec = Record(Record(), IDENT1, IDENT3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    total = 0
    for _ in range(loops):
        glob_char1 = "A"
        glob_bool = proc4()
        i1, i2 = 2, 3
        s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum = IDENT2
        glob_bool = not func2(s1, s2)
        while i1 < i2:
            i3 = 5 * i1 - i2
            i3 = proc7(i1, i2)
            i1 += 1
        proc8(array1, array2, i1, i3)
        glob_rec = proc1(glob_rec)
        for c in "AB":
            if enum == func1(c, "C"):
                enum = proc6(IDENT1)
        i2 = i2 * i1
        i1 = i2 // i3
        i2 = 7 * (i2 - i3) - i1
        i1 = proc2(i1)
        total += i1 + i2 + i3
    return total, glob_int, array2[8][7]


print(run(120000))
