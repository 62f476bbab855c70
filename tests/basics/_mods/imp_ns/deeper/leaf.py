# helper for import_namespace_pkg.py
from ..mod import value
leaf = value + 1
