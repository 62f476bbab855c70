# Raising an exception class without arguments.
raise RuntimeError
