# skip-qemu: VfsLfs1 is host-only (ES_CFG_VFS_LFS1), as MicroPython has it on its unix port and not on its ESP8266 port
# VfsLfs1 (littlefs v1) on a RAM block device: the superblock's bytes,
# statvfs counts, files across a remount (one block, several, append,
# a write in the middle, a seek past the end), a directory over several
# pairs, rename within and between directories, remove, errors, a
# read-only mount, autodetection by vfs.mount.
import os, struct, vfs


class RAM:
    def __init__(self, n, bs=256):
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


def free(fs):
    return fs.statvfs('/')[3]


bd = RAM(48)
attempt('mount blank', lambda: vfs.VfsLfs1(bd))
vfs.VfsLfs1.mkfs(bd)
# block 0: revision, size 52, tail = root, then the superblock entry
print(struct.unpack('<I', bd.data[4:8]), bytes(bd.data[16:20]))
print(struct.unpack('<IIIII', bd.data[20:40]), bytes(bd.data[40:48]))
print(bd.data[256 + 40:256 + 48] == bd.data[40:48])
fs = vfs.VfsLfs1(bd)
print(fs.statvfs('/'))

# files
data = bytes(i & 255 for i in range(1024))
with fs.open('a.txt', 'w') as f:
    f.write('hello')
with fs.open('b.bin', 'wb') as f:
    f.write(data)
print(free(fs))
with fs.open('a.txt', 'a') as f:
    f.write(' world')
with fs.open('b.bin', 'r+b') as f:
    f.seek(500)
    f.write(b'XYZ')
    f.seek(498)
    print(f.read(7), f.tell())
with fs.open('c.bin', 'wb') as f:
    f.seek(10)
    f.write(b'!')
print(free(fs))

# a remount sees the same
fs = vfs.VfsLfs1(bd, readsize=32, progsize=32, lookahead=32)
print(list(fs.ilistdir()))
print(fs.open('a.txt', 'r').read())
with fs.open('b.bin', 'rb') as f:
    d = f.read()
print(len(d), d[498:505], d == data[:500] + b'XYZ' + data[503:])
print(fs.open('c.bin', 'rb').read())
print(fs.stat('b.bin'), fs.stat('/'))

# a directory over three pairs (13 entries of 18 bytes fill one)
fs.mkdir('d')
for i in range(30):
    fs.open('d/file%02d' % i, 'w').close()
names = [e[0] for e in fs.ilistdir('d')]
print(len(names), names[0], names[-1], names == sorted(names), free(fs))
for i in range(13, 26):
    fs.remove('d/file%02d' % i)
print(free(fs), fs.stat('d/file27')[6])
fs.open('d/new', 'w').close()
print([e[0] for e in fs.ilistdir('d')])
attempt('rmdir non-empty', lambda: fs.rmdir('d'))

# rename
fs.rename('a.txt', 'd/a2.txt')
attempt('stat old', lambda: fs.stat('a.txt'))
print(fs.open('d/a2.txt', 'r').read())
fs.rename('d/a2.txt', 'c.bin')
print(fs.open('c.bin', 'r').read(), free(fs))
fs.mkdir('e')
fs.mkdir('e/sub')
attempt('file onto dir', lambda: fs.rename('c.bin', 'e'))
attempt('dir onto file', lambda: fs.rename('e', 'b.bin'))
attempt('dir into itself', lambda: fs.rename('e', 'e/x'))
attempt('missing', lambda: fs.rename('nope', 'x'))
fs.rename('e', 'f')
print(list(fs.ilistdir('f')), [e[0] for e in fs.ilistdir()])
fs.mkdir('g')
fs.rename('f', 'g')  # an empty directory is replaced
print([e[0] for e in fs.ilistdir()], list(fs.ilistdir(b'g')))

# errors
attempt('mkdir existing', lambda: fs.mkdir('g'))
attempt('mkdir in missing', lambda: fs.mkdir('nope/x'))
attempt('open missing', lambda: fs.open('nope', 'r'))
attempt('open dir', lambda: fs.open('g', 'w'))
attempt('x existing', lambda: fs.open('b.bin', 'x'))
attempt('remove missing', lambda: fs.remove('nope'))
attempt('through a file', lambda: fs.stat('b.bin/x'))
attempt('list a file', lambda: fs.ilistdir('b.bin'))
attempt('chdir to a file', lambda: fs.chdir('b.bin'))

# empty the directory, everything back
for n in [e[0] for e in fs.ilistdir('d')]:
    fs.remove('d/' + n)
fs.rmdir('d')
fs.rmdir('g/sub')
fs.rmdir('g')
print([e[0] for e in fs.ilistdir()], free(fs))

# through vfs: autodetected, read-only, nested mount
vfs.mount(bd, '/l', readonly=True)
print(os.listdir('/l'), os.stat('/l/c.bin')[6])
attempt('write read-only', lambda: open('/l/new', 'w'))
attempt('mkdir read-only', lambda: os.mkdir('/l/x'))
vfs.umount('/l')
vfs.mount(vfs.VfsLfs1(bd), '/l')
with open('/l/new.txt', 'w') as f:
    f.write('via open')
print(open('/l/new.txt').read(), sorted(os.listdir('/l')))
vfs.umount('/l')

# names: an entry must fit in an empty pair (256 - 20 bytes: 224 chars)
fs = vfs.VfsLfs1(bd)
attempt('mkdir too long', lambda: fs.mkdir('n' * 225))
attempt('rename too long', lambda: fs.rename('b.bin', 'n' * 225))
fs.open('n' * 224, 'w').close()  # the root's pair continues in a new one
print([len(e[0]) for e in fs.ilistdir()], free(fs))
