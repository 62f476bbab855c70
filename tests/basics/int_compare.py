# Comparisons between small and big ints.
big = 2 ** 80
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(big > 1, big < 1, -big < 1, big == 2 ** 80, big != big + 1)
print(-big < -big + 1, big * 2 > big, 2 ** 64 == 18446744073709551616)
print(0 == -0, 5 == True, 1 == True, 0 == False)
