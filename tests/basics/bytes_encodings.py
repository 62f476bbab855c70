# encodings of bytes(str, enc), str.encode and bytes.decode: utf-8, ascii,
# latin-1, errors='strict'/'ignore'/'replace', unknown encodings.
print(bytes('é€', 'utf-8'), bytes('é', 'latin-1'), bytearray('aé', 'latin1'), 'é'.encode('latin-1'))
print('aé€b'.encode('ascii', 'ignore'), 'aé€b'.encode('ascii', 'replace'), 'x'.encode(encoding='UTF-8'))
print(b'\xe9'.decode('latin-1'), b'a\xe9'.decode('ascii', 'replace'), b'a\xe9b'.decode(errors='ignore'))
print(b'\xc3\xa9\xe2\x82\xac'.decode(), bytes('é', encoding='utf-8'))
for e in ["'€'.encode('latin-1')", "b'\\xe9'.decode('ascii')", "'x'.encode('nope')", "b'\\xc3'.decode()", "b'\\xc3('.decode()", "bytes('x')", "bytes(5, 'utf-8')"]:
    try:
        print(eval(e))
    except (UnicodeError, LookupError, TypeError) as x:
        print(type(x).__name__ in ('UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeError', 'LookupError', 'TypeError'), x)
print(bytes(source=[1]), bytearray(source=b'x'))
try:
    bytes(encoding='utf-8')
except TypeError as e:
    print(e)
