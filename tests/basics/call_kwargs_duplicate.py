# A keyword given twice in a call through **mappings (or a keyword and a
# **mapping) is a TypeError; in a dict display the last one wins
def f(a=None, b=None, **k):
    return a, b, k


print(f(**{"a": 1}, **{"b": 2}), f(**{"a": 1}, b=2, **{"c": 3}))
for call in (lambda: f(**{"b": 2}, **{"b": 3}), lambda: f(1, **{"k": 2}, k=3),
             lambda: f(k=3, **{"k": 2}), lambda: f(**{"a": 1}, a=2)):
    try:
        print(call())
    except TypeError:
        print("TypeError")


class M:
    def keys(self):
        return ["x", "x"]

    def __getitem__(self, key):
        return 5


try:
    f(**M())
except TypeError:
    print("TypeError")
print({**{"a": 1}, **{"a": 2}}, dict(**{"a": 1}, b=2))
