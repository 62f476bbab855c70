# repr() of strings picks the quote like CPython.
print(repr('abc'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr(''), repr(' '), str('x'), repr(repr('a')))
print(['a', "b'c", 'd"e'])
