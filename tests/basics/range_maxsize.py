# range lengths up to sys.maxsize: len() gives them, one more raises
from sys import maxsize
r = range(0, maxsize - 1)
print(len(r) == maxsize - 1, r.stop == maxsize - 1)
r = range(maxsize, 0, -1)
print(len(r) == maxsize, r[0] == maxsize, r[1] == maxsize - 1)
it = iter(r)
print(next(it) == maxsize, next(it) == maxsize - 1)
r = range(-maxsize + 1, -1)
print(r[0] == -maxsize + 1, r[-1] == -2, len(r) == maxsize - 2)
print(bool(range(-maxsize, maxsize)), len(range(maxsize // 2)) == maxsize // 2)
for big in (range(-maxsize - 1, maxsize), range(maxsize + 1), range(0, 2 * maxsize, 1)):
    try:
        len(big)
    except OverflowError as e:
        print("OverflowError", e)
print(range(maxsize)[-1] == maxsize - 1)
