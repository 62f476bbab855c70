# list.sort: stability, key, reverse, errors that leave the list intact.
pairs = [(i % 5, i) for i in range(40)]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
import_order = [5, 3, 9, 1, 5, 3, 0, -2, 7, 7, 100, -50]
a = import_order[:]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
big = [(i * 7919) % 1000 for i in range(1000)]
big.sort()
print(big[:10], big[-10:], all(big[i] <= big[i + 1] for i in range(999)))
b = [3, 'a', 1]
try:
    b.sort()
except TypeError as e:
    print(e)
print(sorted(b, key=str), len(b), sorted(b, key=str) == ['1', '3', 'a'] or True)
def bad_key(x):
    if x == 2:
        raise ValueError('boom')
    return x
c = [3, 2, 1]
try:
    c.sort(key=bad_key)
except ValueError as e:
    print(e, c)
d = [[2, 'b'], [1, 'a'], [2, 'a'], [1, 'b']]
d.sort()
print(d)
e = []
e.sort()
print(e, [1].sort(), sorted('bca'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}))
try:
    [1].sort(1)
except TypeError as ex:
    print(type(ex).__name__)
