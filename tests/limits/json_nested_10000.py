# json refuses 10,000 levels of nesting with an exception, never a crash,
# whatever the C stack and heap (RecursionError, or MemoryError at a small
# heap); the interpreter carries on after it.
import json
def attempt(f, *a):
    try:
        f(*a)
        print("accepted")
    except (RecursionError, MemoryError):
        print("refused")

attempt(json.loads, "[" * 10000)
attempt(json.loads, "[" * 10000 + "]" * 10000)
attempt(json.loads, '{"a":' * 10000 + "1" + "}" * 10000)
attempt(json.loads, "[{\"k\":" * 5000)
t = ()
for i in range(10000):
    t = (t,)
attempt(json.dumps, t)
t = None
d = {}
for i in range(10000):
    d = {"k": d}
attempt(json.dumps, d)
d = None
print(json.loads("[" * 20 + "]" * 20))
print(json.dumps([[[[[[[[[[1]]]]]]]]]]))
