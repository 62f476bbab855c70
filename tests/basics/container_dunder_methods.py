# The special-name methods of built-in containers called directly.
print([1,2].__getitem__(1), [1,2].__len__(), [1].__contains__(1), list([5].__iter__()), 'ab'.__getitem__(0), {'a':1}.__getitem__('a'), (1,2).__len__(), range(3).__contains__(2))
l=[1,2]
l.__setitem__(0, 9); l.__delitem__(1)
print(l)
try:
    {}.__getitem__('z')
except KeyError as e: print(repr(e))
