# Truth values of the built-in types.
for v in (0, 1, -1, 2 ** 70, '', 'a', [], [0], (), (0,), {}, {1: 2},
          None, True, False, range(0), range(3)):
    if v:
        print(repr(v), 'true')
    else:
        print(repr(v), 'false')
print(bool([]), bool(''), bool(None), bool(range(1)))
