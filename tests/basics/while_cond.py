# while loops with compound conditions and counters.
a, b = 0, 10
while a < b and b - a > 2:
    a += 1
    b -= 1
print(a, b)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
lst = [1, 2, 3]
while lst:
    print(lst.pop())
