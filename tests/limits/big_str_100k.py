# args: -X heapsize=2M
# Strings of 100,000 characters.
s = 'ab' * 50000
print(len(s), s[99999], s.count('ab'), len(s + s))
t = 'x' * 100000
print(t == 'x' * 100000, t.find('y'), len(t.replace('x', 'yz')))
