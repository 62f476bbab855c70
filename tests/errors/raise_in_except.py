# An exception raised while handling another one.
try:
    1 // 0
except ZeroDivisionError:
    raise TypeError('in handler')
