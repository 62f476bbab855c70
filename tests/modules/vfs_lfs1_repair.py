# skip-qemu: VfsLfs1 is host-only (ES_CFG_VFS_LFS1), as MicroPython has it on its unix port and not on its ESP8266 port
# args: -X heapsize=1m
# (host-only, so the heap of the unix port rather than the chip's: its RAM
# block devices and their copies do not fit the 64k runs)
# VfsLfs1 after power cuts and on corrupt images. A device that stops
# programming after N writes cuts a rename after it marked the source
# "moved" or after it wrote the new entry, and a mkdir before its entry:
# reads see one copy, statvfs counts as v1's traverse (a moved entry's
# blocks twice, an orphan pair), the first change after the next mount
# repairs. Corrupt pairs give OSError 52; random damage never crashes.
# timeout: 120
import random, vfs


class Cut:
    def __init__(self, n, bs=256):
        self.bs = bs
        self.data = bytearray(n * bs)
        self.left = -1  # programs left before the cut (-1: no cut)

    def readblocks(self, b, buf, off=0):
        a = b * self.bs + off
        buf[:] = self.data[a:a + len(buf)]

    def writeblocks(self, b, buf, off=0):
        if self.left == 0:
            return -5
        self.left -= self.left > 0
        a = b * self.bs + off
        self.data[a:a + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // self.bs
        if op == 5:
            return self.bs
        if op == 6:
            return 0


def fresh():
    bd = Cut(40)
    vfs.VfsLfs1.mkfs(bd)
    fs = vfs.VfsLfs1(bd)
    with fs.open('a', 'w') as f:
        f.write('A')
    fs.mkdir('d')
    return bd


def names(fs, d='/'):
    return sorted(e[0] for e in fs.ilistdir(d))


def cut(bd, n, f):
    bd.left = n
    try:
        f()
    except OSError as e:
        print('cut', e.errno)
    bd.left = -1
    fs = vfs.VfsLfs1(bd)
    print(names(fs), names(fs, 'd'), fs.statvfs('/')[3])
    return fs


def attempt(label, f):
    try:
        print(label, f())
    except OSError as e:
        print(label, 'OSError', e.errno)


# rename cut after marking the source: the source stays
bd = fresh()
fs = cut(bd, 1, lambda: vfs.VfsLfs1(bd).rename('a', 'd/b'))
fs.mkdir('x')
print(names(fs), names(fs, 'd'), fs.open('a', 'r').read())

# rename cut after the new entry: the source is hidden, then removed
bd = fresh()
fs = cut(bd, 2, lambda: vfs.VfsLfs1(bd).rename('a', 'd/b'))
fs.mkdir('x')
print(names(fs), names(fs, 'd'), fs.open('d/b', 'r').read(),
      fs.statvfs('/')[3])

# mkdir cut before its entry: an orphan pair, then unlinked
bd = fresh()
fs = cut(bd, 2, lambda: vfs.VfsLfs1(bd).mkdir('e'))
fs.open('n', 'w').close()
print(names(fs), fs.statvfs('/')[3])

# the newer superblock copy broken: the older one serves
bd = fresh()
bd.data[256:512] = bytes(range(256))
print(names(vfs.VfsLfs1(bd)))

# the root pair broken
bd = fresh()
bd.data[512:1024] = bytes(512)
fs = vfs.VfsLfs1(bd)
attempt('list', lambda: list(fs.ilistdir()))
attempt('statvfs', lambda: fs.statvfs('/'))
attempt('open', lambda: fs.open('a', 'r'))
attempt('mkdir', lambda: fs.mkdir('y'))
bd.data[0:512] = bytes(512)
attempt('mount', lambda: vfs.VfsLfs1(bd))

# random damage: OSError or success, never a crash or a hang
random.seed(14)
good = fresh()
fs = vfs.VfsLfs1(good)
for i in range(12):
    with fs.open('d/f%d' % i, 'w') as f:
        f.write(str(i) * (i * 60))
for k in range(40):
    bd = Cut(40)
    bd.data[:] = good.data
    for j in range(6):
        bd.data[random.getrandbits(12) % 2560] = random.getrandbits(8)
    try:
        fs = vfs.VfsLfs1(bd)
        for n in names(fs, 'd'):
            fs.open('d/' + n, 'r').read()
        fs.statvfs('/')
        with fs.open('d/new', 'w') as f:
            f.write('x' * 700)
        fs.rename('d/new', 'new')
        fs.mkdir('z')
        fs.remove('a')
    except (OSError, UnicodeError):  # a damaged name is not UTF-8
        pass
print('done')
