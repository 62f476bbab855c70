# split, rsplit, splitlines and join edge cases.
print('a b  c'.split(), '  a b  c  '.split(None, 1), '  a b  c  '.rsplit(None, 1))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 2))
print(''.split(), ''.split(','), '   '.split(), ','.split(','))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), 'abc'.split('abc'))
print('a b c'.split(maxsplit=1), 'a-b-c'.split(sep='-'), 'a-b-c'.rsplit(sep='-', maxsplit=1))
print('x\ty\nz\x0bw\x0cv\rq'.split())
print('one\ntwo\r\nthree\rfour\n'.splitlines())
print('one\ntwo\r\nthree\rfour\n'.splitlines(True))
print('a\n\nb'.splitlines(), ''.splitlines(), '\n'.splitlines(keepends=True))
print('-'.join(['a', 'b', 'c']), ''.join([]), ','.join('abc'), ' '.join(('x',)))
print('+'.join(str(i) for i in range(5)), '.'.join({'k': 1, 'l': 2}))
print('a\tb\tc'.expandtabs(), 'ab\tc'.expandtabs(4), 'x\n\ty'.expandtabs(2))
try:
    'a'.split('')
except ValueError as e:
    print(e)
try:
    ','.join(['a', 1])
except TypeError as e:
    print(e)
try:
    'a'.split(1)
except TypeError as e:
    print(e)
