# A value removed from a namespace or a dict is freed by the next
# collection: the copy of the last removed map entry is no root (`del x`
# kept x's 10 KB value alive until the next removal).
import gc

n = 10000


def freed(a):
    gc.collect()
    return a - gc.mem_free() < 1000


freed(0)  # the first call takes a frame-stack chunk
a = gc.mem_free()
x = "x" * n
del x
# The C stack is scanned conservatively: a loop overwrites what the
# removal left in dead C frames (on 32-bit builds the collection's own
# frames would not).
for i in range(2):
    pass
print("del name", freed(a))
d = {"k": 1, "j": 2}
a = gc.mem_free()
d["k"] = "y" * n
del d["k"]
print("del item", freed(a))
d["k"] = "z" * n
print(len(d.pop("k")), freed(a))
d["k"] = "w" * n
print(len(d.popitem()[1]), freed(a))
