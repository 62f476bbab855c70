# A dict grows through many resizes and keeps every entry.
d = {}
for i in range(800):
    d[i * 7] = i
print(len(d), d[0], d[7 * 799], 14 in d, 15 in d)
t = 0
for k in d:
    t += d[k]
print(t)
for i in range(0, 800, 2):
    del d[i * 7]
print(len(d), sum(d.values()))
s = {}
for i in range(300):
    s['k' + str(i)] = i
print(len(s), s['k299'], s['k0'])
