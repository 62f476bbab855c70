# abs() of ints, big ints and bools.
print(abs(5), abs(-5), abs(0), abs(-2 ** 100), abs(2 ** 100), abs(True))
print(abs(-1073741824), abs(-4611686018427387904), abs(-9223372036854775808))
