# helper module for import_file.py: fails while loading
x = 1
raise ValueError('bad module')
