# Where import looks for a module file, as a filesystem written in Python
# sees it: name (a package directory?), name.py, then name.mpy (opened, its
# header read, refused: ValueError, file closed), then name.epy; a missing
# module is looked for under each name once.
import sys, vfs, io


class File(io.IOBase):
    def __init__(self, data):
        self.data, self.pos = data, 0

    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def ioctl(self, req, arg):
        if req == 4:
            print("close")
        return 0


class FS:
    def __init__(self, files):
        self.files = files

    def mount(self, readonly, mkfs):
        pass

    def umount(self):
        pass

    def stat(self, path):
        print("stat", path)
        if path in self.files:
            return (0x8000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)
        raise OSError(2)

    def open(self, path, mode):
        print("open", path, mode)
        return File(self.files[path])


vfs.mount(FS({"/src.py": b"print('src runs')", "/old.mpy": b"M\x06\x00\x1f",
              "/junk.mpy": b"xy"}), "/fs")
sys.path.insert(0, "/fs")
import src

for name in ("old", "junk"):
    try:
        __import__(name)
    except ValueError as e:
        print("ValueError:", e, name in sys.modules)
try:
    import absent
except ImportError as e:
    print(type(e).__name__, e)
sys.path.pop(0)
vfs.umount("/fs")
