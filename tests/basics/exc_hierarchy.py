# Base classes catch their subclasses.
tests = [
    (lambda: [][1], LookupError),
    (lambda: {}[1], LookupError),
    (lambda: 1 // 0, ArithmeticError),
    (lambda: int('q'), ValueError),
    (lambda: 1 + 'a', TypeError),
    (lambda: undefined_name, NameError),
    (lambda: next(iter([])), StopIteration),
]
for fn, base in tests:
    try:
        fn()
    except base as e:
        print(base, 'caught', type(e))
for cls in (KeyError, IndexError, ZeroDivisionError, RecursionError, ValueError):
    print(cls, isinstance(cls(), Exception), isinstance(cls(), BaseException))
print(isinstance(KeyboardInterrupt(), Exception), isinstance(SystemExit(), Exception))
