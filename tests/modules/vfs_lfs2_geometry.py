# VfsLfs2.mkfs on a device whose geometry littlefs cannot use (blocks
# under 64 bytes, fewer than 2 blocks) is OSError EINVAL (it went on to
# format through a read cache it never allocated; found by make fuzz).
import vfs


class RAM:
    def __init__(self, n, bs):
        self.bs = bs
        self.data = bytearray(n * bs)

    def readblocks(self, b, buf, off=0):
        a = b * self.bs + off
        buf[:] = self.data[a:a + len(buf)]

    def writeblocks(self, b, buf, off=0):
        a = b * self.bs + off
        self.data[a:a + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // self.bs
        if op == 5:
            return self.bs
        if op == 6:
            return 0


for n, bs in ((8, 32), (1, 256), (8, 100)):
    try:
        vfs.VfsLfs2.mkfs(RAM(n, bs))
        print(n, bs, "formatted")
    except OSError as e:
        print(n, bs, "OSError", e.errno)
vfs.VfsLfs2.mkfs(RAM(8, 256))
print("8 256 formatted")
