# Power-loss proof of a filesystem (docs/filesystem.md): run under
#   espy --powercut JOBS tests/fs/powercut.py lfs|lfs1|fat STEPS SEED
# (lfs1: littlefs v1, VfsLfs1, host builds only)
# the flash forks at every distinct program and erase; the child carries
# the cut (that operation torn, the flash dead after it), this program
# sees an OSError(EIO), and checks what a board would find at its next
# boot: the flash as the cut left it, mounted again through a fresh block
# device whose writes stay in RAM (the dead filesystem objects of before
# the cut can no longer change anything). The workload is a fixed
# pseudo-random sequence of creates, appends, overwrites, renames,
# removes, mkdir/rmdir and os.sync; the model keeps the tree as it must be
# after each call that returned. Checks: the filesystem mounts; the tree
# read back (names, types, every file's bytes) is the model before the call
# in progress or after it (each call is atomic: a file written is its
# old or its new content, a rename is never both names); listings agree
# with the files (sizes from ilistdir = bytes read); free space: at least
# the blocks the tree needs are in use, and after removing everything the
# filesystem is empty again (no block lost). A failed check prints what
# differs and exits 1. The parent (never cut) ends with the flash's
# `powercut: N cut points, F failures` line.
import errno
import esp
import os
import sys
import vfs

BS = 4096
START = 8  # first sector of the test filesystem (the flash is 1 MB)

KIND = sys.argv[1] if len(sys.argv) > 1 else "lfs"
STEPS = int(sys.argv[2]) if len(sys.argv) > 2 else 100
SEED = int(sys.argv[3]) if len(sys.argv) > 3 else 1
LFS = KIND in ("lfs", "lfs1")  # littlefs v2 or v1
NBLOCKS = 48 if LFS else 64


class Flash:
    # Blocks [START, START + n) of the flash, littlefs's and FAT's
    # block-device protocol (writeblocks without an offset erases first).
    def __init__(self, n):
        self.n = n

    def readblocks(self, b, buf, off=0):
        esp.flash_read((START + b) * BS + off, buf)

    def writeblocks(self, b, buf, off=None):
        if off is None:
            esp.flash_erase(START + b)
            off = 0
        esp.flash_write((START + b) * BS + off, buf)

    def ioctl(self, op, arg):
        if op == 4:
            return self.n
        if op == 5:
            return BS
        if op == 6:
            esp.flash_erase(START + arg)
        return 0


class Reboot(Flash):
    # The flash as the cut left it; what is written after the reboot
    # stays here (the flash itself takes no more writes in this process).
    def __init__(self, n):
        self.n = n
        self.blocks = {}

    def block(self, b):
        blk = self.blocks.get(b)
        if blk is None:
            blk = bytearray(BS)
            esp.flash_read((START + b) * BS, blk)
            self.blocks[b] = blk
        return blk

    def readblocks(self, b, buf, off=0):
        blk = self.blocks.get(b)
        if blk is None:
            esp.flash_read((START + b) * BS + off, buf)
        else:
            buf[:] = blk[off : off + len(buf)]

    def writeblocks(self, b, buf, off=None):
        blk = self.block(b)
        if off is None:
            blk[:] = b"\xff" * BS
            off = 0
        for i in range(len(buf)):
            blk[off + i] &= buf[i]

    def ioctl(self, op, arg):
        if op == 6:
            self.block(arg)[:] = b"\xff" * BS
            return 0
        return Flash.ioctl(self, op, arg)


class Blank(Reboot):
    # A blank device in RAM (the free space of a new filesystem).
    def block(self, b):
        if b not in self.blocks:
            self.blocks[b] = bytearray(b"\xff" * BS)
        return self.blocks[b]

    def readblocks(self, b, buf, off=0):
        buf[:] = self.block(b)[off : off + len(buf)]


def fs_class():
    return {"lfs": vfs.VfsLfs2, "fat": vfs.VfsFat}.get(KIND) or vfs.VfsLfs1


def make_fs(dev):
    return fs_class()(dev)


def mkfs(dev):
    fs_class().mkfs(dev)


# --- the workload: a fixed pseudo-random sequence


class Rng:
    def __init__(self, seed):
        self.x = seed * 2654435761 % 4294967296 or 1

    def next(self, n):
        x = self.x
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.x = x
        return x % n


rng = Rng(SEED)
model = {}  # path -> bytes, or None for a directory
before = None  # the model before the call in progress (None: no call)


def data(n, tag):
    # n bytes, different for each write (so old and new contents differ)
    b = bytearray(n)
    v = tag * 31 + n
    for i in range(n):
        b[i] = (v + i * 7) & 0xFF
    return bytes(b)


