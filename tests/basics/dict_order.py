# dicts keep insertion order, also after deletions and re-insertions.
d = {}
for k in 'zyxwvu':
    d[k] = len(d)
print(list(d))
del d['x']
d['x'] = 'back'
d['z'] = 'changed'
print(d)
for i in range(100):
    d[i] = i
for i in range(0, 100, 2):
    del d[i]
print(list(d)[:10], len(d))
