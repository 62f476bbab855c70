# int's special methods called directly, and through super() in a subclass.
print((5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3))
print((7).__floordiv__(2), (7).__rfloordiv__(2), (7).__mod__(-2), (7).__rmod__(30))
print((2).__pow__(10), (2).__pow__(10, 1000), (2).__rpow__(3), (3).__rpow__(2, 5))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(70), (1).__rlshift__(3))
print((5).__lt__(6), (5).__eq__(5), (5).__ne__(5), (5).__ge__(6), (5).__eq__('a'))
print((5).__add__('a'), (5).__mul__([1]), (5).__lt__(None))
print((-5).__neg__(), (-5).__abs__(), (5).__invert__(), (0).__bool__(), (7).__hash__())
print((2 ** 70).__index__(), (9).__int__(), (9).__trunc__(), (-9).__floor__(), (9).__ceil__())
print((17).__divmod__(5), (17).__rdivmod__(5), (-17).__divmod__(5), (5).__divmod__('x'))
print(True.__and__(True), True.__or__(0), True.__add__(True), False.__invert__())
print(int.__add__(2, 3), int.__mul__(10 ** 20, 10 ** 20), int.__neg__(True))
try:
    int.__add__('a', 1)
except TypeError as e:
    print('TypeError', e)
