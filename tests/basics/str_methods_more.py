# More str methods: search ranges, case, class tests, padding, partition.
s = 'abcabcabc'
print(s.find('c', 3), s.find('c', 3, 5), s.find('c', -2), s.rfind('a', 0, 5))
print(s.find(''), s.find('', 9), s.find('', 10), s.rfind(''), s.count('', 2, 5))
print(s.count('abc'), s.count('abc', 1), s.count('bc', -4, -1), s.index('b', 2))
print(s.rindex('abc'), s.startswith(('x', 'ab')), s.endswith(('c', 'z'), 0, 3))
print(s.startswith('b', 1), s.startswith('', 9), s.startswith('', 10))
print('Hello World'.swapcase(), 'hello world'.capitalize(), 'HELLO'.casefold())
print("they're bill's friends".title(), 'a1b2 c3'.title(), 'AbC'.lower())
print('Title Case'.istitle(), 'Not title'.istitle(), 'ABC1'.isupper(), 'abc!'.islower())
print(''.isupper(), '123'.islower(), 'a_1'.isidentifier(), '1a'.isidentifier())
print('abc'.isalnum(), 'ab c'.isalnum(), ''.isalpha(), '\t\n '.isspace(), ''.isspace())
print('12'.isdecimal(), '12'.isnumeric(), 'x'.isprintable(), '\n'.isprintable())
print(''.isascii(), 'abc'.isascii(), ''.isprintable())
print(repr('ab'.center(7, '*')), repr('ab'.center(6)), repr('abc'.center(6, '-')))
print(repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)), repr('abcdef'.rjust(3)))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print('a=b=c'.partition('='), 'abc'.partition('x'))
print('a=b=c'.rpartition('='), 'abc'.rpartition('x'))
print('xxabcxx'.strip('x'), 'xyabcyx'.lstrip('xy'), 'abc  \n'.rstrip(), '  '.strip())
print('www.example.com'.strip('cmowz.'), 'abc'.strip(''), 'abc'.strip(None))
print('one one one'.replace('one', 'two', 2), 'aaa'.replace('a', ''), 'abc'.replace('', '.'))
print('abc'.replace('x', 'y'), 'abab'.replace('ab', 'ba', 0), 'abc'.replace('', '-', 2))
print('TestHook'.removeprefix('Test'), 'TestHook'.removeprefix('Hook'))
print('MiscTests'.removesuffix('Tests'), 'x'.removesuffix(''))
print('ab' * 3, 3 * 'cd', 'x' * 0, 'x' * -2, 'abc' + 'def')
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()))
print('abcdd-cab'.translate(t))
print('hello'.translate({ord('l'): 'L', ord('o'): None}))
print(str.maketrans({'a': 'b'}))
print(str(), str(12), str('x'), str([1, 'a']), str(None))
for bad in [lambda: 'abc'.index('d'), lambda: 'abc'.rindex('d'), lambda: 'a'.find(1),
            lambda: 'abc'.startswith(1), lambda: 'abc'.center(5, 'xy'),
            lambda: 'a'.partition(''), lambda: 'a'.strip(1), lambda: 'abc'.replace(1, 'x'),
            lambda: 'abc'[5], lambda: 'x' + 1, lambda: 'x' * 'y', lambda: 1 in 'abc']:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
