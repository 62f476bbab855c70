# Slice assignment to a bytearray from an iterable whose iteration resizes
# the bytearray: the values are collected first and the slice measured
# after (as CPython), never spliced or stepped past the new end.
import gc


def emptying(ba, n=3):
    for i in range(n):
        if i == 1:
            del ba[:]
            gc.collect()
        yield 65 + i


def growing(ba, n=3):
    for i in range(n):
        if i == 1:
            ba.extend(b"z" * 100)
        yield 65 + i


for make in (emptying, growing):
    for sl in (slice(6, 9), slice(0, 9, 3), slice(2, 2), slice(-3, None),
               slice(None, None, -4)):
        ba = bytearray(range(48, 58))
        try:
            ba[sl] = make(ba)
            print(make.__name__, sl, len(ba), ba[:12])
        except ValueError as e:
            print(make.__name__, sl, "ValueError", e, len(ba))
