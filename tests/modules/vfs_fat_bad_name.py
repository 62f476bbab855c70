# A FAT image whose 8.3 name holds a byte that is not UTF-8 (a code-page
# name from another system, or damage): listing it by str path raises
# UnicodeError instead of making a str that is not UTF-8 (indexing such a
# str read past the ASCII table); by bytes path the names come back as
# bytes.
import os, vfs


class Sparse:
    # Keeps only the sectors written, so that a device FAT accepts fits
    # the chip's heap. VfsFat reads and writes whole sectors.
    def __init__(self, n, bs=512):
        self.n, self.bs, self.blocks = n, bs, {}

    def readblocks(self, b, buf, off=0):
        bs = self.bs
        for i in range(len(buf) // bs):
            buf[i * bs:(i + 1) * bs] = self.blocks.get(b + i, bytes(bs))

    def writeblocks(self, b, buf, off=0):
        bs = self.bs
        for i in range(len(buf) // bs):
            self.blocks[b + i] = bytearray(buf[i * bs:(i + 1) * bs])

    def ioctl(self, op, arg):
        if op == 4:
            return self.n
        if op == 5:
            return self.bs


bd = Sparse(64)
vfs.VfsFat.mkfs(bd)
vfs.mount(vfs.VfsFat(bd), '/fat')
with open('/fat/AB.TXT', 'w') as f:  # upper case: an 8.3 entry alone
    f.write('data')
print(os.listdir('/fat'))
vfs.umount('/fat')
for blk in bd.blocks.values():
    i = blk.find(b'AB      TXT')
    if i >= 0:
        blk[i] = 0xff
vfs.mount(vfs.VfsFat(bd), '/fat')
for how in (lambda: os.listdir('/fat'), lambda: list(os.ilistdir('/fat'))):
    try:
        print(how())
    except UnicodeError as e:
        print('UnicodeError', e)
print(os.listdir(b'/fat'))
vfs.umount('/fat')
