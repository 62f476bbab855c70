# helper for import_star_all.py: __all__ names something that does not exist
__all__ = ('here', 'nowhere')
here = 1
