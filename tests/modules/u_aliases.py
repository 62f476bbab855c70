# MicroPython's u-prefixed module names import the same modules.
import ustruct, uio, utime, urandom
import struct, io, time, random
print(ustruct is struct, uio is io, utime is time, urandom is random)
print(ustruct.pack('>H', 258), uio.BytesIO(b'q').read())
import ure, re
print(ure is re, ure.match('a+', 'aa').group())
