# __import__'s arguments: name must be str and not empty, level >= 0,
# globals a dict for a relative import (ignored for an absolute one),
# fromlist chooses the top package or the submodule.
import sys
sys.path.insert(0, '_mods')
for args in [(1,), ('',), ('xyz', None, None, None, -1),
             ('builtins', 'globals', None, None, 1), ('imp_no_such',)]:
    try:
        __import__(*args)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
print(__import__('builtins', 'globals').__name__)
print(__import__('espy_pkg.sub').__name__)
print(__import__('espy_pkg.sub', None, None, ['where']).__name__)
g = {'__name__': 'espy_pkg.sub'}
print(__import__('other', g, None, ['answer'], 1).answer)
try:
    __import__('x', {'__name__': 'top'}, None, None, 1)
except ImportError as e:
    print('ImportError', e)
