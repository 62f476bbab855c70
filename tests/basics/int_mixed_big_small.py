# Operations mixing small and big ints, results shrinking back to small.
big = 2 ** 100
print(big - big + 5, (big + 3) - big, big // big, big % 7, 7 % big)
print(big * 0, big * -1, -big // big, big >> 100, (big << 1) >> 101)
print((big + 1) * (big - 1) == big * big - 1, big == 2 ** 100 + 0)
print(hash(big - big + 5) == hash(5), {big - big: 'zero'}[0])
print(5 - big, 5 * big, big & 0xff, (big - 1) & 0xff, -big + big)
