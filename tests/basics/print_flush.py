# print(flush=True) flushes: the console's stream, or the file's flush()
import sys


class W:
    def __init__(self):
        self.log = []

    def write(self, s):
        self.log.append(('w', s))
        return len(s)

    def flush(self):
        self.log.append(('f',))


w = W()
print('a', 'b', file=w, flush=True)
print('c', file=w)
print('d', file=w, flush=False)
print('e', file=w, flush=1)
print(w.log)


class N:
    def write(self, s):
        return len(s)


try:
    print('x', file=N(), flush=True)
except AttributeError:
    print('AttributeError')
print('f', flush=True)
print(sys.stdout.flush())
