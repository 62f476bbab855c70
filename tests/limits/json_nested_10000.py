# json refuses 10,000 levels of nesting (and anything past 1,000) with an
# exception, never a crash, whatever the C stack and heap (RecursionError,
# or MemoryError at a small heap); the interpreter carries on after it.
import io
import json
def attempt(f):
    try:
        f()
        print("accepted")
    except (RecursionError, MemoryError):
        print("refused")

# the texts are made inside the attempt, so they die with its frame
attempt(lambda: json.loads("[" * 10000))
attempt(lambda: json.loads("[" * 1500 + "]" * 1500))
attempt(lambda: json.loads('{"a":' * 1200 + "1" + "}" * 1200))
attempt(lambda: json.loads("[{\"k\":" * 1200))
def tuples(n):
    t = ()
    for i in range(n):
        t = (t,)
    return t
def dicts(n):
    d = {}
    for i in range(n):
        d = {"k": d}
    return d
# built inside the attempt: a small heap may refuse the structure itself
attempt(lambda: json.dumps(tuples(10000)))
attempt(lambda: json.dumps(dicts(1100)))
attempt(lambda: json.dump([tuples(2000)], io.StringIO()))
print(json.loads("[" * 20 + "]" * 20))
print(json.dumps([[[[[[[[[[1]]]]]]]]]]))
