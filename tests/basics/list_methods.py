# list methods.
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a.insert(100, 7)
a.insert(-1, 'x')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove('x')
print(a, a.index(2), a.count(1), [1, 1, 2].count(1))
a.reverse()
print(a)
b = a.copy()
a.clear()
print(a, b)
b += [9]
b *= 2
print(b)
