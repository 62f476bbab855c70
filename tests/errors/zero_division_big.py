# Uncaught ZeroDivisionError dividing a big int.
print((2 ** 100) // 0)
