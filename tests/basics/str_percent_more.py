# printf-style % formatting of strs and ints.
print('%s|%r|%a' % ('hé', 'hé', 'x'), '%5s|%-5s|%.2s|%5.1s|' % ('ab', 'ab', 'abc', 'xyz'))
print('%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%+05d' % (1, -2, 3, 42, 42, -42, 7, 7, 7))
print('%x|%X|%o|%#x|%#X|%#o|%08x|%-#6x|' % (255, 255, 8, 255, 255, 8, 255, 255))
print('%.3d|%6.3d|%-6.3d|%.0d|%c|%c|%%' % (5, -5, 5, 0, 65, 'z'))
print('%(a)s and %(b)05d' % {'a': 'x', 'b': 42}, '%s' % [1, 2], '%s' % (('t',),))
print('%*d|%-*d|%.*s' % (5, 1, 4, 2, 2, 'abcdef'), '%s' % {'k': 1})
print('%d' % True, '%s %s' % (None, True), '%r' % (('a', 1),), '%x' % -255)
print('%d%%' % 50, 'no args' % (), '%s' % 'only')
for fmt, args in [('%d', 'a'), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', (1,)), ('%x', 'a'),
                  ('%c', 'ab'), ('%(k)s', (1,)), ('%', ()), ('%(a)s', {})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
for f in ['%99999999999999999999d', '%.99999999999999999999d']:
    try: print(f % 1)
    except Exception as e: print(type(e).__name__, e)
