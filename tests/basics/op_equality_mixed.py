# == and != between values of different types never raise.
print(1 == 'a', 'a' == 1, [] == (), (1,) == [1], None == 0, {} == [])
print(1 != 'a', [1] != (1,), 0 == False, 1 == 1 + 0, 'a' != 'a')
print(2 ** 65 == 'x', range(3) == [0, 1, 2], {1: 2} == {1: 2})
