# Index type and range errors of str, list, tuple and range, as CPython words them.
for o in ['abc', [1], (1,), range(3)]:
    try: o['x']
    except TypeError as e: print(e)
    try: o[1.5]
    except TypeError as e: print(e)
    try: o[2**100]
    except Exception as e: print(type(e).__name__, e)
l=[1,2]
try:
    l['x'] = 1
except TypeError as e: print(e)
try:
    del l['x']
except TypeError as e: print(e)
try:
    l.pop('x')
except TypeError as e: print(e)
try:
    l.pop(2**80)
except (IndexError, OverflowError) as e: print(type(e).__name__, e)
