# A small ray tracer: vectors as classes with operator methods, spheres
# and a plane, Lambert shading with shadows, one ray per pixel (the ground
# of misc_raytrace: float arithmetic, method calls, object allocation).
from math import sqrt


class V:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def unit(self):
        return self.scale(1.0 / sqrt(self.dot(self)))


class Sphere:
    def __init__(self, centre, radius, shade):
        self.c = centre
        self.r2 = radius * radius
        self.shade = shade

    def hit(self, origin, d):
        oc = origin - self.c
        b = oc.dot(d)
        disc = b * b - oc.dot(oc) + self.r2
        if disc < 0:
            return None
        t = -b - sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.c).unit()


class Plane:
    def __init__(self, y, shade):
        self.y = y
        self.shade = shade

    def hit(self, origin, d):
        if abs(d.y) < 1e-9:
            return None
        t = (self.y - origin.y) / d.y
        return t if t > 1e-6 else None

    def normal(self, p):
        return V(0.0, 1.0, 0.0)


SCENE = [Sphere(V(0.0, 1.0, 5.0), 1.0, 0.9), Sphere(V(-1.8, 0.6, 6.0), 0.6, 0.7),
         Sphere(V(1.6, 0.5, 4.2), 0.5, 0.8), Plane(0.0, 0.5)]
LIGHT = V(-3.0, 6.0, 0.0)


def nearest(origin, d):
    best, what = None, None
    for obj in SCENE:
        t = obj.hit(origin, d)
        if t is not None and (best is None or t < best):
            best, what = t, obj
    return best, what


def trace(origin, d):
    t, obj = nearest(origin, d)
    if obj is None:
        return 0.0
    p = origin + d.scale(t)
    n = obj.normal(p)
    to_light = (LIGHT - p).unit()
    lambert = n.dot(to_light)
    if lambert <= 0:
        return 0.05
    ts, _ = nearest(p, to_light)
    if ts is not None:
        return 0.05
    return 0.05 + obj.shade * lambert


def render(w, h):
    eye = V(0.0, 1.0, 0.0)
    rows = []
    for j in range(h):
        row = []
        for i in range(w):
            d = V((i - w / 2) / h, (h / 2 - j) / h, 1.0).unit()
            row.append(trace(eye, d))
        rows.append(row)
    return rows


img = render(128, 80)
ramp = " .:-=+*#%@"
for row in img[::8]:
    print("".join(ramp[min(9, int(v * 10))] for v in row))
print("%.6f" % sum(sum(r) for r in img))
