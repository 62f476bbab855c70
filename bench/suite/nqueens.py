# N-queens by brute force over permutations made by a generator: tuples,
# generators, sets and comprehensions (the ground of pyperformance's
# nqueens). Prints the number of solutions for each board size.


def perms(items):
    # Heap's algorithm, iterative, yielding a tuple per arrangement.
    a = list(items)
    n = len(a)
    c = [0] * n
    yield tuple(a)
    i = 0
    while i < n:
        if c[i] < i:
            j = 0 if i % 2 == 0 else c[i]
            a[j], a[i] = a[i], a[j]
            yield tuple(a)
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1


def solutions(n):
    cols = range(n)
    for p in perms(cols):
        if n == len({p[i] + i for i in cols}) == len({p[i] - i for i in cols}):
            yield p


for size in (4, 5, 6, 7, 8, 8, 8):
    print(size, sum(1 for _ in solutions(size)))
