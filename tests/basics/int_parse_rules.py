# int() of text: whitespace, signs, prefixes, underscores and the errors.
good = ['0', ' 12 ', '\t-7\n', '+0', '1_000', '0x_ff', '0b_1_0', '0o1_7',
        '00', '0_0', '-0x10', '  0X1F  ', '0B1', '0O7']
for s in good:
    print(repr(s), int(s, 0))
print(int('\u00a05\u3000'), int('\u2000-3\u2028'))
print(int('0b1', 16), int('0x1', 34), int('z', 36), int('Z', 36), int('0o17', 8))
bad = [('', 10), (' ', 10), ('1_', 10), ('_1', 10), ('1__0', 10), ('+ 1', 10),
       ('1 2', 10), ('0x', 0), ('0b2', 0), ('07', 0), ('0_7', 0), ('0o17', 16),
       ('12a', 10), ('--1', 10), ('9', 8), ('0x_', 16), ('-', 10), ('1' * 250, 2)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError as e:
        print('ValueError', e)
for b in (1, 37, -1):
    try:
        int('1', b)
    except ValueError as e:
        print('ValueError', e)
for args in ((5, 2), ([1],), (None,)):
    try:
        int(*args)
    except TypeError as e:
        print('TypeError', e)
print(int('12', base=8), int(' -1_2_3 '), int('-1_2_3', 16))
