# printf-style % formatting of str and int arguments.
print('%d items' % 5, '%s and %s' % ('a', 'b'), '%r' % 'q')
print('%5d|%-5d|%05d' % (42, 42, 42), '%x %X %o' % (255, 255, 8))
print('%s' % [1, 2], '%d%%' % 50, '%3s|%-3s|' % ('a', 'b'))
print('%d' % -7, '%+d' % 7, '%s' % None, '%d' % (2 ** 70))
