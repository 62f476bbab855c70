# Run by tests/fs/boot_flash.sh on a new board (expected output:
# flashbdev.exp, reasoned from the reference's frozen flashbdev.py).
# The board's block device and FlashBdev's calls over the emulated flash.
import flashbdev
from flashbdev import bdev, FlashBdev
print(bdev is flashbdev.bdev, type(bdev).__name__)
print(bdev.start_sec, bdev.blocks, FlashBdev.SEC_SIZE, FlashBdev.RESERVED_SECS)
print(bdev.ioctl(4, 0), bdev.ioctl(5, 0), bdev.ioctl(1, 0))
d = FlashBdev(0x80, 2)  # two sectors in the firmware region, blank
buf = bytearray(8)
d.readblocks(1, buf)
print(buf)
d.writeblocks(1, b'\x12\x34\x56\x78', 4)  # programs, no erase
d.readblocks(1, buf)
print(buf)
d.writeblocks(1, b'abcd', 0)  # programs over: bits only clear
d.readblocks(1, buf)
print(buf)
d.writeblocks(1, b'efgh')  # no offset: erases the sector first
d.readblocks(1, buf, 2)
print(buf)
print(d.ioctl(6, 1))
d.readblocks(1, buf)
print(buf)
d.start_sec = 0x81
d.readblocks(0, buf)
print(d.start_sec, buf)
for bad in (lambda: d.writeblocks(0, b'abc', 0),
            lambda: d.readblocks(-200, buf),
            lambda: d.ioctl(6, 2000),
            lambda: d.readblocks(0, b'xx'),
            lambda: FlashBdev(1),
            lambda: flashbdev.nothing):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
d.start_sec = 'x'
try:
    d.readblocks(0, buf)
except TypeError:
    print('TypeError')
