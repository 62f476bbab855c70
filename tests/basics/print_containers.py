# Printing nested containers uses repr for the items.
d = {'list': [1, 'two', (3, 'four')], 'tuple': ('a',), 'empty': {}}
print(d)
print([d['list'], [], ()], str([None]), ((),), [[[]]])
print({1: {2: {3: 'deep'}}}, [True, False, None], {'k': range(3)})
