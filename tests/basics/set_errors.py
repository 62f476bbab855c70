# set errors: KeyError, unhashable items, bad operands and arguments.
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: {1}.remove(5))
check(lambda: set().pop())
check(lambda: {[1]})
check(lambda: {1}.add({}))
check(lambda: [] in {1})
check(lambda: {1}.discard([]))
check(lambda: set([[1]]))
check(lambda: {1} | [2])
check(lambda: {1} & (2,))
check(lambda: {1} - 1)
check(lambda: {1} ^ 'a')
check(lambda: {1} < [2])
check(lambda: {1} >= 1)
check(lambda: {1} + {2})
check(lambda: hash({1}))
check(lambda: hash(frozenset({(1, [2])})))
check(lambda: set(1, 2))
check(lambda: set(x=1))
check(lambda: frozenset(1, 2))
check(lambda: set(5))
check(lambda: {1}.update(1))
check(lambda: {1}.union(5))
check(lambda: {1}.issubset(3))
check(lambda: frozenset().add(1))
check(lambda: {frozenset(): 1}[{2}])
def mutate():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
check(mutate)
def shrink():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
check(shrink)
s = {1}
try:
    s |= [2]
except TypeError as e:
    print(e, s)
# methods called through the class check their self
print(set.union({1}, {2}), frozenset.union(frozenset({1}), [3]))
check(lambda: set.add([], 1))
check(lambda: set.add(frozenset(), 1))
check(lambda: set.pop(5))
check(lambda: set.update((1,), [2]))
