# Operator special methods of built-in types, called directly: on the
# instance (bound) and on the type (self first); an operator the type
# does not support answers NotImplemented. Also format_map with a
# positional field and property.__get__.
print(str.__mod__("%d", 5), "a".__add__("b"), [1].__add__([2]), (1,).__mul__(2))
print("a".__eq__("a"), "a".__ne__("a"), "a".__lt__("b"), b"%s".__mod__(b"x"))
print({1}.__or__({2}), {1, 2}.__and__({2}), {1: 2}.__eq__({1: 2}))
print("x".__rmod__(1), "a".__add__(1), [].__sub__([]), (2.5).__rmul__(2))
print((1.5).__neg__(), (2.5).__abs__(), "ab".__repr__(), [1].__str__())
print(list.__add__([1], [2]), bytes.__add__(b"a", b"b"), float.__pow__(2.0, 3))
print(hash(5) == (5).__hash__(), hash("ab") == "ab".__hash__())
for bad in (lambda: "a".__neg__(), lambda: object().__add__):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError", e)
print("{a}".format_map({"a": 1}))


class A:
    @property
    def p(self):
        return 5


prop = A.__dict__["p"]
print(prop.__get__(A()), prop.__get__(None, A) is prop)
try:
    property(5).__get__(1)
except TypeError:
    print("TypeError")
