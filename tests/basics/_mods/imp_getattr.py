# helper for module_getattr.py: a module __getattr__ (PEP 562)
known = 1
def __getattr__(name):
    if name.startswith('lazy_'):
        value = name[5:].upper()
        globals()[name] = value
        return value
    raise AttributeError('no ' + name)
