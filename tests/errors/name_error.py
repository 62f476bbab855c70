# Uncaught NameError for a global name.
print('start')
print(undefined_thing)
