# Objects whose __eq__/__hash__ match strs find str keys, and strs find them.
class W:
    def __init__(self, s): self.s = s
    def __eq__(self, o): return self.s == (o.s if isinstance(o, W) else o)
    def __hash__(self): return hash(self.s)
d = {'alpha': 1, 'beta': 2}
for i in range(20): d['k%d' % i] = i
print(d[W('alpha')], W('k7') in d, d.get(W('k19')))
e = {W('x'): 5}
print(e['x'], e[W('x')])
