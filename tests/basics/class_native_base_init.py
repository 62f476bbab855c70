# A class with a built-in base and a Python base: the Python base's
# __init__ runs whichever order the bases are in (the built-in type has
# none of its own), and the built-in value is still made
class Base:
    def __init__(self, *args):
        print("Base.__init__", args)


class T1(Base, tuple):
    pass


class T2(tuple, Base):
    pass


class L2(list, Base):
    pass


for cls in (T1, T2, L2):
    x = cls([1, 2, 3])
    print(cls.__name__, len(x), x[1])
print(T2() == (), T2([1]) == (1,))
