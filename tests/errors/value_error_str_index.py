# str.index of a missing substring.
'abc'.index('z')
