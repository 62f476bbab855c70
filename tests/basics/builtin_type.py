# type() of values, and type objects as callables.
print(type(1), type('a'), type([]), type(()), type({}), type(None))
print(type(True), type(range(2)), type(2 ** 70), type(type))
print(type(1) is int, type(True) is bool, type('') == str)
def f():
    pass
print(type(f) == type(lambda: 0), type(ValueError()))
print(int, str, list, tuple, dict, bool, range)
print(list((1, 2)), tuple([3]), dict([(1, 2)]), str(5), bool(0))
