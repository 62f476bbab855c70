# args: -X heapsize=38k
# bytes, bytearray, memoryview, struct and io streams made and dropped in a
# loop on the ESP8266-sized heap: the collector frees them all.
import io, struct, random
random.seed(7)
ba = bytearray()
for i in range(2000):
    ba += bytes([i & 255])
    if len(ba) > 500:
        del ba[:250]
    b = bytes(ba[-10:]) * 3
    s = io.BytesIO(b)
    s.seek(0, 2)
    s.write(struct.pack('<IH', i, i & 0xffff))
    t = io.StringIO()
    t.write('x%d\n' % i)
    m = memoryview(ba)[1:5]
    assert len(m) == min(4, max(0, len(ba) - 1))
    del m
print(len(ba), struct.unpack('<IH', s.getvalue()[-6:]), t.getvalue())
