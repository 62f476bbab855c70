# Closures capture variables, not values.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def late():
    x = 1
    def get():
        return x
    x = 2
    return get
print(late()())
def three():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(three()())
