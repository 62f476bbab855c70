# str(bytes, encoding[, errors]) decodes, as bytes.decode does
print(str(b'abc', 'utf8'), str(bytearray(b'\xc3\xa9'), 'utf-8'))
print(str(b'a\xffb', 'utf-8', 'ignore'), str(memoryview(b'xy'), 'ascii'))
for bad in ("abc", 5, None):
    try:
        str(bad, 'utf8')
    except TypeError as e:
        print('TypeError', e)
try:
    str(b'\xff', 'utf-8')
except UnicodeError:
    print('UnicodeError')
