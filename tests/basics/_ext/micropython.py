# helper for import_extensible.py: micropython cannot be extended; never loaded
print('ERROR: micropython from _ext')
