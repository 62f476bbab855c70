# A filesystem written in Python mounted with vfs: path lookup across mount
# points, the virtual root, cwd, errors, open() and import through it.
import os, sys, vfs, io

class File(io.IOBase):
    def __init__(self, data):
        self.data, self.pos = data, 0
    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
    def read(self):
        return self.data
    def ioctl(self, req, arg):
        print('ioctl', req, arg)
        return 0

class FS:
    def __init__(self, tag, files):
        self.tag, self.files = tag, files
    def mount(self, readonly, mkfs):
        print(self.tag, 'mount', readonly, mkfs)
    def umount(self):
        print(self.tag, 'umount')
    def ilistdir(self, path):
        print(self.tag, 'ilistdir', path)
        return iter([(n[1:], 0x8000, 0) for n in sorted(self.files)])
    def stat(self, path):
        if path in self.files:
            return (0x8000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)
        raise OSError(2)
    def open(self, path, mode):
        print(self.tag, 'open', path, mode)
        return File(self.files[path])
    def chdir(self, path):
        print(self.tag, 'chdir', path)
    def getcwd(self):
        return '/'
    def mkdir(self, path):
        print(self.tag, 'mkdir', path)
    def remove(self, path):
        print(self.tag, 'remove', path)
    def rename(self, a, b):
        print(self.tag, 'rename', a, b)
    def rmdir(self, path):
        print(self.tag, 'rmdir', path)
    def statvfs(self, path):
        return (self.tag,)

for m in vfs.mount():
    vfs.umount(m[1])
print(vfs.mount(), os.listdir('/'), os.getcwd())
print(os.stat('/'))
for name in ('listdir', 'mkdir', 'remove', 'stat', 'chdir'):
    try:
        getattr(os, name)('/nothing')
    except OSError as e:
        print(name, 'OSError', e.errno)
a = FS('A', {'/m1.py': b'print("in m1", __name__)\n', '/t.txt': b'text'})
vfs.mount(a, '/a', readonly=True)
vfs.mount(FS('B', {}), '/b/c')
print(sorted(os.listdir('/')), os.listdir('/a'), os.listdir(b'/a'))
try:
    vfs.mount(FS('X', {}), '/a')
except OSError as e:
    print('mount again', e.errno)
try:
    os.rename('/a/x', '/b/c/y')
except OSError as e:
    print('rename across', e.errno)
try:
    os.mkdir('/a')
except OSError as e:
    print('mkdir mount point', e.errno)
print(open('/a/t.txt').read())
os.chdir('/a')
print(os.getcwd())
os.mkdir('d'); os.remove('f'); os.rename('f', 'g'); os.rmdir('d')
print(os.stat('/a/t.txt')[6], os.statvfs('/a'))
sys.path.append('/a')
import m1
sys.path.pop()
os.chdir('/')
print(os.getcwd())
vfs.umount(a)
vfs.umount('/b/c')
try:
    vfs.umount('/b/c')
except OSError as e:
    print('umount again', e.errno)
print(vfs.mount())
