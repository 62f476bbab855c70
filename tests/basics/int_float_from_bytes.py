# int() and float() of bytes-like objects parse their text, as CPython does.
print(int(1.5), int(b'12'), int(bytearray(b'7')), int(b'ff', 16), int(memoryview(b' 42 ')), int(b'0x1f', 0))
for bad in [b'1.5', b'', 'x']:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError")
try:
    int([1], 10)
except TypeError as e:
    print(e)
print(float(b'1.5'), float(bytearray(b' -2e3 ')), float(memoryview(b'inf')))
for bad in [b'x', b'', '1.2.3']:
    try:
        float(bad)
    except ValueError as e:
        print(e)
