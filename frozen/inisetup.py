# First-time setup of a board (frozen, as the reference's inisetup): on a
# blank flash, make a littlefs filesystem and write the default boot.py.
# A flash that is not blank but does not mount is reported, never
# formatted: the files on it may still be recovered.
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


def setup():
    if not check_bootsec():
        # The reference repeats this message forever; here the REPL
        # follows, where the user can inspect, copy out or format.
        fs_corrupted()
        return None
    print("Performing initial setup")
    vfs.VfsLfs2.mkfs(bdev)
    fs = vfs.VfsLfs2(bdev)
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
    return fs
