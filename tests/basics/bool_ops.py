# bool is a subclass of int: arithmetic, str/repr, comparisons.
print(True, False, repr(True), str(False))
print(True + True, True * 10, False - 1, -True, ~True)
print(True & False, True | False, True ^ True)
print(True == 1, False == 0, True is True, not True, not False)
print(bool(), bool(0), bool(1), bool(-3))
print(isinstance(True, int), isinstance(1, bool), type(True))
