# Membership tests on strings.
s = 'hello world'
print('h' in s, 'world' in s, 'xyz' in s, '' in s, 'hello world!' in s)
print('o w' not in s, 'z' not in s)
