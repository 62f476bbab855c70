# Copy every file of a FAT image (argv: image, block size, out dir) out to
# the host with espy's VfsFat: tests/fs/fat_tools.sh compares them with
# what mtools copied in.
import sys, os, vfs
sys.path.insert(0, sys.argv[0].rsplit('/', 1)[0])
from filebdev import FileBdev

bdev = FileBdev(sys.argv[1], int(sys.argv[2]))
vfs.mount(bdev, '/img', readonly=True)
out = sys.argv[3]


def copy(src, dst):
    for name, kind, *_ in os.ilistdir(src):
        if kind == 0x4000:
            os.mkdir(dst + '/' + name)
            copy(src + '/' + name, dst + '/' + name)
        else:
            with open(src + '/' + name, 'rb') as f:
                data = f.read()
            with open(dst + '/' + name, 'wb') as g:
                g.write(data)
            print(src[4:] + '/' + name, len(data))


copy('/img', out)
try:
    open('/img/new.txt', 'w')
except OSError as e:
    print('readonly', e.errno)
