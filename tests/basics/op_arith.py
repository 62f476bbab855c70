# Arithmetic operators on ints, strings and sequences.
a, b = 17, 5
print(a + b, a - b, a * b, a // b, a % b, a ** 2, -a, +a)
print('ab' + 'cd', 'ab' * 2, [1] + [2], (1,) * 2, 3 * 'x')
print(+True, -False, True * 'ab')
