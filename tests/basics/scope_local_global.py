# Name resolution: locals, then globals, then builtins.
x = 'global'
def read():
    return x
def local():
    x = 'local'
    return x
def shadow_builtin():
    len = lambda s: 'mine'
    return len('abc')
print(read(), local(), x, shadow_builtin(), len('abc'))
def uses_later():
    return later
later = 'defined after'
print(uses_later())
