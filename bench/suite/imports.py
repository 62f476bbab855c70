# Importing a module from source again and again (removed from
# sys.modules each time): finding the file, compiling it and running its
# body (the ground of core_import_mpy_*, here from source).
import sys


def load(times):
    total = 0
    for _ in range(times):
        sys.modules.pop("_imported", None)
        import _imported
        total += _imported.Reading(times).value() + len(_imported.TABLE)
    return total


print(load(1000))
