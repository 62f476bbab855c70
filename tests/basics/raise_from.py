# raise ... from ... sets __cause__.
try:
    try:
        1 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as v:
    print(v, type(v.__cause__))
try:
    raise KeyError('x') from None
except KeyError as k:
    print(repr(k), k.__cause__)
