# Map lookups (core/map.c) find a key by identity first, then by equality:
# keys equal to the one looked up but not the same object (a str built at
# run time and a literal, 1/True/1.0, a class with __eq__ and __hash__),
# in maps small enough to be scanned and large enough to be indexed.
class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v

    def __hash__(self):
        return hash(self.v)


for size in (3, 8, 40):
    d = {}
    for i in range(size):
        d["k%d" % i] = i
    d[1] = "one"
    d[K(5)] = "K5"
    d[2.5] = "float"
    built = "".join(["k", "1"])
    print(size, d[built], d["k1"], d[True], d[1.0], d[K(5)], d[2.5])
    print(d.get("k" + str(size)), d.get(K(6)), d.get(False), 2 in d, "k0" in d)
    d[True] = "true"
    print(d[1], len(d))
    del d[1.0]
    print(1 in d, True in d, len(d))

# attributes stored under names made at run time
class A:
    pass


a = A()
for i in range(12):
    setattr(a, "attr" + str(i), i)
    print(getattr(a, "attr%d" % i), end=" ")
print(a.attr3, a.attr11, hasattr(a, "attr12"))

# maps grown one key at a time past the size that gets a hash index, keys
# of every kind, some deleted on the way; an unhashable key still refused
for kind in range(3):
    d = {}
    keys = []
    for i in range(20):
        k = (i, "n%d" % i, K(i))[kind]
        d[k] = i
        keys.append(k)
        if i % 6 == 5:
            del d[keys[i - 3]]
        try:
            d[[i]] = 0
        except TypeError as e:
            pass
    print(kind, len(d), [d.get(k) for k in keys])
