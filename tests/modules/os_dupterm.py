# os.dupterm as the ESP8266 port's: two slots; what is printed is copied
# to each stream in a slot; a stream's input reaches the console only
# through os.dupterm_notify(); a stream that fails or ends is taken out
# with the reference's message. In plain mode slot 1 starts empty (UART0
# is there in board mode: tests/console/console_test.py).
import io
import os
import sys


class Cap(io.IOBase):
    def __init__(self, data=b''):
        self.out = bytearray()
        self.data = bytearray(data)

    def write(self, b):
        self.out += b
        return len(b)

    def readinto(self, b):
        if not self.data:
            return None
        b[0] = self.data[0]
        self.data = self.data[1:]
        return 1


c = Cap()
print(os.dupterm(c))
print('to both')
print(os.dupterm(None) is c)
print(bytes(c.out))
print(os.dupterm(None, 1), os.dupterm(None))

# bad slots and objects
for args in ((c, 2), (c, -1)):
    try:
        os.dupterm(*args)
    except ValueError as e:
        print('ValueError', e)
for obj in (object(), 42, 'str'):
    try:
        os.dupterm(obj)
    except OSError as e:
        print('OSError', e)

# both slots get the output
a, b = Cap(), Cap()
os.dupterm(a, 0)
os.dupterm(b, 1)
print('two')
os.dupterm(None, 0)
os.dupterm(None, 1)
print(bytes(a.out), bytes(b.out))

# input: only through dupterm_notify
c = Cap(b'abc\nd')
os.dupterm(c, 1)
print(len(c.data))
os.dupterm_notify(None)
print(len(c.data), repr(sys.stdin.readline()))
print(sys.stdin.buffer.read(1))
os.dupterm(None, 1)

# the interrupt character: a KeyboardInterrupt, the rest left unread
c = Cap(b'x\x03y')
os.dupterm(c, 1)
try:
    os.dupterm_notify(None)
    for i in range(10):
        pass
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(sys.stdin.buffer.read(1), bytes(c.data))
os.dupterm(None, 1)
# the queue used up, input is stdin's again (at its end here)
print(sys.stdin.buffer.read(1), sys.stdin.buffer.read(1))


# the end of a stream (read() returning b''): taken out
class Ended(io.IOBase):
    def write(self, b):
        return len(b)

    def read(self, n):
        return b''


os.dupterm(Ended(), 1)
os.dupterm_notify(None)
print(os.dupterm(None, 1))

# a write() that fails: taken out, with its exception
bad = Cap()
bad.write = {}.pop
os.dupterm(bad)
print('after')
print(os.dupterm(None))


# a write() that prints does not go round in circles
class Echo(io.IOBase):
    def __init__(self):
        self.n = 0

    def write(self, b):
        self.n += 1
        print('echo', len(b))
        return len(b)

    def readinto(self, b):
        return None


e = Echo()
os.dupterm(e)
print('hello')
os.dupterm(None)
print(e.n)
