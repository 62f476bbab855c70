# VfsLfs2 on a RAM block device: mkfs, mount, files in every mode (inline
# and in blocks), directories, rename, remove, stat, statvfs, errors with
# littlefs's errno values, ilistdir order (littlefs sorts names, a longer
# name before its prefix), autodetection by vfs.mount.
import os, vfs


class RAM:
    def __init__(self, n, bs=256):
        # Not erased at first (littlefs erases before it writes): small
        # enough for the 38 KB heap.
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
            self.data[arg * self.bs:(arg + 1) * self.bs] = b'\xff' * self.bs
            return 0


def attempt(label, f):
    try:
        print(label, f())
    except OSError as e:
        print(label, 'OSError', e.errno)


bd = RAM(40)
attempt('mount blank', lambda: vfs.VfsLfs2(bd))
vfs.VfsLfs2.mkfs(bd)
print(bd.data[8:16], bytes(bd.data[16:20]))
fs = vfs.VfsLfs2(bd)
print(fs.statvfs('/'))
vfs.mount(bd, '/l')          # autodetected as littlefs
print([m[1] for m in vfs.mount()])
os.chdir('/l')
with open('small.txt', 'w') as f:
    f.write('hello')
with open('big.bin', 'wb') as f:
    for i in range(16):
        f.write(bytes(range(i, i + 100)))
os.mkdir('test_d1')
os.mkdir('test')
os.mkdir('test_d1/sub')
print(os.listdir(), os.listdir('test_d1'))
print(os.stat('small.txt')[:7], os.stat('test')[:7])
with open('big.bin', 'rb') as f:
    d = f.read()
print(len(d), d[:4], d[-4:])
with open('small.txt', 'a') as f:
    f.write(' world')
with open('small.txt', 'r+') as f:
    f.seek(6)
    f.write('W')
    f.seek(0)
    print(f.read())
with open('big.bin', 'r+b') as f:
    f.seek(1000)
    f.write(b'XYZ')
    f.seek(998)
    print(f.read(7), f.tell())
attempt('x existing', lambda: open('small.txt', 'x'))
attempt('open dir', lambda: open('test', 'w'))
attempt('open missing', lambda: open('nope'))
attempt('mkdir existing', lambda: os.mkdir('test'))
attempt('rmdir non-empty', lambda: os.rmdir('test_d1'))
attempt('listdir file', lambda: os.listdir('small.txt'))
attempt('stat missing', lambda: os.stat('test_d1/none'))
attempt('rename onto dir', lambda: os.rename('small.txt', 'test'))
os.rename('small.txt', 'test_d1/sub/moved.txt')
print(os.listdir(), open('test_d1/sub/moved.txt').read())
os.remove('test_d1/sub/moved.txt')
os.rmdir('test_d1/sub')
os.rmdir('test')
print(os.listdir(), os.listdir('test_d1'))
vfs.umount('/l')
fs = vfs.VfsLfs2(bd)
print(list(fs.ilistdir('/')))
vfs.mount(fs, '/r', readonly=True)
attempt('write readonly', lambda: open('/r/new', 'w'))
vfs.umount('/r')
