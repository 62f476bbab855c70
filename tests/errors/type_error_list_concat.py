# Uncaught TypeError from list + tuple.
print([1] + (2,))
