# str comparison is lexicographic by code point.
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'B' < 'a')
print('abc' == 'abc', 'abc' != 'abd', 'a' * 3 == 'aaa', 'x' >= 'x')
words = ['pear', 'apple', 'fig', 'Banana', 'apple2']
print(sorted(words), max(words), min(words))
