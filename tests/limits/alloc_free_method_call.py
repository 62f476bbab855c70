# Calling a method of a built-in object allocates nothing: no bound-method
# object, no argument tuple (counted by the allocator's own counter).
import _espy
def run(s, it):
    n = _espy.alloc_count()
    for i in it:
        s.find('x')
    return _espy.alloc_count() - n
print(run('hello world', iter(range(1000))))
def run_list(a, it):
    n = _espy.alloc_count()
    for i in it:
        a.index(3)
        a.count(2)
    return _espy.alloc_count() - n
print(run_list([1, 2, 3], iter(range(1000))))
