# MicroPython's generator.pend_throw(exc): exc is raised at the next
# resume instead of sending; returns the previously pending one; None
# cancels; refused while the generator runs.

def counter():
    i = 0
    while True:
        try:
            yield i
        except KeyError as e:
            print('caught', repr(e))
        i += 1


g = counter()
print(next(g))
print(repr(g.pend_throw(KeyError('a'))))
print(next(g))
print(g.send(None))

print(repr(g.pend_throw(ValueError('b'))))
print(repr(g.pend_throw(KeyError('c'))))
print(repr(g.pend_throw(None)))
print(next(g))

g.pend_throw(ValueError('stop'))
try:
    next(g)
except ValueError as e:
    print('ValueError', e)
try:
    next(g)
except StopIteration:
    print('finished')

# pending on a generator not started yet: raised at its first line
g = counter()
g.pend_throw(KeyError('early'))
try:
    next(g)
except KeyError as e:
    print('KeyError', e)

# a class is instantiated when raised
g = counter()
next(g)
g.pend_throw(KeyError)
print(next(g))


def self_pend():
    me.pend_throw(ValueError())
    yield 1

me = self_pend()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)

# a coroutine has it too
async def co():
    return 1
c = co()
c.pend_throw(OSError('x'))
try:
    c.send(None)
except OSError as e:
    print('OSError', e)
