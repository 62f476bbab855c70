# args: -X heapsize=38k
# An uncaught MemoryError ends the program with status 1 and a traceback.
print('start')
x = [0] * 1000000
print('never')
