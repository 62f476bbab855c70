# circular imports resolve as in CPython: the second module sees the first
# half-made (registered in sys.modules before its body runs).
import sys
sys.path.insert(0, '_mods')
import imp_circ.a
print(imp_circ.a.x, imp_circ.a.y, imp_circ.b.z, imp_circ.b.a_has_y)
print(imp_circ.a.b is imp_circ.b)
