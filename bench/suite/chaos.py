# A chaos game: points drawn by random affine maps chosen by weight (an
# iterated function system), with classes for points and maps, a seeded
# generator of our own, and a grid of hit counts (the ground of
# pyperformance's chaos benchmark: float-heavy object code).


class Rand:
    def __init__(self, seed):
        self.s = seed

    def next(self):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return self.s / 2147483648.0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e,
                     self.c * p.x + self.d * p.y + self.f)


FERN = [Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07)]


def pick(maps, r):
    acc = 0.0
    for m in maps:
        acc += m.weight
        if r < acc:
            return m
    return maps[-1]


def play(steps, w, h):
    rnd = Rand(7)
    grid = [[0] * w for _ in range(h)]
    p = Point(0.0, 0.0)
    for _ in range(steps):
        p = pick(FERN, rnd.next()).apply(p)
        col = int((p.x + 2.75) / 5.5 * (w - 1))
        row = int((10.0 - p.y) / 10.0 * (h - 1))
        if 0 <= col < w and 0 <= row < h:
            grid[row][col] += 1
    return grid


g = play(200000, 32, 24)
for row in g[::3]:
    print("".join("#" if v > 20 else "." if v else " " for v in row))
print(sum(map(sum, g)))
