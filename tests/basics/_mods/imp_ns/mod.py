# helper for import_namespace_pkg.py: a module in a package without __init__
print('loading', __name__)
value = 11
