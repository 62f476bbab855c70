# Iterating a list while appending to it sees the new items.
a = [1, 2, 3]
for x in a:
    if x < 5:
        a.append(x + 3)
print(a)
