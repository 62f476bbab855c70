# Building strings in loops leaves garbage for the collector.
s = ''
for i in range(2000):
    s += str(i % 10)
print(len(s), s[:20], s[-5:])
parts = []
for i in range(500):
    parts.append('item%d' % i)
j = ','.join(parts)
print(len(j), j[:30])
