# Power-loss proof of first-time setup (docs/filesystem.md): run under
#   espy --powercut JOBS tests/fs/powercut_setup.py STEPS
# on the blank 1 MB flash of --powercut, this program boots the board as
# _boot does (first boot: inisetup formats littlefs and writes boot.py),
# then writes STEPS user files. The flash is cut at every distinct program
# and erase; after each cut the board boots again (the frozen _boot, over
# a block device that reads the flash as the cut left it and keeps later
# writes in RAM) and checks: the filesystem is mounted at "/" with the
# default boot.py (setup finished on this boot if the cut came inside
# it); every user file closed before the cut reads back, the one being
# written reads its old or new content; a third boot mounts the same
# files without setting up again. Failures print what differs and exit 1.
import errno
import sys
import vfs

vfs.umount("/")  # plain mode's host directories
import flashbdev

flash = flashbdev.bdev


class Reboot:
    # The flash's user area as the cut left it; what a later boot writes
    # stays here (the flash takes no more writes in this process).
    SEC_SIZE = flash.SEC_SIZE

    def __init__(self, blank=False):
        self.start_sec = flash.start_sec
        self.blocks = flash.blocks
        self.data = {}
        self.blank = blank

    def block(self, n):
        if n not in self.data:
            b = bytearray(b"\xff" * self.SEC_SIZE)
            if not self.blank:
                flash.readblocks(n, b)
            self.data[n] = b
        return self.data[n]

    def readblocks(self, n, buf, off=0):
        buf[:] = self.block(n)[off : off + len(buf)]

    def writeblocks(self, n, buf, off=None):
        if off is None:
            self.data[n] = bytearray(b"\xff" * self.SEC_SIZE)
            off = 0
        b = self.block(n)
        for i in range(len(buf)):
            b[off + i] &= buf[i]

    def ioctl(self, op, arg):
        if op == 6:
            self.data[arg] = bytearray(b"\xff" * self.SEC_SIZE)
            return 0
        return flash.ioctl(op, arg)


def boot(dev):
    # One boot: the frozen _boot (and inisetup) run afresh over [dev].
    for name in ("_boot", "inisetup"):
        if name in sys.modules:
            del sys.modules[name]
    try:
        vfs.umount("/")
    except OSError:
        pass
    flashbdev.bdev = dev
    __import__("_boot")


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


# boot.py as setup writes it: a first boot on a blank device in RAM.
boot(Reboot(blank=True))
DEFAULT = read("/boot.py")

STEPS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
files = {}  # user files closed: path -> bytes
pending = None  # (path, accepted contents) of the file being written


def check(when):
    dev = Reboot()
    for n in (2, 3):
        boot(dev)
        got = read("/boot.py")
        if got != DEFAULT:
            return "%s, boot %d: boot.py is %r" % (when, n, got and got[:40])
        for p, want in files.items():
            ok = [want] if pending is None or pending[0] != p else pending[1]
            if read(p) not in ok:
                return "%s, boot %d: %s lost" % (when, n, p)
        if pending is not None and pending[0] not in files:
            if read(pending[0]) not in pending[1]:
                return "%s, boot %d: %s torn" % (when, n, pending[0])
    return None


step = "setup"
try:
    boot(flash)
    for k in range(STEPS):
        step = "user file %d" % k
        p = "/u%d.txt" % (k % 4)
        new = bytes((k * 11 + i) & 0xFF for i in range(100 + k * 150))
        # a new file exists, empty, from its open() on
        pending = (p, [files.get(p), new] + ([b""] if p not in files else []))
        with open(p, "wb") as f:
            f.write(new)
        files[p] = new
        pending = None
except OSError as e:
    if e.errno != errno.EIO:
        raise
    lost = check(step)
    if lost is not None:
        print(lost)
        sys.exit(1)
    sys.exit(0)
