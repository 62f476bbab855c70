# Raising a built-in exception with a message.
print('about to raise')
raise ValueError('something bad')
