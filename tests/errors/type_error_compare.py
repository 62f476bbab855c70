# Uncaught TypeError from ordering int and str.
print(1 < 'a')
