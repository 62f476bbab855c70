# str slicing with every kind of bound and step.
s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-3:-1])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[100:], s[5:2], s[-100:2])
print(s[0:10:4], s[::-3], s[:0], s[3:3])
