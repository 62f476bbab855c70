# subclasses of type: calling one makes a class (three arguments, as type())
class D(type):
    pass
d = D("foo", (), {"x": 5})
print(not d, True if d else False)
print(d.x, d().x, d.__name__)
class M(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
K = M("Kls", (), {})
print(K.tag, K.__name__, isinstance(K, type))
try:
    D("a")
except TypeError:
    print("TypeError")
