# str.split, str.join and friends.
print('a,b,,c'.split(','))
print('  a  b c  '.split())
print('a b c d'.split(' ', 2))
print('a-b-c'.rsplit('-', 1))
print('abc'.split('x'), ''.split(), ''.split(','))
print(','.join(['x', 'y', 'z']), ''.join([]), '-'.join('abc'))
print(' '.join(str(i) for i in range(5)))
print('line1\nline2\n'.split('\n'))
