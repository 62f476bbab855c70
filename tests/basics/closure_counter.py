# nonlocal lets a closure rebind a variable of its enclosing function.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = 'a'
    def set_x():
        nonlocal x
        x = 'b'
    set_x()
    return x
print(outer())
