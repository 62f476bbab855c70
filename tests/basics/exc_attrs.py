# exception attributes: OSError fields, __cause__/__context__, extra attrs.
e = OSError(2, 'No such file')
print(e.errno, e.strerror, e.args, str(e), type(e).__name__)
e = OSError('just text')
print(e.strerror, str(e))
e = OSError(13, 'Denied', 'f.txt')
print(e.errno, e.filename, str(e))
print(FileNotFoundError(2, 'x').errno, issubclass(FileNotFoundError, OSError))
x = ValueError('v')
x.extra = 5
print(x.extra, x.args)
del x.extra
print(hasattr(x, 'extra'))
x.__cause__ = KeyError('k')
print(repr(x.__cause__), x.__context__)
x.__cause__ = None
print(x.__cause__)
try:
    x.__cause__ = 5
except TypeError as te:
    print(te)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('second')
except ValueError as v:
    print(repr(v.__context__), v.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('third') from z
except ValueError as v:
    print(repr(v.__cause__))
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args)
try:
    raise 5
except TypeError as te:
    print(te)
try:
    KeyError(a=1)
except TypeError as te:
    print(te)
print(repr(KeyError()), str(KeyError('k')), str(IndexError('a', 'b')), str(Exception()))
