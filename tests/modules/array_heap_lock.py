# A for loop over an array.array of small ints allocates nothing (the loop
# keeps the array and an index on the value stack), so it runs with the
# heap locked, as MicroPython's heapalloc_iter test does.
import array
import micropython
ar = array.array('H', (123, 456))
sb = array.array('b', [-1, 0, 1])
total = 0
micropython.heap_lock()
for x in ar:
    total += x
for x in sb:
    total += x
micropython.heap_unlock()
print(total)
