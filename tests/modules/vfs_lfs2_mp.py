# What MicroPython's vfs_lfs tests check of VfsLfs2 and its files:
# statvfs counts a directory's first pair twice (as the reference's
# traverse), chdir to a file is ENOENT, modes "" and "b" read, a binary
# file takes a str's UTF-8 bytes, a filesystem's file writes through (a
# device error comes from the write itself).
import vfs


class RAM:
    def __init__(self, n, bs=256):
        self.bs = bs
        self.data = bytearray(n * bs)
        self.ret = 0

    def readblocks(self, b, buf, off=0):
        a = b * self.bs + off
        buf[:] = self.data[a:a + len(buf)]
        return self.ret

    def writeblocks(self, b, buf, off=0):
        a = b * self.bs + off
        self.data[a:a + len(buf)] = buf
        return self.ret

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // self.bs
        if op == 5:
            return self.bs
        if op == 6:
            return 0


def attempt(label, f):
    try:
        print(label, f())
    except OSError as e:
        print(label, 'OSError', e.errno)


bd = RAM(40)
vfs.VfsLfs2.mkfs(bd)
fs = vfs.VfsLfs2(bd)
free = [fs.statvfs('/')[3]]
fs.mkdir('d')
free.append(fs.statvfs('/')[3])
fs.mkdir('d/e')
free.append(fs.statvfs('/')[3])
fs.rmdir('d/e')
fs.rmdir('d')
free.append(fs.statvfs('/')[3])
print(free)
with fs.open('f', 'w') as f:
    f.write('abc' * 100)
attempt('chdir file', lambda: fs.chdir('f'))
attempt('chdir missing', lambda: fs.chdir('nope'))
print(fs.getcwd())
with fs.open('f', '') as f:
    print(f.read(6))
with fs.open('f', 'b') as f:
    print(f.read(6))
with fs.open('g', 'wb') as f:
    print(f.write('h\xe9llo'))
with fs.open('g', 'rb') as f:
    print(f.read())
f = fs.open('f', 'a')
bd.ret = -5
attempt('write', lambda: f.write('x'))
