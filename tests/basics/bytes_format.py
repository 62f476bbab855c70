# bytes % formatting, and bytearray += itself.
print(b'%d-%05.1f-%x' % (5, 2.25, 255), b'%s!' % b'abc', b'[%-4s]' % (bytearray(b'ab'),), b'%c%c' % (65, 66))
print(bytearray(b'n=%d') % 3, b'100%%' % ())
ba = bytearray(b'ab')
ba += bytes(ba)
ba.extend(ba)
print(ba)
ba[len(ba):] = ba
print(ba, len(ba))
ba[:0] = ba; print(ba)
