# A file on a filesystem over a block device written in Python: the
# device's writeblocks/readblocks may resize the bytearray that write() or
# readinto() is moving. The bytes go to and come from the buffer as it is
# then (a prefix of the old contents, the rest from the new), never its
# freed block.
import gc
import vfs


class Dev:
    def __init__(self, n, bs):
        self.bs = bs
        self.data = bytearray(n * bs)
        self.hook = None  # called once, at the next read or write

    def run_hook(self):
        if self.hook:
            h, self.hook = self.hook, None
            h()

    def readblocks(self, b, buf, off=0):
        self.run_hook()
        a = b * self.bs + off
        buf[:] = self.data[a:a + len(buf)]

    def writeblocks(self, b, buf, off=0):
        self.run_hook()
        a = b * self.bs + off
        self.data[a:a + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // self.bs
        if op == 5:
            return self.bs
        if op == 6:
            return 0


def refill(ba, fill, n):
    def hook():
        ba[:] = fill * n
        gc.collect()
        junk = [bytearray(b"J" * 64) for i in range(30)]
    return hook


def old_then_new(got, old, new):
    k = 0
    while k < len(got) and got[k] == old:
        k += 1
    return got[k:] == bytes([new]) * (len(got) - k)


bd = Dev(32, 128)
vfs.VfsLfs2.mkfs(bd)
fs = vfs.VfsLfs2(bd)
src = bytearray(b"S" * 600)
with fs.open("f", "wb") as f:
    bd.hook = refill(src, b"T", 1500)
    print(f.write(src))
got = fs.open("f", "rb").read()
print(len(got), old_then_new(got, ord("S"), ord("T")), got.count(b"T") > 0)

dst = bytearray(600)
with fs.open("f", "rb") as f:
    bd.hook = refill(dst, b"U", 1800)
    n = f.readinto(dst)
print(n, len(dst), dst[:n] == got, dst[n:] == b"U" * 1200)

# the buffer shrinks: only what it still holds is filled
small = bytearray(600)
with fs.open("f", "rb") as f:
    bd.hook = refill(small, b"V", 10)
    print(f.readinto(small), small)
