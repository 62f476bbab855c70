# The name bound by `except ... as e` is deleted after the handler.
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('in handler', e)
try:
    print(e)
except NameError:
    print('e is gone')
