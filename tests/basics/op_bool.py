# and/or return an operand and short-circuit; not returns a bool.
def t(x):
    print('t', x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, '' or 'd', [] and 1)
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print(not 0, not 1, not '', not [1], not None)
