# Global and builtin names looked up again after the lookup cache
# (core/lookup.c) has remembered them: every change must be seen.
import builtins
import gc
import sys


def use_g():
    return g()


def g():
    return "g1"


# rebinding a global after the cache is filled
for i in range(3):
    print(use_g())
    if i == 1:
        def g():
            return "g2"


# del of a global: NameError, then defined again
del g
try:
    use_g()
except NameError as e:
    print("NameError", e)
g = lambda: "g3"
print(use_g())


# a builtin shadowed by a global, then uncovered again
def use_len():
    return len([1, 2, 3])


print(use_len(), use_len())
len = lambda x: "shadow"
print(use_len())
del len
print(use_len())


# builtins.abs replaced and restored (seen by code of every module)
def use_abs():
    return abs(-5)


print(use_abs(), use_abs())
orig = builtins.abs
builtins.abs = lambda x: "patched"
print(use_abs())
builtins.abs = orig
print(use_abs())


# globals() edited as a dict
def use_h():
    return h


globals()["h"] = 1
print(use_h())
globals()["h"] = 2
print(use_h())
del globals()["h"]
try:
    use_h()
except NameError as e:
    print("NameError", e)


# a module attribute set from outside is the module's global
me = sys.modules[__name__]
counter = 0


def use_counter():
    return counter


for i in range(3):
    setattr(me, "counter", i * 10)
    print(use_counter())


# the same code run with different globals dicts
code = compile("x * 2 + len(s)", "<e>", "eval")
for i in range(4):
    print(eval(code, {"x": i, "s": "ab" * i}))
d1 = {"x": 1, "s": ""}
d2 = {"x": 100, "s": "", "len": lambda s: -1}
for i in range(2):
    print(eval(code, d1), eval(code, d2))


# fresh globals dicts made and dropped: one may take a dropped one's place
src = compile("def f():\n    return y + len(z)\n", "<m>", "exec")
for i in range(30):
    d = {"y": i, "z": "a" * (i % 3)}
    exec(src, d)
    if i % 2:
        d["len"] = lambda z: 1000
    r = d["f"]()
    if i % 7 == 0:
        gc.collect()
    print(r, end=" ")
print()

# a global first missing, then stored by the function's module
missing = compile("def f():\n    return later\n", "<n>", "exec")
d = {}
exec(missing, d)
try:
    d["f"]()
except NameError as e:
    print("NameError", e)
d["later"] = "now"
print(d["f"]())

# stores to globals the cache knows (STORE_GLOBAL, module-level STORE_NAME)
n = 0
for i in range(5):
    n = n + i
print(n)


def bump():
    global n
    n = n + 1
    return n


print(bump(), bump(), n)
del n
try:
    bump()
except NameError as e:
    print("NameError", e)
n = 100
print(bump(), n)

# a names dict apart from the globals: the store goes to the locals
g = {"x": 1}
loc = {}
exec("x = x + 1\ny = x", g, loc)
print(g["x"], loc)
exec("x = x + 10", g, loc)
print(g["x"], loc)
exec("x = x + 100", g)
print(g["x"])
