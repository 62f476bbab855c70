# Exception arguments, str() and repr().
e = ValueError('bad', 42)
print(e.args, str(e), repr(e))
print(str(ValueError('one')), repr(ValueError('one')), ValueError().args)
print(str(ValueError()), repr(ValueError()), repr(KeyError('k')), str(KeyError('k')))
print(str(Exception(1, 2)), repr(RuntimeError('a b')))
try:
    raise IndexError('idx', 1)
except IndexError as ex:
    print(ex.args[1], len(ex.args))
