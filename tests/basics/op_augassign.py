# Augmented assignment, every operator, on names, items and slices.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xfc; print(x)
x |= 3; print(x)
x ^= 0xff; print(x)
a = [1, 2]
a[0] += 10
a += [3]
print(a)
d = {'k': 1}
d['k'] *= 5
print(d)
s = 'ab'
s += 'cd'
s *= 2
print(s)
t = (1,)
u = t
t += (2,)
print(t, u)
l1 = [1]
l2 = l1
l1 += [2]
print(l2)
