# Uncaught TypeError from int + str.
print(1 + 'a')
