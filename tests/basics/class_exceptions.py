# User exception classes: extra attributes, args, str(); the built-in tree.
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
    def __str__(self):
        return 'db error %d: %s' % (self.code, self.args[0])
try:
    raise DbError('locked', 5)
except AppError as e:
    print(type(e).__name__, e.args, e.code, str(e), repr(e)[:8])
class Plain(Exception):
    pass
e = Plain('a', 1)
print(e, repr(e), e.args, str(Plain()), repr(Plain()), Plain('x').args)
class WithAttr(ValueError):
    def __init__(self, value):
        self.value = value
w = WithAttr(3)
print(w.value, w.args, str(w), isinstance(w, ValueError), isinstance(w, Exception))
try:
    raise WithAttr(4)
except ValueError as ex:
    print('caught', ex.value)
class KeyLike(KeyError):
    pass
try:
    {}['k']
except LookupError as ex:
    print('LookupError', repr(ex))
print(str(KeyLike('k')), str(KeyError('k')))
try:
    raise DbError('x', 1) from KeyError('cause')
except DbError as ex:
    print(repr(ex.__cause__))
class Ctx(Exception):
    def __init__(self):
        super().__init__()
        self.note = 'n'
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise Ctx()
except Ctx as ex:
    print(type(ex.__context__).__name__, ex.note, ex.args)
def chain(cls):
    return [k.__name__ for k in cls.__mro__]
for cls in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError,
        RecursionError, UnicodeError, StopIteration, NotImplementedError,
        OverflowError, KeyboardInterrupt, SystemExit, GeneratorExit,
        AssertionError, AttributeError, ImportError, NameError, TypeError):
    print(chain(cls))
print(issubclass(OSError, Exception), issubclass(BaseException, Exception),
      issubclass(KeyboardInterrupt, Exception))
try:
    raise Plain
except Plain as ex:
    print('class raised', ex.args)
try:
    raise 5
except TypeError as ex:
    print(ex)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as ex:
    print(ex)
try:
    try:
        raise AppError('inner')
    except (KeyError, AppError) as ex:
        print('tuple match', ex)
        raise
except Exception as ex:
    print('reraised', ex)
e = AppError('m')
e.extra = [1]
print(e.extra, e.args)
e.args = ('changed',)
print(e)
