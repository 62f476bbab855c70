# Precompiled modules: import finds name.epy (espy-cross's format) where no
# name.py stands beside it. A corrupt, truncated or wrong-version .epy and
# a MicroPython .mpy raise ValueError, and leave nothing in sys.modules.
import os
import random
import sys
sys.path.insert(0, '_mods')
import imp_epy as m
print(m.__name__, m.__file__)
print(m.MASK, m.BIG, m.HALF, m.Z, m.RAW)
print(m.TUPLE, m.TUPLE[2][3] is ...)
print(m.EMPTY)
print(m.outer(1), m.outer(1, 2, 3, 4, c=5, d=6), list(m.squares(5)))
print(m.Box([1]), type(m.Box(0)).__name__)
try:
    m.fail()
except KeyError as e:
    print('KeyError', e)

good = open('_mods/imp_epy.epy', 'rb').read()
flipped = bytearray(good)
flipped[len(good) // 2] ^= 0x40
cases = [
    ('empty', b''),
    ('magic_only', good[:3]),
    ('truncated_head', good[:40]),
    ('truncated_tail', good[:-1]),
    ('version_2', good[:3] + b'\x02' + good[4:]),
    ('flipped_byte', bytes(flipped)),
    ('trailing_data', good + b'\x00'),
    ('not_epy', b'print("hello")\n'),
    ('mpy_inside', b'M\x06\x00\x1f\x02\x00'),
]
# The bad files go to /tmp under a name of this run (tests run in
# parallel); a failed import leaves nothing behind, so one name serves.
tag = 'imp_bad_%08x' % random.getrandbits(32)
sys.path.insert(0, '/tmp')


def attempt(label, path, data):
    with open(path, 'wb') as f:
        f.write(data)
    try:
        __import__(tag)
        print(label, 'imported')
    except ValueError as e:
        print(label, 'ValueError:', str(e).split(' (')[0], tag in sys.modules)
    try:
        os.remove(path)
    except OSError:
        pass  # the QEMU port cannot remove files


for name, data in cases:
    attempt(name, '/tmp/' + tag + '.epy', data)
attempt('mpy', '/tmp/' + tag + '.mpy', b'M\x06\x00\x1f')
