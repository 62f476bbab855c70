# str/int round trips in every base; hex, oct and bin of big ints.
digits = '0123456789abcdefghijklmnopqrstuvwxyz'
def to_base(n, b):
    s = ''
    m = -n if n < 0 else n
    while True:
        s = digits[m % b] + s
        m //= b
        if m == 0:
            break
    return '-' + s if n < 0 else s
nums = [0, 1, -1, 35, 36, -37, 2 ** 30, 2 ** 64 - 1, -(2 ** 64), 3 ** 60, -(7 ** 40)]
for b in range(2, 37):
    ok = True
    for n in nums:
        s = to_base(n, b)
        if int(s, b) != n or int(s.upper(), b) != n:
            ok = False
    print(b, ok, to_base(3 ** 40, b))
for n in nums + [3 ** 200, -(7 ** 150)]:
    print(hex(n), oct(n), bin(n) if abs(n) < 2 ** 70 else len(bin(n)))
    print(int(hex(n), 16) == n, int(oct(n), 0) == n, int(bin(n), 0) == n)
print(str(10 ** 100), str(-(10 ** 100) + 1))
print(int('1' * 300) % 999999937, len(str(2 ** 10000)))
