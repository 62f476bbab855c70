# property with getter, setter and deleter; the @x.setter syntax.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        print('get')
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set', v)
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('del')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t._c)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError')
try:
    del t.fahrenheit
except AttributeError as e:
    print('AttributeError')

class Old:
    def __init__(self):
        self._x = 1
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v
    def delx(self):
        del self._x
    x = property(getx, setx, delx)
    y = property()
o = Old()
o.x = 7
print(o.x)
del o.x
print(hasattr(o, '_x'))
try:
    o.y
except AttributeError as e:
    print('AttributeError')
print(type(Old.x).__name__)
class Sub(Temp):
    pass
s = Sub()
s.celsius = 3
print(s.celsius)
