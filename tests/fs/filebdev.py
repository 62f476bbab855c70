# A block device over a host image file, for espy's filesystems in plain
# mode (tests/fs/*.sh): readblocks/writeblocks/ioctl as vfs expects them.
import os


class FileBdev:
    def __init__(self, path, block_size=512):
        self.f = open(path, 'r+b')
        self.bs = block_size
        self.count = os.stat(path)[6] // block_size

    def readblocks(self, n, buf, off=0):
        self.f.seek(n * self.bs + off)
        self.f.readinto(buf)

    def writeblocks(self, n, buf, off=0):
        self.f.seek(n * self.bs + off)
        self.f.write(buf)

    def ioctl(self, op, arg):
        if op == 3:
            self.f.flush()
        if op == 4:
            return self.count
        if op == 5:
            return self.bs
        if op == 6:
            self.f.seek(arg * self.bs)
            self.f.write(b'\xff' * self.bs)
            return 0
