# args: -X heapsize=38k
# skip-asan: the ASan build gives every allocation a 16-byte red-zone block, which about doubles small objects in a 38 KB heap; plain builds and the lx106 pass
# Fragmentation, honestly: churn objects of 16 to 512 bytes for a long time
# at 38 KB, keeping every 8th alive (about 6 KB live, scattered), then a
# 10,000-byte buffer still fits.
keep = []
sizes = [16, 24, 40, 64, 100, 160, 256, 400, 512, 48, 32, 200]
n = 0
for i in range(20000):
    s = sizes[i % len(sizes)]
    b = bytearray(s - 12)
    if i % 8 == 0:
        keep.append(b)
        n += s
        if n > 6000:
            keep.pop(0)
            n -= len(keep[0]) + 12 if keep else 0
big = bytearray(10000)
print(len(big), len(keep) > 10)
