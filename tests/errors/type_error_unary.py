# Uncaught TypeError from unary minus on a str.
print(-'a')
