# pop from an empty list.
[].pop()
