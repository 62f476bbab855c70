# skip-qemu: VfsLfs1 is host-only (ES_CFG_VFS_LFS1), as MicroPython has it on its unix port and not on its ESP8266 port
# skip-stress: a full collection before each allocation over the 1 MB heap takes over two minutes; every other host build runs it
# args: -X heapsize=1m
# (host-only, so the heap of the unix port rather than the chip's: its RAM
# block devices and their copies do not fit the 64k runs)
# VfsLfs1 against a model: a pseudo-random sequence of file writes,
# appends, writes in the middle, removes, renames between directories,
# mkdir and rmdir on a small device (so that it fills, and allocation
# wraps round many times), every file read back and compared after each
# step and after remounts. A write cut short by a full device keeps what
# it wrote (the model takes it), and the largest file then goes.
import random, vfs


class RAM:
    def __init__(self, n, bs):
        self.bs = bs
        self.data = bytearray(b'\xff' * (n * bs))

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
        if op == 6:
            self.data[arg * self.bs:(arg + 1) * self.bs] = b'\xff' * self.bs
            return 0


def content(fs, p):
    try:
        with fs.open(p, 'rb') as f:
            return f.read()
    except OSError as e:
        return 'OSError %d' % e.errno


def differs(fs, model):
    for p in sorted(model):
        got = content(fs, p)
        if got != model[p]:
            return '%s: %d bytes expected, %s' % (p, len(model[p]),
                got if isinstance(got, str) else '%d read' % len(got))
    return None


def op(fs, model, dirs):
    # one random change; returns the file it wrote, if any
    r = random.random()
    files = sorted(model)
    if r < 0.35 or not files:
        p = random.choice(dirs) + '/f%d' % random.getrandbits(5)
        if p in dirs:
            return None
        n = random.choice([0, 10, 100, 700, 3000, 5000, 9000])
        d = bytes([random.getrandbits(8)]) * n
        model[p] = d
        with fs.open(p, 'wb') as f:
            f.write(d)
        return p
    p = random.choice(files)
    if r < 0.5:
        d = bytes([random.getrandbits(8)]) * random.choice([1, 50, 900])
        model[p] += d
        with fs.open(p, 'ab') as f:
            f.write(d)
        return p
    if r < 0.6 and model[p]:
        m = model[p]
        pos = random.getrandbits(16) % len(m)
        model[p] = m[:pos] + b'XYZ' + m[pos + 3:]
        with fs.open(p, 'r+b') as f:
            f.seek(pos)
            f.write(b'XYZ')
        return p
    if r < 0.75:
        fs.remove(p)
        del model[p]
    elif r < 0.85:
        q = random.choice(dirs) + '/r%d' % random.getrandbits(5)
        if q not in dirs:
            fs.rename(p, q)
            model[q] = model.pop(p)
    elif r < 0.92 and len(dirs) < 6:
        q = random.choice(dirs) + '/d%d' % random.getrandbits(3)
        if q not in dirs and q not in model:
            fs.mkdir(q)
            dirs.append(q)
    elif len(dirs) > 1:
        q = random.choice(dirs[1:])
        if not [x for x in list(model) + dirs if x.startswith(q + '/')]:
            fs.rmdir(q)
            dirs.remove(q)
    return None


def run(nblocks, bs, seed, steps):
    random.seed(seed)
    bd = RAM(nblocks, bs)
    vfs.VfsLfs1.mkfs(bd)
    fs = vfs.VfsLfs1(bd)
    model = {}
    dirs = ['']
    full = 0
    for step in range(steps):
        try:
            op(fs, model, dirs)
        except OSError as e:
            if e.errno != 28:
                return 'step %d: OSError %d' % (step, e.errno)
            full += 1
            for p in list(model):  # a cut-short write keeps what it wrote
                got = content(fs, p)
                model[p] = got if not isinstance(got, str) else model[p]
            big = max(model, key=lambda p: len(model[p]))
            fs.remove(big)
            del model[big]
        if step % 100 == 99:
            fs = vfs.VfsLfs1(bd)
        bad = differs(fs, model)
        if bad:
            return 'step %d: %s' % (step, bad)
    return 'ok' if full > 0 else 'never full'


print(run(48, 4096, 1, 600))
print(run(160, 512, 6, 600))  # seed 6: a mkdir when allocation wraps
