# sys.stdin.read([n]) as CPython's text stream: at the end of input (the
# runner gives none) every read gives ''
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.read(5)), repr(sys.stdin.read(0)))
print(repr(sys.stdin.read(-1)), repr(sys.stdin.read(None)), repr(sys.stdin.readline()))
try:
    sys.stdin.read("x")
except TypeError:
    print("TypeError")
