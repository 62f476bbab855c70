# A generator's return ends it; its value rides on StopIteration.
def g():
    yield 1
    return 'result'
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('stopped', e.value)
def early(stop):
    for i in range(10):
        if i == stop:
            return
        yield i
print(list(early(3)), list(early(0)))
