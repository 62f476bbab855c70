# Uncaught ZeroDivisionError from //; output before it must appear.
print('before')
x = 10
print(x // 0)
print('never')
