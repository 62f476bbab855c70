# Shifting by a negative count.
print(1 << -1)
