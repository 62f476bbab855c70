# dict.popitem and set.pop remove an entry where it is, comparing no keys
# (as CPython): a key whose __eq__ would clear the container is never
# called, and popping after other changes stays within the entries.
class K:
    calls = 0

    def __init__(self, name, victim=None):
        self.name, self.victim = name, victim

    def __hash__(self):
        return 1  # every K collides

    def __eq__(self, other):
        K.calls += 1
        if self.victim is not None:
            self.victim.clear()
        return False

    def __repr__(self):
        return self.name


d = {}
keys = [K(n) for n in "abc"]
for i, k in enumerate(keys):
    d[k] = i
for k in keys:
    k.victim = d  # from now on a compare would empty d
calls = K.calls
print(d.popitem(), d.popitem(), len(d), K.calls == calls)

s = set()
keys = [K(n) for n in "abcdef"]
for k in keys:
    s.add(k)
for k in keys:
    k.victim = s
calls = K.calls
out = []
while s:
    out.append(s.pop())
print(sorted(map(repr, out)), K.calls == calls)
s = set(range(10))
for i in range(5):
    s.pop()
s.add(100)
s.discard(9)
print(sorted(s), [s.pop() for i in range(len(s))] and len(s))
