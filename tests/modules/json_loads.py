# json.loads: every value kind from str, bytes and bytearray, escapes,
# whitespace, numbers, and CPython's error messages with positions.
import json
def show(s):
    try:
        v = json.loads(s)
        print(type(v).__name__, repr(v))
    except ValueError as e:
        print("ValueError:", e)

for s in ["null", "true", "false", "0", "-0", "12", "-345", "1.5", "-2.5e-3",
          "1E400", "-1e400", "1e-400", "0.1", "123456789012345678901234567890",
          "-9111222333444555666", "NaN", "Infinity", "-Infinity", '""',
          '"abc"', "[]", "{}", " [ 1 , [ ] , { } ] ", '{"a": {"b": [null]}}',
          '{"a": 1, "a": 2}', '"\\" \\\\ \\/ \\b \\f \\n \\r \\t"',
          '"\\u0041\\u00e9\\u20AC\\ud83d\\ude00"', '"caf\u00e9 \U0001F600"',
          '\t\n\r [1]\n', '[1,2,3,4,5,6,7,8,9,10]']:
    show(s)
print(json.loads(b'{"k": [1, 2.5, "\xc3\xa9"]}'))
print(json.loads(bytearray(b' [true] ')))

for s in ["", " ", "[", "]", "{", "}", "[1,", "[1,]", "[0", "[1 2]",
          "{1: 2}", '{"a"', '{"a" 1}', '{"a":0', '{"a":0,}', '{"a":0 "b":1}',
          '"abc', '"abc\\', '"ab\\x"', '"ab\\u12g4"', '"\\u', '"\\ud83d\\u"',
          '"a\x01b"', '"a\nb"', "1.", "01", "-", "+1", ".5", "1e", "1e+",
          "nul", "True", "nan", "[1]  x", "a\nb", "\n\n  [1,\n 2,,]",
          '"\u00e9" x', '["\u00e9\u00e9", 1 2]']:
    show(s)
for bad in [None, 1, [b"[]"], memoryview(b"1")]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError")
try:
    json.loads(b'["\xff"]')
except ValueError:
    print("ValueError bad UTF-8")
