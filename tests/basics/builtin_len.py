# len() of every sized type.
print(len(''), len('abc'), len([]), len([1, 2]), len(()), len((1,)))
print(len({}), len({1: 2, 3: 4}), len(range(10)), len(range(5, 0, -2)))
print(len('é€'), len([[1, 2, 3]]), len(list(range(1000))))
