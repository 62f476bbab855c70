# Differential cases (generated with a fixed seed) against CPython: str_format_fields_diff
cases = [
    ('\'{}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{:^7}{:^7}{b[0]}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{:^7}{:^7}{b[0]}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{:d}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{:d}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{2}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{2}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{0}{}{1}{1!s:>6}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{0}{}{1}{1!s:>6}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{{z}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{{z}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{:x}{0!z}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{:x}{0!z}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{:^7}{:>{}}{2}{a:*<5}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{:^7}{:>{}}{2}{a:*<5}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{0!r}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{0!r}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'}}{a:*<5}{b[0]}{1!s:>6}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '}}{a:*<5}{b[0]}{1!s:>6}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{a}{1} \'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{a}{1} '.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'x\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: 'x'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{z}{a:*<5}{0}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{z}{a:*<5}{0}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'}{a} {1}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '}{a} {1}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{0!z}{z}x\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{0!z}{z}x'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{:x}{1}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{:x}{1}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{:d}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{:d}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{{{1}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{{{1}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{a} \'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{a} '.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{:>{}}{0!z}x\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{:>{}}{0!z}x'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'xx\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: 'xx'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{:d}{a:*<5}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{:d}{a:*<5}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'{z}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '{z}'.format("p", 7, a="q", b=[3, 4], c=5)),
    ('\'}{b[1]:05}\'.format("p", 7, a="q", b=[3, 4], c=5)', lambda: '}{b[1]:05}'.format("p", 7, a="q", b=[3, 4], c=5)),
]
for text, f in cases:
    try:
        print(text, repr(f()))
    except Exception as e:
        print(text, type(e).__name__, e)
