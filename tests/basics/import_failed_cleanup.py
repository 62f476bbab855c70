# a module whose body raises is removed from sys.modules (nothing
# half-made stays); importing it again runs its body again. What it
# imported successfully stays.
import sys
sys.path.insert(0, '_mods')
for attempt in range(2):
    try:
        import imp_fail_pkg
    except KeyError as e:
        print('KeyError', e)
    print('imp_fail_pkg' in sys.modules, 'imp_good' in sys.modules)
import imp_good
print(len(imp_good.runs))
try:
    from imp_fail_pkg import count
except KeyError:
    print('again KeyError')
print('imp_fail_pkg' in sys.modules)
