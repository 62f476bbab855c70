# object.__new__ makes bare instances of classes laid out as object only
print(int.__new__(int, 5), str.__new__(str, "a"), object.__new__(object) is not None)
class A(int): pass
print(int.__new__(A, 3))
try:
  object.__new__(int)
except TypeError as e: print(e)
try:
    object.__new__(A)
except TypeError as e: print(e)
try:
    object.__new__(1)
except TypeError as e: print("TypeError")
class B:
    def __init__(self): self.x = 1
b = object.__new__(B)
print(hasattr(b, "x"), isinstance(b, B))
class E(Exception): pass
try:
    object.__new__(E)
except TypeError as e: print(e)
