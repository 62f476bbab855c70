# KeyError shows the repr of its argument.
raise KeyError('key')
