# helper module for import_file.py (not a test: folders starting with _ are skipped)
print('loading espy_mod_a', __name__)
value = 42
def double(x):
    return 2 * x
_private = 1
