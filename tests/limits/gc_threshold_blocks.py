# gc.threshold(n) keeps whole 16-byte blocks, rounded down as MicroPython:
# threshold(1) reads back 0 (collect at every allocation) and -1 is none
import gc

gc.threshold(1)
print(gc.threshold())
l = [[i] for i in range(50)]  # every allocation collects: still correct
print(len(l), l[49])
gc.threshold(40)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
