# Iterating ranges, including large bounds and negative steps.
t = 0
for i in range(1000):
    t += i
print(t)
for i in range(3, -4, -2):
    print(i, end=' ')
print()
it = iter(range(2))
print(next(it), next(it), next(it, 'done'))
big = 2 ** 31
for i in range(big - 2, big + 2):
    print(i)
