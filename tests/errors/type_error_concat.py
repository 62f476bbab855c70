# Uncaught TypeError from str + int.
print('a' + 1)
