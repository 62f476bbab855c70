# Argument-count and keyword errors of str, list, dict, tuple and range methods.
for f in [lambda: 'a'.find(), lambda: 'a'.upper(1), lambda: [].append(), lambda: [].append(1, 2), lambda: {}.get(), lambda: 'a'.split(1, 2, 3),
          lambda: ().count(), lambda: [].sort(1), lambda: 'a'.join(), lambda: {}.pop(), lambda: 'a'.replace('a'), lambda: [].insert(1),
          lambda: 'x'.center(), lambda: {}.update(1, 2), lambda: 'a'.startswith(), lambda: range(3).index()]:
    try:
        f()
    except TypeError as e:
        print(e)
for f in [lambda: 'a'.find(1,2,3,4), lambda: 'a'.count(), lambda: 'a'.index(), lambda: 'a'.rsplit(1,2,3), lambda: 'a'.splitlines(1,2), lambda: 'a'.expandtabs(1,2), lambda: 'a'.endswith('a',1,2,3), lambda: 'a'.split(x=1), lambda: [].sort(k=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
