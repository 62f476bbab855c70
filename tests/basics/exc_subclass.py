# User-defined exception classes.
class MyError(Exception):
    pass
class Sub(MyError):
    pass
try:
    raise Sub('detail')
except MyError as e:
    print('caught', e, e.args, isinstance(e, Exception))
try:
    raise MyError
except Sub:
    print('wrong')
except MyError:
    print('base only')
