# str: literals, concatenation, repetition, length, indexing.
s = 'hello'
t = "world"
print(s + ' ' + t, len(s), len(''), s * 3, 2 * 'ab', 'x' * 0, 'x' * -1)
print(s[0], s[4], s[-1], s[-5])
print('''triple
quoted''', """also""")
print('a' 'b' "c")
u = ''
for c in s:
    u = c + u
print(u)
