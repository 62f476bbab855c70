# Run by tests/fs/boot_flash.sh on a new board (expected output:
# esp_flash.exp, reasoned from the reference's esp module).
# The emulated SPI NOR flash through esp.flash_*: 4 MB, the reference's
# layout, NOR rules (a program only clears bits, an erase sets 0xFF).
import esp
print(hex(esp.flash_id()), esp.flash_size(), hex(esp.flash_user_start()))
A = 0x80000  # in the firmware region, blank on a new virtual board
print(esp.flash_read(A, 8))
esp.flash_write(A, b'\x0f\xf0\x12\x34')
esp.flash_write(A, b'\xf3\xff\xff\x00')
print(esp.flash_read(A, 8))
buf = bytearray(6)
print(esp.flash_read(A, buf), buf)
esp.flash_read(A + 2, memoryview(buf)[1:3])
print(buf)
esp.flash_erase(A // 4096)
print(esp.flash_read(A, 4))
for bad in (lambda: esp.flash_write(A, b'abc'),
            lambda: esp.flash_read(4 * 1024 * 1024 - 2, 4),
            lambda: esp.flash_read(-1, 4),
            lambda: esp.flash_erase(1024),
            lambda: esp.flash_read(A, b'xx'),
            lambda: esp.flash_write(A, 'abcd')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e.args[0])
