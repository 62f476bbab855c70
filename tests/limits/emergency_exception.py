# micropython.alloc_emergency_exception_buf: with the heap locked an
# exception is made in the emergency buffer (its args when they fit, a
# message made by the interpreter dropped); without the buffer the raise
# becomes MemoryError.
import micropython


def raise_locked(fn):
    micropython.heap_lock()
    try:
        fn()
        r = None
    except MemoryError:
        r = "MemoryError"
    except Exception as e:
        r = e
    micropython.heap_unlock()
    if isinstance(r, str):
        print(r)
    else:
        print(type(r).__name__, r.args)


def value_error():
    raise ValueError(1, "x")


def type_error():
    raise 0


def name_error():
    undefined_name


MANY = tuple(range(200))


def many_args():
    raise Exception(*MANY)  # too many args for the buffer: none kept


raise_locked(value_error)  # no buffer yet
micropython.alloc_emergency_exception_buf(256)
raise_locked(value_error)
raise_locked(type_error)
raise_locked(name_error)
raise_locked(many_args)
micropython.alloc_emergency_exception_buf(0)
raise_locked(type_error)
try:
    micropython.alloc_emergency_exception_buf(-1)
except ValueError as e:
    print("ValueError", e)
# outside the lock exceptions are as always
try:
    raise ValueError(1, "x")
except ValueError as e:
    print(e.args)
    e.__traceback__ = None
    print(e.__traceback__)
