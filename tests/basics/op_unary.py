# Unary operators.
x = 5
print(-x, +x, ~x, not x, -(-x), ~~x, --x, -+-x)
print(-0, ~0, ~-1, -(2 ** 64), ~(2 ** 64), +(2 ** 64))
print(-True, ~False, not None)
