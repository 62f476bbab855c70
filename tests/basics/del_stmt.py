# del of names, items, slices and keys.
x = 1
del x
try:
    x
except NameError:
    print('x deleted')
a = [0, 1, 2, 3]
del a[0], a[-1]
print(a)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
def f():
    y = 2
    del y
    try:
        return y
    except NameError:
        return 'local deleted'
print(f())
