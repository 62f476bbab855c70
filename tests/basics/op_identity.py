# is / is not.
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c, None is None, True is not False)
x = 'spam'
y = x
print(x is y, 1 is not None)
