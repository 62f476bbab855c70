# bytes methods shared with str: partition, rsplit, splitlines, justify,
# zfill, case tests and changes, removeprefix/removesuffix.
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
print(b'a b  c '.rsplit(None, 1), b' a b c'.rsplit(maxsplit=1), b'a,b,c'.rsplit(b',', 1), b'a,b,c'.rsplit(b','), b'  '.rsplit(None, 1), b',a,'.rsplit(b',', 5))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\n'.splitlines(True), b''.splitlines(), bytearray(b'x\ny').splitlines())
print(b'ab'.ljust(5), b'ab'.rjust(5, b'*'), b'ab'.center(5), b'abc'.center(6, b'-'), b'a'.center(4), b'abc'.ljust(2))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+7'.zfill(4), b''.zfill(3))
print(b'ABC'.isupper(), b'AbC'.isupper(), b'abc1'.islower(), b'123'.islower(), b'hello world'.title(), b'hELLO'.capitalize(), b'AbC'.swapcase())
print(b'prefix-x'.removeprefix(b'prefix-'), b'x.py'.removesuffix(b'.py'), b'x'.removesuffix(b'yy'))
print(bytearray(b'abc').upper(), bytearray(b'a-b').partition(b'-'))
try:
    b'ab'.ljust(5, b'xy')
except TypeError as e:
    print(e)
