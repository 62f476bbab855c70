# A frozen package for tests/basics/import_frozen.py.
from .sub import greet

NAME = 'frozen package'
