# isinstance with single classes and tuples.
print(isinstance(1, int), isinstance('a', str), isinstance([], list))
print(isinstance((), tuple), isinstance({}, dict), isinstance(range(1), range))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, int))
print(isinstance(1, (str, int)), isinstance('x', (list, tuple)))
print(isinstance(2 ** 80, int), isinstance(ValueError(), Exception))
print(isinstance(int, type), isinstance(type, type), isinstance(1, object))
