# range: len, indexing, slicing, in, index, count, equality, repr.
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[2], list(r), r.start, r.stop, r.step)
print(r[1:4], r[::-1], r[::2], list(r[::-2]), r[10:], range(10)[-3:], range(0))
print(5 in r, 6 in r, 20 in r, -1 in range(-5, 0), 3 in range(5, 0, -1), 'a' in r)
print(r.index(8), r.count(8), r.count(9), range(5) == range(0, 5), range(0) == range(2, 1))
print(range(1, 10, 2) == range(1, 11, 2), range(3) != range(4), list(range(10, 0, -3)))
print(range(-3), list(range(-3, 3)), range(1, 5, -1), len(range(1, 5, -1)), range(0, 10, 1))
print(list(reversed(range(5))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
big = range(10 ** 6)
print(len(big), big[-1], 999999 in big, big[500000:500003])
for bad in [lambda: range(1, 2, 0), lambda: range(3)[5], lambda: range(3).index(7),
            lambda: range('a'), lambda: range(), lambda: range(1, 2, 3, 4)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
