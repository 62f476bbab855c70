# str.format with positional, numbered and named fields.
print('{} {}'.format('a', 1), '{1}{0}'.format('x', 'y'))
print('{name} is {age}'.format(name='Bob', age=30))
print('{:>5}|{:<5}|{:^5}|'.format('ab', 'cd', 'ef'))
print('{:05d} {:x} {:b} {!r}'.format(42, 255, 5, 'hi'))
print('{{}} {}'.format(7))