def atomic(fn, path, value, *more):
    # Call fn: the model is [path] = [value] (and the pairs of [more])
    # after it; a cut inside it leaves the model before or after.
    global before, after
    before = dict(model)
    after = dict(model)
    pairs = (path, value) + more
    for i in range(0, len(pairs), 2):
        if pairs[i + 1] is GONE:
            del after[pairs[i]]
        else:
            after[pairs[i]] = pairs[i + 1]
    fn()
    model.clear()
    model.update(after)
    before = after = None


GONE = "gone"
after = None


def files():
    return [p for p in model if model[p] is not None]


def dirs():
    return ["/"] + [p for p in model if model[p] is None]


def join(d, name):
    return "/" + name if d == "/" else d + "/" + name


def fresh_name(d):
    for _ in range(20):
        p = join(d, "f%d" % rng.next(40))
        if p not in model:
            return p
    return None


def room():
    # Is there room for one more file of 5,000 bytes, and a copy of the
    # largest while it is rewritten? (The workload never fills the disk.)
    if not LFS:
        return sum((len(model[p]) + BS - 1) // BS for p in files()) < NBLOCKS // 2
    most = max([ctz_blocks(len(model[p])) for p in files()] + [0])
    return need_blocks(model) + 2 * most + 8 < NBLOCKS


def write_file(path, mode, chunks, tag):
    # open, write the chunks (a flush after the first when there are
    # several), close; the model follows each call that returned.
    box = []
    if mode == "w" and path not in model:
        atomic(lambda: box.append(open(path, "wb")), path, b"")
    else:
        box.append(open(path, mode + "b"))
    f = box[0]
    new = model[path] if mode == "a" else b""
    for i, n in enumerate(chunks):
        new += data(n, tag + i)
        f.write(data(n, tag + i))
        if i == 0 and len(chunks) > 1:
            atomic(f.flush, path, new)
    atomic(f.close, path, new)


def step(k):
    r = rng.next(100)
    fl = files()
    space = room()
    if r < 25 and space:
        d = dirs()[rng.next(len(dirs()))]
        p = fresh_name(d)
        if p is not None:
            n = [8, 60, 200, 1500, 5000][rng.next(5)]
            write_file(p, "w", [n], k)
    elif r < 40 and fl and space:
        p = fl[rng.next(len(fl))]
        write_file(p, "a", [rng.next(300) + 1, rng.next(900) + 1], k)
    elif r < 52 and fl and space:
        p = fl[rng.next(len(fl))]
        write_file(p, "w", [[16, 100, 700, 3000][rng.next(4)]], k)
    elif r < 64 and fl:
        a = fl[rng.next(len(fl))]
        d = dirs()[rng.next(len(dirs()))]
        b = fresh_name(d) if rng.next(2) else fl[rng.next(len(fl))]
        if b is not None and b != a:
            atomic(lambda: os.rename(a, b), a, GONE, b, model[a])
    elif r < 76 and fl:
        p = fl[rng.next(len(fl))]
        atomic(lambda: os.remove(p), p, GONE)
    elif r < 82:
        # many small (inline) files in one directory: its pair fills and
        # splits (a new pair behind a hard tail), removes empty them
        if "/s" not in model:
            atomic(lambda: os.mkdir("/s"), "/s", None)
        p = "/s/s%d" % rng.next(70)
        if p not in model:
            write_file(p, "w", [120], k)
        elif rng.next(3) == 0:
            atomic(lambda: os.remove(p), p, GONE)
    elif r < 86:
        d = dirs()[rng.next(len(dirs()))]
        if d.count("/") < 3:
            p = join(d, "d%d" % rng.next(6))
            if p not in model:
                atomic(lambda: os.mkdir(p), p, None)
    elif r < 96:
        empty = [
            d
            for d in dirs()
            if d != "/" and not any(p.startswith(d + "/") for p in model)
        ]
        if empty:
            p = empty[rng.next(len(empty))]
            atomic(lambda: os.rmdir(p), p, GONE)
    else:
        os.sync()


# --- the checks after the cut


def read_tree(fs):
    # {path: bytes or None} of the mounted [fs], and the listing's sizes
    tree = {}
    errors = []
    todo = [""]
    while todo:
        d = todo.pop()
        for ent in fs.ilistdir(d or "/"):
            name, typ = ent[0], ent[1]
            p = d + "/" + name
            if typ == 0x4000:
                tree[p] = None
                todo.append(p)
            else:
                f = fs.open(p, "rb")
                b = f.read()
                f.close()
                tree[p] = b
                if len(ent) > 3 and ent[3] != len(b):
                    errors.append("%s: listed %d bytes, read %d" % (p, ent[3], len(b)))
    return tree, errors


def ctz_blocks(n):
    # blocks of a littlefs file of n bytes (inline: none; v1 has no
    # inline files)
    if n <= (0 if KIND == "lfs1" else min(BS // 8, 128)):
        return 0
    i = 0
    cap = 0
    while cap < n:
        cap += BS - (4 * (((i & -i).bit_length()) if i else 0))
        i += 1
    return i


def need_blocks(tree):
    # the least a littlefs tree uses: the root's pair (v1: and the
    # superblock's), one per directory, and each outlined file's skip-list
    n = (4 if KIND == "lfs1" else 2) + 2 * sum(1 for p in tree if tree[p] is None)
    return n + sum(ctz_blocks(len(tree[p])) for p in tree if tree[p] is not None)


def used(fs):
    s = fs.statvfs("/")
    return s[2] - s[3]


def remove_all(fs, tree):
    for p in sorted(tree, key=lambda p: -p.count("/")):
        if tree[p] is None:
            fs.rmdir(p)
        else:
            fs.remove(p)


def describe(tree, want):
    out = []
    for p in sorted(set(tree) | set(want)):
        a, b = tree.get(p, "absent"), want.get(p, "absent")
        if a != b:
            out.append("  %s: found %s, expected %s" % (p, show(a), show(b)))
    return "\n".join(out[:10])


def show(v):
    if v is None:
        return "dir"
    if isinstance(v, bytes):
        return "%d bytes" % len(v)
    return v


def check(when):
    # Reboot and check: None, or (what was lost, details). What: mount
    # (no filesystem), read (an error reading the tree back), listing
    # (sizes listed differ from the bytes read), lost (a name or content
    # that the call in progress does not touch changed), torn (the call in
    # progress left neither its before nor its after), space (blocks lost
    # or the tree needs more than are in use), after (an error writing
    # after the reboot).
    dev = Reboot(NBLOCKS)
    wants = [model] if before is None else [before, after]
    try:
        if model is EMPTY_FS:
            # the cut came during mkfs: no filesystem yet, or an empty one
            try:
                fs = make_fs(dev)
            except OSError:
                mkfs(dev)
                fs = make_fs(dev)
        else:
            fs = make_fs(dev)
    except OSError as e:
        return "mount", "%s: mount failed: %r" % (when, e)
    try:
        tree, errors = read_tree(fs)
    except OSError as e:
        return "read", "%s: reading the tree back: %r" % (when, e)
    if errors:
        return "listing", "%s: %s" % (when, "; ".join(errors))
    if tree not in wants:
        ref = wants[-1]
        touched = [p for p in set(ref) | set(wants[0]) if ref.get(p, 0) != wants[0].get(p, 0)]
        what = "torn"
        for p in set(tree) | set(ref):
            if p not in touched and tree.get(p, 0) != ref.get(p, 0):
                what = "lost"
        return what, "%s: the tree is neither before nor after the call:\n%s" % (when, describe(tree, ref))
    if LFS and used(fs) < need_blocks(tree):
        return "space", "%s: %d blocks in use, the tree needs %d" % (when, used(fs), need_blocks(tree))
    try:
        remove_all(fs, tree)
        f = fs.open("/after", "wb")
        f.write(b"x" * 3000)
        f.close()
        f = fs.open("/after", "rb")
        ok = f.read() == b"x" * 3000
        f.close()
        fs.remove("/after")
    except OSError as e:
        return "after", "%s: writing after the reboot: %r" % (when, e)
    if not ok:
        return "after", "%s: a file written after the reboot reads back wrong" % when
    if free(fs) != FREE0[0]:
        return "space", "%s: %d blocks free after removing everything, %d on a new filesystem" % (when, free(fs), FREE0[0])
    return None


def free(fs):
    return fs.statvfs("/")[3]


FREE0 = [0]
EMPTY_FS = {}


def main():
    global model
    k = -1
    blank = Blank(NBLOCKS)
    mkfs(blank)
    FREE0[0] = free(make_fs(blank))
    try:
        model = EMPTY_FS
        dev = Flash(NBLOCKS)
        mkfs(dev)
        model = {}
        fs = make_fs(dev)
        vfs.umount("/")
        vfs.mount(fs, "/")
        for k in range(STEPS):
            step(k)
        if "-v" in sys.argv:
            st = fs.statvfs("/")
            print("blocks in use %d, the tree needs %d, %d in /s" % (st[2] - st[3], need_blocks(model), sum(1 for p in model if p.startswith("/s/"))))
    except OSError as e:
        if e.errno != errno.EIO:
            raise
        try:
            vfs.umount("/")
        except OSError:
            pass
        lost = check("step %d" % k)
        if lost is not None:
            print("loss: " + lost[0])
            print(lost[1])
            sys.exit(1)
        sys.exit(0)


main()
