# helper package for import_file.py
print('loading espy_pkg', __name__)
pkg_value = 'pkg'
