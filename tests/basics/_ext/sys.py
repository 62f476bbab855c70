# helper for import_extensible.py: sys cannot be extended; never loaded
print('ERROR: sys from _ext')
