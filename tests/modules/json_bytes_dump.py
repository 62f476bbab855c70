# json.dumps of bytes: MicroPython writes them as a string, one code point
# per byte (CPython refuses bytes).
import json
print(json.dumps(b"1234"))
print(json.dumps([b"", b'a"b', b"\xff\x01"]))
print(json.dumps({"k": b"v"}))
