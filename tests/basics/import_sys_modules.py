# sys.modules edits are honoured: an entry stored there is what import
# gives, a deleted one is loaded again, a module may replace itself.
import sys
sys.path.insert(0, '_mods')
class Fake:
    answer = 42
sys.modules['imp_fake_mod'] = Fake
import imp_fake_mod
print(imp_fake_mod.answer)
from imp_fake_mod import answer
print(answer)
import imp_good
imp_good.bump()
del sys.modules['imp_good']
import imp_good as again
print(len(again.runs), again is imp_good)
import imp_replace
print(imp_replace.name, type(imp_replace).__name__)
sys.path.remove('_mods')
try:
    import imp_getattr
except ImportError as e:
    print('ImportError', e)
sys.path.append('_mods')
import imp_getattr
print(imp_getattr.known)
