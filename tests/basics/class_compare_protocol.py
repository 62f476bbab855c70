# == and != on instances as CPython: __eq__ is called even for the same
# object, != without __ne__ is the negated __eq__ (on either side), a
# subclass's reflected method first only for a proper subclass, and no
# answer at all compares identity; containers still find an object by
# identity first
class A:
    def __eq__(self, other):
        print("A eq")
        return True


class B:
    def __ne__(self, other):
        print("B ne")
        return True


class N:
    def __eq__(self, other):
        print("N eq")
        return NotImplemented


class O:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt")
        return self.v < other.v

    def __gt__(self, other):
        print("gt")
        return self.v > other.v


class P(O):
    def __gt__(self, other):
        print("P gt")
        return self.v > other.v


a, b, n = A(), B(), N()
print(a == a, a != a, a != b, b != a, b == a)
print(n == n, n != n, n == 1)
print(O(1) < O(2), O(1) < P(2))
x = A.__new__(A)
print(x in [x], [x].index(x), [x].count(x))
