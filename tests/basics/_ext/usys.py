# helper for import_extensible.py: uNAME always gives the built-in; never loaded
print('ERROR: usys from _ext')
