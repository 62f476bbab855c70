# Lists, dicts and tuples: append, index, store, iterate, sort.
d = {}
for i in range(300):
    d[i % 37] = d.get(i % 37, 0) + i
keys = sorted(d)
pairs = [(k, d[k]) for k in keys]
lst = list(range(200))
lst.reverse()
lst.sort()
print(len(pairs), pairs[3], sum(lst), max(d.values()))
