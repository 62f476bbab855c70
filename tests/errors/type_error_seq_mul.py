# Multiplying a sequence by a str.
print([1] * 'a')
