# args: -X heapsize=16M
# Slices with a step of a str that is not ASCII: each pick walks on from
# the last (an offset from the start for each was quadratic: hours for
# the long one below, seconds on the chip for a few KB).
s = "aé€😀b" * 7 + "xyz"
n = len(s)
for start in (None, 0, 1, 5, -1, -7, n, -n - 3, n + 4):
    for stop in (None, 0, 3, -2, n, -n - 1):
        print(start, stop, [s[start:stop:step] for step in
                            (None, 2, 3, 7, -1, -2, -3, -5, n, -n, n + 1)])
print(s[::-1], s[::-2], s[1::3], s[-2::-4], s[3:20:5], s[20:3:-5])
big = "é" + "a" * 2 * 10**6 + "€"
for sl in (slice(None, None, -1), slice(None, None, 2), slice(None, None, -3),
           slice(1, None, 7), slice(-2, 0, -2)):
    r = big[sl]
    print(len(r), r[:3], r[-3:])
    r = None
