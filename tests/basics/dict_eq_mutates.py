# A key whose __eq__ clears the set or dict being searched: the lookup
# starts again on the changed map, as CPython's, instead of reading the
# index or table that the clear dropped (a crash).
import gc
class K:
    def __init__(self, h, c): self.h = h; self.c = c
    def __hash__(self): return self.h
    def __eq__(self, o):
        c = self.c
        if c is not None:
            self.c = None
            c.clear()
            gc.collect()
            junk = [[i] * 8 for i in range(100)]
        return False
for mk in (set, dict.fromkeys, lambda it: {k: 1 for k in it}):
    for op in ("add", "contains", "remove", "discard", "get", "pop", "setdefault", "update", "del"):
        c = mk([K(i % 3, None) for i in range(9)] + list(range(20)))
        k = K(1, c)
        try:
            if op == "add": c.add(k) if isinstance(c, set) else c.__setitem__(k, 2)
            elif op == "contains": k in c
            elif op == "remove": c.remove(k) if isinstance(c, set) else c.pop(k)
            elif op == "discard": c.discard(k) if isinstance(c, set) else c.pop(k, None)
            elif op == "get": c.get(k) if isinstance(c, dict) else (k in c)
            elif op == "pop": c.pop(k) if isinstance(c, dict) else c.pop()
            elif op == "setdefault": c.setdefault(k, 3) if isinstance(c, dict) else c.add(k)
            elif op == "update": c.update([k]) if isinstance(c, set) else c.update({k: 4})
            elif op == "del":
                if isinstance(c, dict): del c[k]
                else: c -= {k}
            print(op, len(c))
        except (KeyError, RuntimeError) as e:
            print(op, type(e).__name__)
