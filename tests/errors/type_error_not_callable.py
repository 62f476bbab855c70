# Calling an int.
x = 5
x()
