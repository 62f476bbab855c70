# Local variables: loads, stores and arithmetic on many locals in a loop
# (the ground of core_locals).


def work(n):
    a = b = c = d = 0
    e = f = g = h = 1
    for i in range(n):
        a = b + 1
        b = c + e
        c = d + f
        d = a + g
        e = f
        f = g
        g = h
        h = e
        a &= 0xFFFF
        b &= 0xFFFF
        c &= 0xFFFF
        d &= 0xFFFF
    return a + b + c + d + e + f + g + h


print(work(1000000))
