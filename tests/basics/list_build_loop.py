# Many short-lived lists and tuples: the collector reclaims them.
total = 0
for i in range(5000):
    t = [i, i + 1, (i, 'x')]
    total += t[1] - t[0] + len(t[2])
print(total)
keep = []
for i in range(300):
    keep.append([i] * 5)
print(len(keep), sum(keep[-1]), keep[7])
