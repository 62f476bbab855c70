# float's special methods called directly (as subclasses and super() do).
x = 1.5
print(x.__add__(1), x.__radd__(2), x.__sub__(0.5), x.__rsub__(2), x.__mul__(2), x.__rmul__(True))
print(x.__truediv__(3), x.__rtruediv__(3), x.__floordiv__(0.4), x.__rfloordiv__(4), x.__mod__(0.4), x.__rmod__(4))
print(x.__pow__(2), x.__rpow__(4), x.__divmod__(0.4), x.__rdivmod__(4), x.__add__("a"), x.__divmod__("a"))
print(x.__lt__(2), x.__le__(1.5), x.__eq__(1.5), x.__ne__(1), x.__gt__(10 ** 30), x.__ge__(-1), x.__eq__("x"))
print(x.__neg__(), x.__pos__(), (-x).__abs__(), x.__bool__(), (0.0).__bool__(), x.__hash__() == hash(x))
print(float.__add__(1.0, 2), float.__lt__(1.0, 2), float.__rpow__(2.0, 3), float.__round__(2.5), float.__round__(2.567, 2))
for t in [lambda: float.__add__(1, 2.0), lambda: x.__pow__(2, 3), lambda: x.__truediv__(0)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
