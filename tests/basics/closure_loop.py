# Closures created in a loop share the loop variable; defaults freeze it.
fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print([f() for f in fs])
gs = []
for i in range(3):
    gs.append(lambda i=i: i * 10)
print([g() for g in gs])
