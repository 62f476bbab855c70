# Uncaught ZeroDivisionError from %.
print(7 % 0)
