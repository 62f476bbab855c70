# A FAT image whose 8.3 name holds a byte that is not UTF-8 (a code-page
# name from another system, or damage): listing it by str path raises
# UnicodeError instead of making a str that is not UTF-8 (indexing such a
# str read past the ASCII table); by bytes path the names come back as
# bytes.
import os, vfs


class RAM:
    def __init__(self, n, bs=512):
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


bd = RAM(64)
vfs.VfsFat.mkfs(bd)
vfs.mount(vfs.VfsFat(bd), '/fat')
with open('/fat/AB.TXT', 'w') as f:  # upper case: an 8.3 entry alone
    f.write('data')
print(os.listdir('/fat'))
vfs.umount('/fat')
i = bd.data.find(b'AB      TXT')
bd.data[i] = 0xff
vfs.mount(vfs.VfsFat(bd), '/fat')
for how in (lambda: os.listdir('/fat'), lambda: list(os.ilistdir('/fat'))):
    try:
        print(how())
    except UnicodeError as e:
        print('UnicodeError', e)
print(os.listdir(b'/fat'))
vfs.umount('/fat')
