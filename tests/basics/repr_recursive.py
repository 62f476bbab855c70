# Containers that contain themselves print "[...]" / "{...}"; an exception
# raised inside a nested repr leaves no container marked as being printed.
a = [1]
a.append(a)
print(a, repr(a))
d = {}
d[1] = d
d[2] = [d]
print(d)
t = ([],)
t[0].append(t)
print(t)
class Bad:
    def __repr__(self):
        raise ValueError("no")
b = Bad()
x = [[b], {1: (b,)}]
for i in range(3):
    try:
        print(x)
    except ValueError as e:
        print("ValueError", e)
x[0].pop()
x[1][1] = ()
print(x, [x[0]], (1,), {1: (2, [3])}, {frozenset({1})})
print(str(["a", 'b"', b"c", 1.5, None]))
