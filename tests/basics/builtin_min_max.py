# min() and max(): arguments, iterables, key, default.
print(min(3, 1, 2), max(3, 1, 2), min([5, -5]), max('hello'))
print(min([2 ** 70, 2 ** 69]), max((1,), (0, 9)), min('b', 'a', 'c'))
print(max(['aa', 'b', 'cccc'], key=len), min('x', 'yy', key=len))
print(max([], default='empty'), min([], default=None), max([4], default=0))
print(max(1, True), max(True, 1), min(0, False))
