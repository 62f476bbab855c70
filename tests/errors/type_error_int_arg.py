# int() of a list.
print(int([1]))
