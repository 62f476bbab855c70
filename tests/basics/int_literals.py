# Integer literals: hex, octal, binary, underscores, big.
print(0x10, 0XfF, 0o17, 0O7, 0b101, 0B11)
print(1_000, 0x_ff, 0b_1_0, 0o_7_7)
print(123456789012345678901234567890)
print(0xffffffffffffffffffffffff)
print(000, 0)
