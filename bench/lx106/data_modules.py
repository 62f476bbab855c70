# The data modules at work (docs/size.md: their lx106 build options are
# measured with it): tools/lx106-bench.py build/qemu-lx106 bench/lx106/data_modules.py
import re, json, struct, array
from collections import deque
s = ("abc def 123 ghi=456; " * 60) + "end@example.com"
p = re.compile(r"(\w+)@(\w+)\.com")
for _ in range(3):
    m = p.search(s)
print(m.group(1))
print(len(re.findall(r"\d+", s)), len(re.sub(r"[a-z]+", "x", s)))
doc = {"a": [1, 2.5, "x\n", None, True], "b": {"c": list(range(50))}}
for _ in range(10):
    t = json.dumps(doc)
    d = json.loads(t)
print(len(t), d["b"]["c"][-1])
b = bytearray(200)
for i in range(50):
    struct.pack_into("<hIe", b, i * 4 % 190, i, i * 1000, 0.5)
    v = struct.unpack_from("<hIe", b, i * 4 % 190)
print(v)
a = array.array("i", range(100))
t = 0
for x in a:
    t += x
a[10:20] = array.array("i", range(5))
print(t, len(a))
q = deque((), 50)
for i in range(200):
    q.append(i)
print(q.popleft())
