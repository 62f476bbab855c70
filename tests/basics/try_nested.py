# Nested handlers; an exception propagates through functions.
def inner():
    raise IndexError('deep')
def middle():
    try:
        inner()
    except KeyError:
        print('not here')
def outer():
    try:
        middle()
    except IndexError as e:
        print('outer got', e)
        return 'handled'
print(outer())
try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise ValueError('from handler')
except ValueError as e:
    print('caught', e)
