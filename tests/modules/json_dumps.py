# json.dumps: CPython's text for every JSON type, separators, escapes
# (ensure_ascii), floats and big ints, dict keys, and the errors.
import json
print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps([0, -1, 2**30, -2**62, 2**100, -(10**40)]))
print(json.dumps([1.0, -0.0, 0.1, 1e16, 1.5e-7, 1e100, 123456789.125, 2.5e-324]))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps("plain"), json.dumps(""), json.dumps('q"b\\s/'))
print(json.dumps("\n\r\t\b\f\x00\x1f\x7f"))
print(json.dumps("caf\u00e9 \u20ac \U0001F600 \uffff"))
print(json.dumps([]), json.dumps(()), json.dumps({}), json.dumps([[]]))
print(json.dumps((1, (2, [3, {"a": ()}]))))
print(json.dumps({"b": 1, "a": [None, {"c": "d"}]}))
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({-5: 1, 2**70: 2, float('inf'): 3}))
for sep in [None, (",", ":"), [";", "="], ("", ""), (" , ", " : ")]:
    print(json.dumps({"a": [1, 2], "b": {}}, separators=sep))

class S(str):
    pass
class I(int):
    pass
class L(list):
    pass
class D(dict):
    pass
print(json.dumps([S("sub"), I(7), L([1, 2]), D(k=L())]))

for bad in [object(), {1, 2}, 1j, bytearray(b"a")]:
    try:
        json.dumps([bad])
    except TypeError as e:
        print("TypeError", str(e)[:30])
for key in [(1, 2), frozenset()]:
    try:
        json.dumps({key: 1})
    except TypeError as e:
        print("TypeError", e)
for sep in [(), (",",), (",", ":", "?"), {"a": 1}]:
    try:
        json.dumps(1, separators=sep)
    except ValueError as e:
        print("ValueError")
for sep in [1, object(), (1, ":"), (",", None)]:
    try:
        json.dumps(1, separators=sep)
    except TypeError:
        print("TypeError")

a = [1]
a.append(a)
d = {}
d["self"] = [d]
for v in (a, d):
    try:
        json.dumps(v)
    except ValueError as e:
        print(e)
shared = [1]
print(json.dumps([shared, shared, {"x": shared}]))
