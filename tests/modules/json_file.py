# json.dump and json.load through streams: StringIO and a class with only
# write/read; separators pass through; a non-stream raises.
import io
import json
s = io.StringIO()
json.dump({"a": [1, 2.5, None], "b": "\u00e9"}, s)
print(s.getvalue())
s = io.StringIO()
json.dump([1, {"x": 2}], s, separators=(",", ":"))
print(s.getvalue())
print(json.load(io.StringIO(' {"k": [true, false]} ')))

class W:
    def __init__(self):
        self.parts = []
    def write(self, t):
        self.parts.append(t)
        return len(t)
class R:
    def read(self):
        return b'[1, "two"]'
w = W()
json.dump((1, "x"), w)
print("".join(w.parts))
print(json.load(R()))
for target in [1, {}, None]:
    try:
        json.dump(1, target)
    except AttributeError:
        print("AttributeError")
try:
    json.load(io.StringIO("[1"))
except ValueError as e:
    print(e)
