# bool is an int: arithmetic, bit ops, comparisons and hashing.
print(True + 1, True + True, False - True, True * 10, -True, +True, ~True, ~False)
print(True & True, True | False, True ^ True, False ^ False, True & 3, 2 | True)
print(True // 1, True % 2, 2 ** True, True << 5, (2 ** 100) * True, 10 ** 30 + True)
print(True == 1, False == 0, True < 2, True > False, True != 2)
print(hash(True), hash(False), int(True), int(False), abs(True), abs(-True))
print(repr(True & True), repr(True | 0), repr(False ^ True), bool(0), bool(5), bool())
d = {1: 'one', 0: 'zero'}
print(d[True], d[False], isinstance(True, int), type(True + 0).__name__)
print(sum([True, True, False, True]), max(True, 2), min(False, -1))
