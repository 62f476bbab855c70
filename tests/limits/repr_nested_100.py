# skip-qemu: 100 levels of C repr need ~10 KB of stack (96 B a level); the chip has 8 KB, and repr_nested_10000_stack8k.py checks the clean RecursionError
# repr of a 100-deep nested list (repr recurses in C with a stack check).
x = []
for i in range(100):
    x = [x]
s = repr(x)
print(len(s), s[:10])
