# random: properties only (CPython's generator differs): determinism for a
# seed, ranges, error messages.
import random
random.seed(42)
a = [random.getrandbits(32) for i in range(5)]
random.seed(42)
b = [random.getrandbits(32) for i in range(5)]
print(a == b)
print(all(0 <= random.randrange(10) < 10 for i in range(1000)))
print(all(5 <= random.randint(5, 7) <= 7 for i in range(1000)))
print(sorted(set(random.randint(5, 7) for i in range(1000))))
print(all(random.randrange(0, 100, 7) % 7 == 0 for i in range(100)))
print(all(0 <= random.random() < 1 for i in range(1000)))
print(all(2 <= random.uniform(2, 3) <= 3 for i in range(1000)))
print(random.choice('abc') in 'abc', random.getrandbits(0), 0 <= random.getrandbits(100) < 2**100)
l = list(range(10)); random.shuffle(l); print(sorted(l) == list(range(10)))
for e in ['random.randrange(0)','random.randrange(5,5)','random.randrange(1,10,0)','random.randint(5,1)','random.choice([])','random.getrandbits(-1)','random.randrange(1.5)','random.randrange(0,10,-1)']:
  try: print(repr(eval(e)))
  except Exception as x: print(e, type(x).__name__, x)
