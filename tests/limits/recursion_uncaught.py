# ulimit-s: 256
# An uncaught RecursionError ends the program with a traceback, not a crash.
def down(n):
    return down(n + 1)
print('start')
down(0)
