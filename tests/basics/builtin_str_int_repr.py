# str(), int() and repr() conversions.
print(str(42), str(-7), str(True), str(None), str([1, 'a']), str('s'))
print(repr(42), repr('s'), repr([1, 's']), repr((1,)), repr({1: 'a'}))
print(int('42') + 1, int(' -3 '), int(7), int(2 ** 70) == 2 ** 70)
print(str(), repr(()), repr([]), repr({}), str(range(3)), repr(range(1, 9, 2)))
print(str(str('x')), int(int('5')))
