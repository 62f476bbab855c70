# Slices are hashable (CPython 3.12, MicroPython): equal slices hash alike
# and serve as dict keys and set members; a slice holding an unhashable
# bound is itself unhashable.
print(hash(slice(1, 2)) == hash(slice(1, 2)))
print(hash(slice(None)) == hash(slice(None, None, None)))
print(hash(slice("a", 2.5, -1)) == hash(slice("a", 2.5, -1)))

d = {slice(1, 2): "a", slice(None, "x"): "b", 5: "c"}
print(d[slice(1, 2)], d[slice(None, "x", None)], d[5])
print(slice(1, 3) in d, len(d))
d[slice(1, 2)] = "A"
print(len(d), d[slice(1, 2)])

print(len({slice(1), slice(1), slice(None, 1), slice(2)}))

try:
    {}[::2]
except KeyError as e:
    print("KeyError", e.args)

for bad in (slice([1], 2), slice(1, {}), slice(1, 2, [3])):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
