# littlefs images between espy and other littlefs implementations
# (docs/filesystem.md): argv: command image block_size [v1].
#   dump   list the tree: "path size fnv1a [mtime]", directories "path/",
#          then "used N" (blocks in use, from statvfs) with v1
#   write  format and write a fixed tree of files and directories
#   modify append to and add to an existing image
# With v1 the image is littlefs v1 (VfsLfs1, no mtime), else v2.
import sys, os, vfs
sys.path.insert(0, sys.argv[0].rsplit('/', 1)[0])
from filebdev import FileBdev

cmd, img, bs = sys.argv[1], sys.argv[2], int(sys.argv[3])
bdev = FileBdev(img, bs)
v1 = sys.argv[4:] == ['v1']
Vfs = vfs.VfsLfs1 if v1 else vfs.VfsLfs2


def fnv(b):
    h = 2166136261
    for c in b:
        h = ((h ^ c) * 16777619) & 0xffffffff
    return h


def data(n, seed):
    return bytes((seed * 7 + i * 13) & 0xff for i in range(n))


def wfile(path, n, seed, mode='wb'):
    with open(path, mode) as f:
        d = data(n, seed)
        for k in range(0, n, 700):
            f.write(d[k:k + 700])


def dump(d):
    for name, kind, *_ in sorted(os.ilistdir(d), key=lambda e: e[0]):
        p = d + '/' + name
        if kind == 0x4000:
            print(p[4:] + '/')
            dump(p)
        else:
            with open(p, 'rb') as f:
                b = f.read()
            print('%s %d %08x%s' % (p[4:], len(b), fnv(b),
                '' if v1 else ' mtime'))


if cmd == 'write':
    Vfs.mkfs(bdev)
fs = Vfs(bdev)
vfs.mount(fs, '/img')
if cmd == 'write':
    wfile('/img/boot.py', 60, 1)
    wfile('/img/empty', 0, 2)
    os.mkdir('/img/lib')
    os.mkdir('/img/lib/pkg')
    os.mkdir('/img/data')
    wfile('/img/lib/pkg/__init__.py', 300, 3)
    wfile('/img/lib/mod.py', 5000, 4)
    wfile('/img/data/big.bin', 40000, 5)
    for i in range(40):
        wfile('/img/data/f%02d.txt' % i, i * 37, i)
    wfile('/img/data/big.bin', 3000, 6, 'ab')
    os.rename('/img/boot.py', '/img/main.py')
    os.remove('/img/data/f05.txt')
    # between directories (pairs): a move in the global state, set by
    # the destination's commit and cleared by the source's
    os.rename('/img/data/f07.txt', '/img/lib/f07.txt')
    os.rename('/img/lib/pkg/__init__.py', '/img/data/f08.txt')
    os.mkdir('/img/gone')
    os.mkdir('/img/gone/sub')
    os.rmdir('/img/gone/sub')
    os.rename('/img/gone', '/img/lib/pkg/moved')
elif cmd == 'modify':
    wfile('/img/log.txt', 9000, 9)
    wfile('/img/log.txt', 500, 10, 'ab')
    os.mkdir('/img/refdir')
    wfile('/img/refdir/x', 100, 11)
    if v1:
        for i in range(10):
            try:
                os.remove('/img/data/f%02d.txt' % i)
            except OSError:
                pass
else:
    dump('/img')
    if v1:
        print('used', fs.statvfs('/')[2] - fs.statvfs('/')[3])
vfs.umount('/img')
