# Assigning to a str item.
s = 'abc'
s[0] = 'x'
