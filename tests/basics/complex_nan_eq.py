# a complex holding a NaN is not equal to itself (no identity shortcut)
nan = float("nan") * 1j
print(nan == nan, nan != nan, nan == 1j, [nan] == [nan], nan in [nan])
x = complex(1, 2)
print(x == x, x != x)
