# len() of an int.
print(len(5))
