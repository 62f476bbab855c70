# exec/eval with globals and locals that are not dicts raise TypeError
# (they used to abort on an assertion), and dict subclasses work as dicts.
# (CPython also takes any mapping as locals; espy takes dicts only.)
class D(dict):
    pass

for g, l in [(5, None), ("x", None), ([], None), ({}, 5),
             (None, 1.5)]:
    try:
        exec("y = 1", g, l)
        print("no error")
    except TypeError:
        print("TypeError", type(g).__name__, type(l).__name__)
    try:
        eval("1", g, l)
        print("no error")
    except TypeError:
        print("TypeError", type(g).__name__, type(l).__name__)

d = D(x=4)
exec("y = x + 1", d)
print(d["y"], sorted(k for k in d if k != "__builtins__"))
loc = D()
exec("z = x * 2", {"x": 21}, loc)
print(loc["z"])
print(eval("x + y", D(x=1), D(y=2)))
t = type("T", (), D(a=1, b=2))
print(t.a, t.b)
print(__import__("sys", D()).__name__)
