# json.dumps writes an OrderedDict (and a subclass of it) as an object in
# its order, nested or not, and finds one that contains itself.
import json
from collections import OrderedDict
d = OrderedDict([("z", 1), ("a", [OrderedDict(b=2)]), (3, None)])
print(json.dumps(d))
print(json.dumps([d, {"k": d}], separators=(",", ":")))
d.move_to_end("z")
print(json.dumps(d))
class O(OrderedDict):
    pass
print(json.dumps(O(x=O(y=[]))))
d["self"] = [d]
try:
    json.dumps(d)
except ValueError as e:
    print(e)
print(json.loads(json.dumps(OrderedDict(q=1, p=2))))
