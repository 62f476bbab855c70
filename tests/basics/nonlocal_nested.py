# nonlocal through several levels; a cell shared by two closures.
def outer():
    v = 0
    def a():
        def b():
            nonlocal v
            v += 10
        b()
        return v
    def read():
        return v
    return a, read
a, read = outer()
print(a(), a(), read())
