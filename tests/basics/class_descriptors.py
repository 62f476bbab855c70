# Descriptors: a class attribute whose class has __get__ (data descriptors
# with __set__/__delete__ win over the instance dict, others lose to it),
# __get__ on the class with None, __set__ and __delete__ on store/del
class Data:
    def __get__(self, obj, cls):
        return ("data", obj is None, cls.__name__)

    def __set__(self, obj, value):
        print("set", type(obj).__name__, value)

    def __delete__(self, obj):
        print("delete", type(obj).__name__)


class NonData:
    def __get__(self, obj, cls):
        return "nondata"


class SetOnly:
    def __set__(self, obj, value):
        print("setonly", value)


class A:
    d = Data()
    n = NonData()
    s = SetOnly()


a = A()
print(a.d, A.d, a.n, A.n)
a.d = 5
del a.d
a.__dict__["d"] = "dict"
a.__dict__["n"] = "dict"
print(a.d, a.n)
a.s = 7
print(type(a.s).__name__)


class B(A):
    pass


print(B().d, B.d)


# __set_name__ sees every attribute of the class body, even ones an
# earlier __set_name__ replaced or removed
class SetOther:
    def __init__(self, other, value):
        self.other, self.value = other, value

    def __set_name__(self, owner, name):
        print("set_name", name)
        setattr(owner, self.other, self.value)


class C:
    a = SetOther("b", 1)
    b = SetOther("a", 2)


print(C.a, C.b)


# __new__ is implicitly static; special methods may be static or class
# methods
class D:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    @staticmethod
    def __neg__():
        return "static neg"

    @classmethod
    def __pos__(cls):
        return "class pos " + cls.__name__

    def __invert__(self):
        return NotImplemented


d = D()
print(type(d.__new__(D, 1)).__name__, -d, +d, ~d)


class E:
    p = property(fget=lambda self: 42, doc="doc")


print(E().p)
for args in ((str, 0), (str, int), (0, int)):
    try:
        super(*args)
    except TypeError:
        print("TypeError")
