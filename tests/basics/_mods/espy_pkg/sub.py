# helper submodule for import_file.py
from . import pkg_value
print('loading espy_pkg.sub', __name__)
def where():
    return 'sub of ' + pkg_value
