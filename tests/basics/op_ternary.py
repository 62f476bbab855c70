# Conditional expressions evaluate only the chosen branch.
def v(x):
    print('v', x)
    return x
print(v(1) if True else v(2))
print(v(1) if False else v(2))
x = 3
print('big' if x > 2 else 'small', 'a' if x == 1 else 'b' if x == 2 else 'c')
