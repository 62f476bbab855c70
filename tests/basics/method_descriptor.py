# A built-in type's method taken through the type checks its first argument.
print(list.append)
l = []
list.append(l, 3)
print(l, str.upper('abc'), str.join('-', ['a', 'b']))
for f, args in ((list.append, ({1}, 2)), (str.upper, (5,)), (dict.keys, ([],))):
    try:
        f(*args)
    except TypeError as e:
        print(e)
print(dict.fromkeys('ab'), int.from_bytes(b'\x01\x00', 'big'), float.fromhex('0x1p3'))
class L(list):
    def append(self, x):
        list.append(self, x * 2)
m = L()
m.append(5)
print(m)
