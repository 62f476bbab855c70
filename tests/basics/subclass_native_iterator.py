# subclasses of the built-in iterators (map, filter, zip, enumerate, reversed):
# the instance is its own iterator, __next__ may be overridden and reach super()
class mymap(map):
    pass
m = mymap(lambda x: x + 10, range(4))
print(list(m))
class F(filter):
    def __next__(self):
        return super().__next__() * 2
print(list(F(None, [0, 1, 2])))
class E(enumerate):
    pass
e = E("ab", 5)
print(next(e), list(e), isinstance(e, enumerate))
class Z(zip):
    pass
print(list(Z("ab", [1, 2, 3])))
class R(reversed):
    pass
print(list(R([1, 2, 3])))
class M2(map):
    def __iter__(self):
        return iter([7])
print(list(M2(abs, [-1])))
for t in (range, bool, slice, memoryview, type(len), type(iter([]))):
    try:
        class X(t):
            pass
    except TypeError as e:
        print("TypeError", e)
class I(int):
    def __add__(self, o):
        return super().__add__(o) * 10
print(I(2) + 3)
