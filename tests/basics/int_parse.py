# int() of strings and numbers: bases, signs, spaces, underscores.
print(int('123'), int('-123'), int('+7'), int('  42  '), int('0'))
print(int('ff', 16), int('FF', 16), int('0x1f', 16), int('0x1f', 0))
print(int('777', 8), int('0o17', 0), int('101', 2), int('0b101', 0))
print(int('z', 36), int('1_000_000'), int('12345678901234567890123'))
print(int(-5), int(True), int(False), int())
print(int('-0'), int('000'), int('-ff', 16))
