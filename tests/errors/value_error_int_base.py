# int() of a digit not valid in the base.
print(int('12', 2))
