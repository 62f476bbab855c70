# Keys of different types; equal numbers are the same key (1 == True).
d = {}
d[1] = 'int'
d[True] = 'bool'
d['1'] = 'str'
d[(1,)] = 'tuple'
d[None] = 'none'
d[2 ** 80] = 'big'
print(d, len(d))
print(d[1], d[2 ** 80], d[None], d[(1,)], d[0 + 2 ** 80])
s = 'ke' + 'y'
d2 = {'key': 5}
print(d2[s], s in d2)
