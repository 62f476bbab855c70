# __getattr__, __setattr__, __delattr__ (no __getattribute__ in espy).
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, 'target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        delattr(self.target, name)
class T:
    pass
t = T()
t.a = 1
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b, p.b)
del p.a
print(hasattr(t, 'a'), p.log)
try:
    p.missing
except AttributeError as e:
    print('AttributeError', e)
class Dyn:
    x = 1
    def __getattr__(self, name):
        if name.startswith('get_'):
            return name[4:]
        raise AttributeError(name)
d = Dyn()
print(d.x, d.get_foo, getattr(d, 'get_bar'), hasattr(d, 'nope'))
class Frozen:
    def __setattr__(self, k, v):
        raise AttributeError('frozen')
try:
    Frozen().a = 1
except AttributeError as e:
    print(e)
