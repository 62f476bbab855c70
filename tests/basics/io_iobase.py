# io.IOBase as the base of a stream class written in Python; StringIO and
# BytesIO are IOBase instances.
import io
class Upper(io.IOBase):
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s.upper())
        return len(s)
u = Upper()
print(u.write('abc'), u.data, isinstance(u, io.IOBase))
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.IOBase))
