# BytesIO.seek relative to a position near the largest index: the sum
# overflows (OverflowError, the position unchanged), never wraps to 0.
import io
import sys

f = io.BytesIO(b"ab")
print(f.seek(sys.maxsize) == sys.maxsize)
for whence in (1, 2):
    try:
        p = f.seek(sys.maxsize, whence)
        print(p == sys.maxsize + (sys.maxsize if whence == 1 else 2))
    except OverflowError:
        print(True)
    print(f.read(1), f.tell() == sys.maxsize)
print(f.seek(-sys.maxsize - 1, 2), f.read(1))
