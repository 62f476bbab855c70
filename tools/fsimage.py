# SPDX-License-Identifier: MIT
# Filesystem images for the board's flash, built, listed and extracted on
# the PC (docs/filesystem.md). Run by espy itself in plain mode (through
# tools/fsimage), so the images are made by espy's own VfsLfs2 and VfsFat
# over a block device on the image file: what the board mounts at boot.
#
#   fsimage build DIR IMAGE [--fs littlefs|fat] [--board NAME] [--part]
#   fsimage ls IMAGE [--board NAME] [--part]
#   fsimage extract IMAGE DIR [--board NAME] [--part]
#
# Without --part, IMAGE is the whole flash of the board (what `espy --flash
# IMAGE` uses): the filesystem starts at esp.flash_user_start() (sector
# 256 on a flash of 2 MB and more; 153 on 1 MB, one sector after 0x98000)
# and ends 20 KB before the end, as frozen/flashbdev.py has it. With
# --part, IMAGE is the filesystem alone (to write at that offset with
# esptool). ls and extract take the layout from the image's size: a
# power of two from 1 MB is a whole flash, any other size (or --part) the
# filesystem alone.
import os
import sys
import vfs

SEC = 4096
MiB = 1024 * 1024
DIR = 0x4000


class Failure(Exception):
    pass


def layout(flash_size):
    """(first sector, sector count) of the filesystem on a flash."""
    if flash_size < MiB or flash_size & (flash_size - 1):
        raise Failure('no filesystem on a %d-byte flash (1 MB and more, '
                      'a power of two)' % flash_size)
    start = 256 if flash_size >= 2 * MiB else 0x98000 // SEC + 1
    return start, (flash_size - 20480) // SEC - start


class ImageBdev:
    """A block device over [count] 4 KB sectors of an image file from
    sector [start]: readblocks/writeblocks with and without an offset,
    ioctl 4 (count), 5 (size), 6 (erase), as flashbdev's."""

    def __init__(self, f, start, count):
        self.f = f
        self.start = start
        self.count = count

    def readblocks(self, n, buf, off=0):
        self.f.seek((self.start + n) * SEC + off)
        self.f.readinto(buf)

    def writeblocks(self, n, buf, off=0):
        self.f.seek((self.start + n) * SEC + off)
        self.f.write(buf)

    def ioctl(self, op, arg):
        if op == 4:
            return self.count
        if op == 5:
            return SEC
        if op == 6:
            self.f.seek((self.start + arg) * SEC)
            self.f.write(b'\xff' * SEC)
            return 0
        return None


def board_size(root, name):
    import json
    try:
        with open(root + '/boards/' + name + '.json') as f:
            return json.load(f)['flash_size']
    except OSError:
        raise Failure('no board profile %s (boards/%s.json)' % (name, name))


def is_dir(path):
    try:
        return os.stat(path)[0] & DIR != 0
    except OSError:
        return False


def fs_path(parent, name):
    return parent + name if parent.endswith('/') else parent + '/' + name


def copy_file(fs, src, dst):
    with open(src, 'rb') as fi, fs.open(dst, 'wb') as fo:
        while True:
            chunk = fi.read(SEC)
            if not chunk:
                break
            fo.write(chunk)


def copy_in(fs, host, inner, counts):
    """Copies the host directory [host] into [inner] of [fs]; an error
    names the host file or directory it came with."""
    try:
        entries = sorted(os.ilistdir(host))
    except OSError as exc:
        raise Failure('%s: %s' % (host, exc))
    for e in entries:
        src = host + '/' + e[0]
        dst = fs_path(inner, e[0])
        try:
            if e[1] == DIR:
                fs.mkdir(dst)
            else:
                copy_file(fs, src, dst)
        except OSError as exc:
            if exc.errno != 28:
                raise Failure('%s: %s' % (src, exc))
            size = '' if e[1] == DIR else ' (%d bytes)' % os.stat(src)[6]
            raise Failure('%s: no space left in the image for it%s'
                          % (src, size))
        if e[1] == DIR:
            counts[1] += 1
            copy_in(fs, src, dst, counts)
        else:
            counts[0] += 1
            counts[2] += os.stat(src)[6]


def open_fs(path, img, start, count):
    """The littlefs or FAT filesystem of the image, mounted (read-only)."""
    bdev = ImageBdev(img, start, count)
    for kind, cls in (('littlefs', vfs.VfsLfs2), ('FAT', vfs.VfsFat)):
        try:
            fs = cls(bdev)
            fs.mount(True, False)
            fs.ilistdir('/')
            return kind, fs
        except OSError:
            pass
    raise Failure('%s: no littlefs or FAT filesystem at offset 0x%x '
                  '(%d sectors of 4096 bytes)' % (path, start * SEC, count))


