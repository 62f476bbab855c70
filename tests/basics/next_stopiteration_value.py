# next() raises the StopIteration a class's __next__ raised, value and
# all, also through enumerate/map/zip; built-in iterators have __next__
class A:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)


for name, make in (("next", lambda: A()), ("enumerate", lambda: enumerate(A())),
                   ("map", lambda: map(abs, A())), ("zip", lambda: zip(A()))):
    try:
        next(make())
    except StopIteration as e:
        print(name, e.args, e.value)
print(next(A(), "default"))
try:
    next(iter([]))
except StopIteration as e:
    print("list", e.args)
it = iter(range(2))
print(it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("range", e.args)
print(iter("ab").__next__(), iter((5,)).__next__(), iter({7: 1}).__next__())
