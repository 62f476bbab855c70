# Floor division and modulo: the sign table for small, word-edge and big
# operands, and divmod.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2 ** 30, -2 ** 30, 2 ** 31 - 1,
        -2 ** 31, 2 ** 62, -2 ** 62 - 1, 2 ** 63, -2 ** 63, 10 ** 20 + 3,
        -10 ** 20 - 3, 3 ** 100, -(3 ** 100), 2 ** 128 + 1]
for a in vals:
    row = []
    for b in vals:
        if b == 0:
            continue
        q, r = divmod(a, b)
        if q * b + r != a or q != a // b or r != a % b:
            print('bad', a, b)
        row.append(r)
    print(a, sum(row) % 1000003, row[:6])
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(-(10 ** 30), 7))
print(-(2 ** 62) // -1, (-2 ** 63) // -1, (-2 ** 30) // -1)
print((10 ** 40 + 1) // (10 ** 20), (10 ** 40 + 1) % -(10 ** 20), -(10 ** 40) // 10 ** 40)
