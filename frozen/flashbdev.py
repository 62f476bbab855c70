# The block device over the user area of the SPI flash (frozen, as the
# reference's flashbdev): 4 KB sectors from esp.flash_user_start() to
# 20 KB before the end of the flash (the SDK's parameters live there).
# writeblocks without an offset erases the sector first (FAT's calls);
# littlefs erases through ioctl 6 and programs with offsets.
import esp


class FlashBdev:
    SEC_SIZE = 4096
    RESERVED_SECS = 1

    def __init__(self, start_sec, blocks):
        self.start_sec = start_sec
        self.blocks = blocks

    def readblocks(self, n, buf, off=0):
        esp.flash_read((n + self.start_sec) * self.SEC_SIZE + off, buf)

    def writeblocks(self, n, buf, off=None):
        if off is None:
            esp.flash_erase(n + self.start_sec)
            off = 0
        esp.flash_write((n + self.start_sec) * self.SEC_SIZE + off, buf)

    def ioctl(self, op, arg):
        if op == 4:  # the number of blocks
            return self.blocks
        if op == 5:  # the block size
            return self.SEC_SIZE
        if op == 6:  # erase a block
            esp.flash_erase(arg + self.start_sec)
            return 0


size = esp.flash_size()
if size < 1024 * 1024:
    # No filesystem on a flash this small.
    bdev = None
else:
    start_sec = esp.flash_user_start() // FlashBdev.SEC_SIZE
    if start_sec < 256:
        # One sector is kept for native code on a 1 MB flash.
        start_sec += FlashBdev.RESERVED_SECS
    bdev = FlashBdev(start_sec, (size - 20480) // FlashBdev.SEC_SIZE - start_sec)
