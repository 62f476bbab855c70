# array.pop's index and array.remove's comparisons may call Python code
# that resizes the array: the index is read first, and remove deletes
# only an item that is still there (no read or splice past the end).
from array import array
import gc


class Cut:
    # an index that keeps the first [keep] items of [arr]
    def __init__(self, arr, keep, index):
        self.arr, self.keep, self.index = arr, keep, index

    def __index__(self):
        del self.arr[self.keep:]
        gc.collect()
        return self.index


for keep, index in ((0, 5), (3, 5), (3, 1), (10, -2)):
    a = array('i', range(10))
    try:
        print(a.pop(Cut(a, keep, index)), a)
    except IndexError as e:
        print("IndexError", e)

b = array('i', range(10))


class E:
    def __init__(self, keep):
        self.keep = keep

    def __eq__(self, other):
        if other == 3:
            del b[self.keep:]
            return True
        return False


b.remove(E(0))
print(b)
b = array('i', range(10))
b.remove(E(6))
print(b)
print(E(0) in array('i', [1, 2]), array('i', [5, 6]).index(6))
