# int() of text that is not a number.
print(int('12abc'))
