# __init_subclass__, __set_name__, metaclass=type accepted; __class__ in methods.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin):
    pass
class B(Plugin, name='bee'):
    pass
class C(B):
    pass
print(Plugin.registry, A.plugin_name, B.plugin_name, C.plugin_name)
print(hasattr(Plugin, 'plugin_name'))
try:
    class D(x=1):
        pass
except TypeError as e:
    print(e)
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class Model:
    title = Field()
    size = Field()
print(Model.title.name, Model.size.name)
M = type('M', (), {'f': Field()})
print(M.f.name)
class WithMeta(metaclass=type):
    x = 1
print(WithMeta.x)
class K:
    def who(self):
        return __class__.__name__
class K2(K):
    pass
print(K2().who())
