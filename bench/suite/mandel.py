# The Mandelbrot set on a character grid with complex arithmetic: complex
# multiply/add, abs, and a bounded inner loop per cell.


def cell(c, limit):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return limit


def grid(w, h, limit):
    rows = []
    for y in range(h):
        im = -1.2 + 2.4 * y / (h - 1)
        row = []
        for x in range(w):
            re = -2.1 + 2.8 * x / (w - 1)
            row.append(cell(complex(re, im), limit))
        rows.append(row)
    return rows


g = grid(120, 60, 80)
chars = " .:-=+*#%@"
for row in g[::6]:
    print("".join(chars[min(v, 79) * len(chars) // 80] for v in row))
print(sum(sum(r) for r in g))
