# Radix-2 fast Fourier transform in place over lists of floats (real and
# imaginary parts apart), forward then inverse: float arithmetic, list
# indexing, math.cos/sin and bit-reversal loops.
from math import cos, pi, sin


def fft(re, im, inverse):
    n = len(re)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]
    size = 2
    sign = 1.0 if inverse else -1.0
    while size <= n:
        ang = sign * 2 * pi / size
        wr, wi = cos(ang), sin(ang)
        half = size // 2
        for start in range(0, n, size):
            cr, ci = 1.0, 0.0
            for k in range(start, start + half):
                m = k + half
                tr = re[m] * cr - im[m] * ci
                ti = re[m] * ci + im[m] * cr
                re[m] = re[k] - tr
                im[m] = im[k] - ti
                re[k] += tr
                im[k] += ti
                cr, ci = cr * wr - ci * wi, cr * wi + ci * wr
        size *= 2
    if inverse:
        for i in range(n):
            re[i] /= n
            im[i] /= n


n = 2048
for rnd in range(12):
    re = [((i * 37 + rnd) % 101) / 50.0 - 1.0 for i in range(n)]
    im = [0.0] * n
    orig = re[:]
    fft(re, im, False)
    peak = max(range(n), key=lambda i: re[i] * re[i] + im[i] * im[i])
    fft(re, im, True)
    err = max(abs(a - b) for a, b in zip(re, orig))
    print(rnd, peak, err < 1e-9)
