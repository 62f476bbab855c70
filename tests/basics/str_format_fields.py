# str.format fields: numbering, names, attributes, indexing, conversions.
print('{0}{1}{0}'.format('a', 'b'), '{}{}'.format(1, 2), '{x}{y}'.format(x=1, y=2))
print('{0[1]} {0[0]}'.format(['a', 'b']), '{d[k]} {d[1]}'.format(d={'k': 'v', 1: 'one'}))
print('{0!s} {0!r} {0!a}'.format('hé'), '{!r:>6}'.format('x'))
print('{{literal}} {{{}}}'.format(5), '}}{{'.format())
print('{:>3}{:<3}|'.format(1, 2), 'x{}y'.format(''), '{}'.format([1, (2,)]))
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]
p = P()
print('{0.x} {0.items[1]} {p.x}'.format(p, p=p))
for fmt, args, kw in [('{0} {}', (1, 2), {}), ('{} {0}', (1, 2), {}), ('{} {}', (1,), {}),
                      ('{', (), {}), ('}', (), {}), ('{0', (1,), {}), ('{a}', (), {}),
                      ('{0!x}', (1,), {}), ('{5}', (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError) as e:
        print(fmt, type(e).__name__, e)
