# Sorting sorted and reverse-sorted input: results and number of comparisons.
print(sorted([1, 2, 3]), sorted([3, 2, 1]), sorted([3, 3, 1]), sorted([1]), sorted([]), sorted([2, 1]), sorted([1, 1]))
print(sorted([(1, 'a'), (1, 'b'), (0, 'c')], key=lambda p: p[0], reverse=True))
print(sorted([5, 4, 4, 3], reverse=True), sorted([5, 4, 3], reverse=True), sorted([3, 4, 5], reverse=True))
n = 0
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global n
        n += 1
        return self.v < o.v
a = [C(i) for i in range(100)]
a.sort()
print(n)
n = 0
a.reverse()
a.sort()
print(n, [c.v for c in a][:3])
