# __getattribute__ is not supported (language-decisions: `__getattribute__`
# row): a class may define it, but attribute lookups never call it;
# __getattr__ still runs for missing attributes.
class G:
    x = 1
    def __getattribute__(self, name):
        return 'intercepted'
    def __getattr__(self, name):
        return 'missing ' + name
g = G()
print(g.x, g.y)
