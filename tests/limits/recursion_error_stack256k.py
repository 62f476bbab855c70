# ulimit-s: 256
# Unbounded recursion at the default heap with a 256 KB C stack: a clean
# RecursionError, never a crash; then normal calls work again.
def down(n):
    return down(n + 1)
for i in range(3):
    try:
        down(0)
    except RecursionError:
        print('ok', i)
