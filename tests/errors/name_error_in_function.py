# Uncaught NameError raised two calls deep.
def inner():
    return missing + 1
def outer():
    return inner()
outer()
