# With the heap locked, method calls on built-in objects and small-int
# arithmetic still run; an allocation raises MemoryError.
import micropython
def find_loop(s, it):
    n = 0
    micropython.heap_lock()
    for i in it:
        n += s.find('w')
    micropython.heap_unlock()
    return n
def try_alloc():
    r = 'no error'
    micropython.heap_lock()
    try:
        x = [1, 2, 3]
    except MemoryError:
        r = 'MemoryError'
    micropython.heap_unlock()
    return r
print(find_loop('hello world', iter(range(100))))
print(try_alloc())
