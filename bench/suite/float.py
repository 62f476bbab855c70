# Objects holding floats: math.sin/cos/sqrt, attribute access, methods and
# a reduction (the ground of pyperformance's float benchmark).
from math import cos, sin, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        n = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= n
        self.y /= n
        self.z /= n

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


# 3000 points at a time: on the 64-bit host an instance with three float
# attributes takes about 190 bytes of espy's 1 MB default heap.
for k in range(48):
    b = run(1000 + 50 * k)
    print(k, "%.9f %.9f %.9f" % (b.x, b.y, b.z))
