# The format-spec mini-language for ints and strs.
for spec in ['', 'd', '5', '<5', '^5', '>5', '=5', '+', ' ', '05', '+05', 'x', '#x',
             'X', '#X', 'o', '#o', 'b', '#b', ',', '_', '_x', '_b', '08,', '010_',
             '*^9', '#010b', '-', '-5', 'n', '=+8', ' 6']:
    print(repr(spec), repr(format(1234, spec)), repr(format(-56, spec)), repr(format(0, spec)))
for spec in ['', 's', '5', '<5', '>5', '^5', '.2', '5.1', '*^8', '-^7.3']:
    print(repr(spec), repr(format('héllo', spec)), repr(format('', spec)))
print(format(True), format(False, ''), format(True, 'd'), format(True, '>5'))
print(format(65, 'c'), format(233, 'c'), format(None), format([1, 2]))
print(f'{12:>6}|{"ab":*<4}|{255:#x}|{3!r}|{"q"!r:>5}')
w = 7
print(f'{42:{w}}|{"x":^{w}}|{1234567:,}')
print('{0:>{1}}|{2:{3}{4}}'.format('a', 4, 5, '+', 3))
print('{:{}}'.format('ab', 5) + '|')
for bad in ['abc', 'd.', '.3d', ',x', '=s', '+s', 'z', '10.3d']:
    for v in [5, 'x']:
        try:
            format(v, bad)
        except (ValueError, TypeError) as e:
            print(bad, type(e).__name__, e)
try:
    format([], 'x')
except TypeError as e:
    print(e)
