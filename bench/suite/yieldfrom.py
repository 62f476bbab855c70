# Generators delegating with yield from, nested several levels deep, and
# send() into them (the ground of core_yield_from).


def leaf(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total


def middle(n):
    a = yield from leaf(n)
    b = yield from leaf(n // 2)
    return a + b


def top(n):
    total = 0
    for _ in range(4):
        total += yield from middle(n)
    return total


def drive(n):
    g = top(n)
    seen = 0
    v = g.send(None)
    try:
        while True:
            seen += v
            v = g.send(v & 3)
    except StopIteration as e:
        return seen, e.value


print(drive(200000))
