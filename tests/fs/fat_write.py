# Write a FAT image with espy's VfsFat (argv: image, block size): short
# and long names, nested directories, files over several clusters, a
# rename, a removal, an append. tests/fs/fat_tools.sh checks the result
# with fsck.fat and mtools.
import sys, os, vfs
sys.path.insert(0, sys.argv[0].rsplit('/', 1)[0])
from filebdev import FileBdev

bdev = FileBdev(sys.argv[1], int(sys.argv[2]))
vfs.VfsFat.mkfs(bdev)
vfs.mount(vfs.VfsFat(bdev), '/img')


def data(i, n):
    return bytes((i * 7 + k * 13) & 0xff for k in range(n))


with open('/img/README.TXT', 'w') as f:
    f.write('upper-case 8.3 name\n')
with open('/img/boot.py', 'w') as f:
    f.write('# lower-case 8.3 name\nimport gc\ngc.collect()\n')
os.mkdir('/img/lib')
os.mkdir('/img/lib/A Long Directory Name')
with open('/img/lib/A Long Directory Name/some long file name.bin', 'wb') as f:
    f.write(data(1, 5000))
with open('/img/lib/Mixed.Case.Name.py', 'w') as f:
    f.write('print("mixed")\n')
for i in range(20):
    with open('/img/lib/module_%02d.py' % i, 'wb') as f:
        f.write(data(i, i * 97))
with open('/img/big.dat', 'wb') as f:
    for i in range(10):
        f.write(data(i, 3000))
with open('/img/big.dat', 'ab') as f:
    f.write(b'appended')
with open('/img/old_name.txt', 'w') as f:
    f.write('renamed\n')
os.rename('/img/old_name.txt', '/img/lib/new name.txt')
with open('/img/gone.txt', 'w') as f:
    f.write('removed')
os.remove('/img/gone.txt')
vfs.umount('/img')
print('written')
