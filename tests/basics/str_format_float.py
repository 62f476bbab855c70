print('%f|%.2f|%10.3f|%-10.1f|%+e|%E|%g|%G|%010.2f|% f' % (3.14159, 2.5, -1.0, 0.05, 12345.678, 1e-10, 0.0001, 1e20, -3.5, 1.0))
print('%d %i %u' % (3.7, -2.9, 1e3), '%f' % 3, '%.0f' % 0.5, '%.0f' % 1.5, '%#.0f' % 2.0, '%#g' % 1.0)
print(format(3.14159, '.2f'), format(1234567.891, ',.2f'), format(0.25, '%'), format(0.5, '.1%'), format(12, 'e'), format(3, '.2f'))
print(f'{2.5:>8}|{-0.0:z}|{1e100:g}|{float("inf"):f}|{float("nan"):+}|{1.5:08.3f}|{10:.1%}')
print('{:.3}'.format(3.14159), '{:10.4e}'.format(1234.5), format(1.0), format(1e16), str(1.5), repr(0.1))
for f, a in [('%d', 'x'), ('%x', 1.5), ('%f', 'x'), ('%c', 1.5)]:
    try:
        print(f % a)
    except TypeError as e:
        print(e)
try:
    format(1.5, 'd')
except ValueError as e:
    print(e)
print({1.0: 'a', 1: 'b', 2: 'c'}[2.0], 2.0 in range(5), sorted([3, 1.5, 2, -0.5]), [1, 2.5] == [1.0, 2.5])
print(str([1.5, (2.25,)]), {0.1: 0.2})
