# ZeroDivisionError, OverflowError and TypeError texts of int operators.
big = 10 ** 30
tests = [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: big // 0,
         lambda: big % 0, lambda: divmod(big, 0), lambda: 0 ** -1,
         lambda: 1 << (1 << 70), lambda: 1 + 'a', lambda: 1 < 'a',
         lambda: -big // 0, lambda: True // False, lambda: 7 % False,
         lambda: big ** -big if False else (-big) % 0, lambda: pow(2, 2, 'x')]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(0 << (1 << 70), 5 >> (1 << 70), -5 >> (1 << 70))
