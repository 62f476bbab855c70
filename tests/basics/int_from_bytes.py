# int.from_bytes over lists and tuples of byte values (bytes objects come later).
print(int.from_bytes([1, 0], 'big'), int.from_bytes([1, 0], 'little'), int.from_bytes([], 'big'))
print(int.from_bytes([255, 255], 'big', signed=True), int.from_bytes([128, 0], 'big', signed=True), int.from_bytes([0, 128], byteorder='little', signed=True))
print(int.from_bytes([1, 2, 3, 4, 5, 6, 7, 8, 9], 'little'), int.from_bytes([255] * 9, 'big', signed=True), int.from_bytes([255] * 9, 'big'))
print(int.from_bytes((7,), 'big'), int.from_bytes([128] + [0] * 20, 'big', signed=True))
print(int.from_bytes([1, 2]), int.from_bytes([1, 2], byteorder='little'))
for args in (([256], 'big'), ([1], 'middle'), ('ab', 'big')):
    try:
        print(int.from_bytes(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
