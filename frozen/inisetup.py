# First-time setup of a board (frozen, as the reference's inisetup): on a
# blank flash, make a littlefs filesystem and write the default boot.py.
# A flash that is not blank but does not mount is reported, never
# formatted: the files on it may still be recovered.
#
# Setup survives a power cut anywhere: the new filesystem is built in RAM
# and written to the flash with the root's metadata block last, into
# sector 1 of the filesystem, so that sector 0 stays blank: until that
# last write the flash holds no filesystem and the next boot sets it up
# again from the start.
import vfs
from flashbdev import bdev


def check_bootsec():
    buf = bytearray(bdev.ioctl(5, 0))  # one sector
    bdev.readblocks(0, buf)
    for b in buf:
        if b != 0xFF:
            return False
    return True


def fs_corrupted():
    print(
        """\
The filesystem starting at sector %d with size %d sectors looks corrupt.
You may want to make a flash snapshot and try to recover it. Otherwise,
format it with vfs.VfsLfs2.mkfs(bdev), or completely erase the flash and
reprogram MicroPython.
"""
        % (bdev.start_sec, bdev.blocks)
    )


class RamBdev:
    # The filesystem being set up: the blocks written so far, in RAM; the
    # others read as erased.
    def __init__(self):
        self.data = {}

    def block(self, n):
        if n not in self.data:
            self.data[n] = bytearray(b"\xff" * bdev.SEC_SIZE)
        return self.data[n]

    def readblocks(self, n, buf, off=0):
        buf[:] = self.block(n)[off : off + len(buf)]

    def writeblocks(self, n, buf, off=0):
        self.block(n)[off : off + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:  # the number of blocks
            return bdev.blocks
        if op == 5:  # the block size
            return bdev.SEC_SIZE
        if op == 6:  # erase a block
            self.data[arg] = bytearray(b"\xff" * bdev.SEC_SIZE)
            return 0


def revision(block):
    # A littlefs metadata block starts with its revision count (32 bits,
    # little-endian).
    return block[0] | block[1] << 8 | block[2] << 16 | block[3] << 24


def write_out(ram):
    # The files' blocks first, then the newer of the root's two blocks
    # (blocks 0 and 1, the superblock's pair) as block 1; block 0 stays
    # blank, which littlefs reads as a pair whose other block is erased.
    for n in sorted(ram.data):
        if n > 1:
            bdev.writeblocks(n, ram.data[n])  # erases the sector first
    root = ram.data[0]
    if (revision(ram.data[1]) - revision(root)) & 0xFFFFFFFF < 0x80000000:
        root = ram.data[1]
    bdev.writeblocks(1, root)


def setup():
    if not check_bootsec():
        # The reference repeats this message forever; here the REPL
        # follows, where the user can inspect, copy out or format.
        fs_corrupted()
        return None
    print("Performing initial setup")
    ram = RamBdev()
    vfs.VfsLfs2.mkfs(ram)
    fs = vfs.VfsLfs2(ram)
    vfs.mount(fs, "/")
    with open("boot.py", "w") as f:
        f.write(
            """\
# This file is executed on every boot (including wake-boot from deepsleep)
#import esp
#esp.osdebug(None)
import os, machine
#os.dupterm(None, 1) # disable REPL on UART(0)
import gc
#import webrepl
#webrepl.start()
gc.collect()
"""
        )
    vfs.umount("/")
    write_out(ram)
    fs = vfs.VfsLfs2(bdev)
    vfs.mount(fs, "/")
    return fs
