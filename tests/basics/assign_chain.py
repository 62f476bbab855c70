# Chained assignment binds every target to the same object.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
i, j = k = 1, 2
print(i, j, k)
l = [0, 0, 0]
n = l[0] = l[2] = 7
print(n, l)
