# pass, empty bodies and docstrings.
def f():
    'a docstring only'
def g():
    pass
class_like = None
if True:
    pass
while False:
    pass
for _ in []:
    pass
print(f(), g(), 'ok')
