# A submodule of the frozen package, imported relatively by __init__.py.
def greet(who):
    return 'hello ' + who + ' from ' + __name__
