# Issue 19 (found by make fuzz): sorting an empty list with a key passed a
# null pointer to memcpy (undefined behaviour, caught by UBSan).
a = []
a.sort(key=len)
print(a, sorted([], key=abs), sorted((), reverse=True, key=str))
b = []
b.sort(key=lambda x: x, reverse=True)
print(b)
