# ulimit-s: 256
# Deeply nested brackets compile within the C stack limit.
x = ((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))
print(x)
y = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[2]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
n = 0
while isinstance(y, list):
    y = y[0]
    n += 1
print(n, y)
z = 1 + (2 + (3 + (4 + (5 + (6 + (7 + (8 + (9 + (10 + (11 + (12 + (13 + (14 + (15 + (16 + (17 + (18 + (19 + (20 + (21 + (22 + (23 + (24 + (25 + (26 + (27 + (28 + (29 + (30 + (31 + (32 + (33 + (34 + (35 + (36 + (37 + (38 + (39 + (40)))))))))))))))))))))))))))))))))))))))
print(z)
w = ----------------------------------------------------------------------------------------------------5
print(w, not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not 0)
