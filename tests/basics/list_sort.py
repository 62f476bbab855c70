# list.sort: numbers, strings, key, reverse, stability.
a = [5, 2, 8, -1, 0, 2 ** 70, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
w = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort()
print(pairs)
e = []
e.sort()
print(e)
