# Digits of pi by Gibbons' unbounded spigot: big-integer multiplication,
# addition and floor division on numbers of a few thousand bits.


def pi_digits(count):
    q, r, t, k, n, m = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, m = (q * k, (2 * q + r) * m, t * m, k + 1,
                                (q * (7 * k + 2) + r * m) // (t * m), m + 2)
    return out


d = pi_digits(1500)
print("".join(str(x) for x in d[:50]))
print(sum(d), len(d))
