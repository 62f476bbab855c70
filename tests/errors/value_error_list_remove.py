# list.remove of a missing item.
[1, 2].remove(3)
