# Methods and class attributes looked up again after the lookup cache
# (core/lookup.c) has remembered them along the MRO: every change to a
# class, a base class or an instance dict must be seen.
import gc


class Base:
    def m(self):
        return "Base.m"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


x = Leaf()
for i in range(2):
    print(x.m())
Mid.m = lambda self: "Mid.m"  # a base nearer than the one cached
print(x.m())
Leaf.m = lambda self: "Leaf.m"
print(x.m())
del Leaf.m
print(x.m())
del Mid.m
print(x.m())
Base.m = lambda self: "Base.m2"  # the value changes, the key stays
print(x.m())
del Base.m
try:
    x.m()
except AttributeError as e:
    print("AttributeError", e)
Base.m = lambda self: "Base.m3"
print(x.m())

# a class attribute and an instance attribute of the same name
class A:
    v = "class"


a = A()
print(a.v)
a.v = "instance"
print(a.v)
del a.v
print(a.v)
A.v = "class2"
print(a.v, A.v)


# descriptors added after the instance dict was read
class Get:  # non-data descriptor: the instance dict wins
    def __get__(self, obj, cls):
        return "Get"


class GetSet:  # data descriptor: wins over the instance dict
    def __get__(self, obj, cls):
        return "GetSet"

    def __set__(self, obj, v):
        print("GetSet.__set__", v)


class B:
    pass


b = B()
b.d = "inst"
print(b.d)
B.d = Get()
print(b.d)
B.d = GetSet()
print(b.d)
b.d = 5
del B.d
print(b.d)
B.p = property(lambda self: "prop")
print(b.p)
try:
    b.p = 1
except AttributeError:
    print("AttributeError: can't set")
del B.p
b.p = 1
print(b.p)


# special methods added and removed after an operation failed or ran
class N:
    pass


n = N()
try:
    n + 1
except TypeError:
    print("TypeError +")
N.__add__ = lambda self, o: "add %d" % o
print(n + 1, n + 2)
N.__add__ = lambda self, o: "add2 %d" % o
print(n + 3)
del N.__add__
try:
    n + 1
except TypeError:
    print("TypeError + again")


# setattr and delattr on a class through the built-ins
class S:
    def f(self):
        return 1


s = S()
print(s.f())
setattr(S, "f", lambda self: 2)
print(s.f())
delattr(S, "f")
print(hasattr(s, "f"))
setattr(S, "g", staticmethod(lambda: "static"))
print(s.g(), S.g())
setattr(S, "g", classmethod(lambda cls: cls.__name__))
print(s.g(), S.g())


# many classes, more than the cache holds, eight alive at a time, each
# with its own answer
window = []
total = 0
for i in range(300):
    window.append(type("C%d" % i, (Base,), {"k": i}))
    if len(window) > 8:
        window.pop(0)
    for c in window:
        total += c().k
print(total)

# classes made and dropped: a new one may take a dropped one's address
for i in range(40):
    C = type("T", (), {"val": i, "get": lambda self: self.val})
    print(C().get(), end=" ")
    if i % 5 == 0:
        gc.collect()
print()


# a method of a built-in base, then overridden by the class afterwards
class L(list):
    pass


lst = L([3, 1, 2])
print(lst.count(1))
L.count = lambda self, v: "own count"
print(lst.count(1))
del L.count
print(lst.count(1))


# instance attributes of one class stored in different orders, deleted and
# stored again (the per-class hint of where a name sits in the dict)
class P:
    pass


objs = []
for i in range(6):
    p = P()
    names = ["a", "b", "c", "d"]
    names = names[i % 4:] + names[:i % 4]
    for k, nm in enumerate(names):
        setattr(p, nm, i * 10 + k)
    objs.append(p)
for rnd in range(2):
    for p in objs:
        print(p.a, p.b, p.c, p.d, end=" | ")
    print()
    for p in objs[::2]:
        del p.b
        p.e = "e"
        p.b = "b2"
        p.a = p.a + 1
for p in objs:
    print(sorted(vars(p).items()))
q = P()
try:
    q.a
except AttributeError as e:
    print("AttributeError", e)
q.a = 1
print(q.a)
