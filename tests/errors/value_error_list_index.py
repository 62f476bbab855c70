# list.index of a missing item.
[1, 2].index(3)
