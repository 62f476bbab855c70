# nonlocal in a class body: the class's assignments and defs go to the
# enclosing function's variable, not to the class
def f():
    x = 1
    def method():
        return "outer"
    class A:
        nonlocal x, method
        x = 2
        def method():
            return "inner"
        y = x + 1
    print(x, A.y, hasattr(A, "x"), hasattr(A, "method"), method())
    class B:
        nonlocal x
        x += 10
        del_me = 1
        del del_me
    print(x, hasattr(B, "del_me"))
f()
def g():
    v = "f"
    class C:
        nonlocal v
        def v(self):
            return 7
    class D:
        w = v
    return v, D.w
print(g()[0].__name__, g()[1].__name__)
