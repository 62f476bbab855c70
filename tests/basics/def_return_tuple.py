# Returning several values packs a tuple.
def divmod2(a, b):
    return a // b, a % b
q, r = divmod2(17, 5)
print(q, r, divmod2(-17, 5))
def nothing():
    return
print(nothing())
