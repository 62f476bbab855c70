# random: a fixed seed gives the same sequence on every port and word size
# (espy's own generator, not CPython's Mersenne Twister).
import random
random.seed(1)
print([random.getrandbits(32) for i in range(4)])
print([random.randrange(1000) for i in range(5)])
print(random.getrandbits(70))
random.seed(2**40 + 5)
print(random.random())
l = list(range(8)); random.shuffle(l); print(l)
print(random.choice('abcdefgh'), random.randint(-5, 5), random.uniform(0, 10))
import urandom
print(urandom is random)
