# int() accepts Unicode spaces around the digits, as CPython's str.isspace.
for s in ['\x855', '5\u2028', '\u20075', '\u200b5', '\ufeff5', '\u30005\u3000', '\u180e5', '\u205f5\u202f']:
    try:
        print([hex(ord(c)) for c in s], int(s))
    except ValueError as e:
        print([hex(ord(c)) for c in s], 'ValueError')
