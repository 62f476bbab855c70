# Exponentiation of ints, including right associativity and unary minus.
print(2 ** 10, 3 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** 3 ** 2)
print(-2 ** 2)
print(10 ** 20)
print(7 ** 77)
print((-3) ** 41)
