# Common str methods.
s = '  Hello, World  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(s.upper(), s.lower())
t = 'hello world hello'
print(t.find('world'), t.find('x'), t.find('hello', 1), t.rfind('hello'))
print(t.index('o'), t.count('hello'), t.count('l'), t.count(''))
print(t.replace('hello', 'bye'), t.replace('l', 'L', 2))
print(t.startswith('hell'), t.startswith('world', 6), t.endswith('llo'))
print('abc'.isalpha(), '123'.isdigit(), 'a1'.isdigit(), ' '.isspace())
print('xxhixx'.strip('x'), 'Hello'.upper().lower())