def walk(fs, inner, out):
    """(path, is_dir, size) of everything under [inner], sorted by path."""
    for e in sorted(fs.ilistdir(inner)):
        p = fs_path(inner, e[0])
        if e[1] == DIR:
            out.append((p, True, 0))
            walk(fs, p, out)
        else:
            out.append((p, False, fs.stat(p)[6]))
    return out


def image_layout(path, part):
    try:
        size = os.stat(path)[6]
    except OSError:
        raise Failure('%s: no such image' % path)
    if size == 0 or size % SEC:
        raise Failure('%s: %d bytes is not a whole number of 4096-byte '
                      'sectors' % (path, size))
    if part or size < MiB or size & (size - 1):
        return 0, size // SEC  # not a whole flash: the filesystem alone
    return layout(size)


def cmd_build(root, src, image, kind, board, part):
    if not is_dir(src):
        raise Failure('%s: no such directory' % src)
    flash = board_size(root, board)
    start, count = layout(flash)
    with open(image, 'wb') as img:
        blank = b'\xff' * SEC
        for _ in range(count if part else flash // SEC):
            img.write(blank)
    try:
        with open(image, 'r+b') as img:
            bdev = ImageBdev(img, 0 if part else start, count)
            cls = vfs.VfsLfs2 if kind == 'littlefs' else vfs.VfsFat
            cls.mkfs(bdev)
            fs = cls(bdev)
            fs.mount(False, False)
            counts = [0, 0, 0]
            copy_in(fs, src, '/', counts)
            fs.umount()
    except BaseException:
        os.remove(image)
        raise
    print('%s: %s, %d files and %d directories (%d bytes) in %d sectors '
          'at 0x%x of a %s flash' % (image, kind, counts[0], counts[1],
                                     counts[2], count, 0 if part else start * SEC,
                                     '%d KB' % (flash // 1024)))


def cmd_ls(image, part):
    start, count = image_layout(image, part)
    with open(image, 'rb') as img:
        kind, fs = open_fs(image, img, start, count)
        for p, d, size in walk(fs, '/', []):
            print('%10s  %s' % ('' if d else size, p + '/' if d else p))
        st = fs.statvfs('/')
        print('%s at 0x%x: %d blocks of %d bytes, %d free'
              % (kind, start * SEC, st[2], st[0], st[3]))


def cmd_extract(image, dst, part):
    start, count = image_layout(image, part)
    with open(image, 'rb') as img:
        kind, fs = open_fs(image, img, start, count)
        if not is_dir(dst):
            os.mkdir(dst)
        n = 0
        for p, d, size in walk(fs, '/', []):
            out = dst + p
            if d:
                if not is_dir(out):
                    os.mkdir(out)
                continue
            with fs.open(p, 'rb') as fi, open(out, 'wb') as fo:
                while True:
                    chunk = fi.read(SEC)
                    if not chunk:
                        break
                    fo.write(chunk)
            n += 1
    print('%s: %d files from %s into %s' % (image, n, kind, dst))


USAGE = '''usage: fsimage build DIR IMAGE [--fs littlefs|fat] [--board NAME] [--part]
       fsimage ls IMAGE [--part]
       fsimage extract IMAGE DIR [--part]'''


def main(argv):
    root = argv[0].rsplit('/', 2)[0] if argv[0].count('/') >= 2 else '.'
    args = []
    opts = {'--fs': 'littlefs', '--board': 'feather_huzzah'}
    part = False
    i = 1
    while i < len(argv):
        a = argv[i]
        if a in opts and i + 1 < len(argv):
            opts[a] = argv[i + 1]
            i += 2
            continue
        if a == '--part':
            part = True
        elif a.startswith('-'):
            raise Failure('unknown option %s\n%s' % (a, USAGE))
        else:
            args.append(a)
        i += 1
    if opts['--fs'] not in ('littlefs', 'fat'):
        raise Failure('--fs is littlefs or fat')
    cmd = args[0] if args else ''
    if cmd == 'build' and len(args) == 3:
        cmd_build(root, args[1], args[2], opts['--fs'], opts['--board'], part)
    elif cmd == 'ls' and len(args) == 2:
        cmd_ls(args[1], part)
    elif cmd == 'extract' and len(args) == 3:
        cmd_extract(args[1], args[2], part)
    else:
        raise Failure(USAGE)


try:
    main(sys.argv)
except Failure as e:
    sys.stderr.write('fsimage: %s\n' % e.args[0])
    sys.exit(1)
except OSError as e:
    sys.stderr.write('fsimage: %s\n' % e)
    sys.exit(1)
