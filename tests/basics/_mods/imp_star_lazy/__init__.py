# helper for import_star_all.py: __all__ names a submodule and a lazy name
__all__ = ['visible', 'part', 'lazy']
visible = 'v'
hidden = 'h'
def __getattr__(name):
    if name == 'lazy':
        return 'made lazily'
    raise AttributeError(name)
