# finally runs, then the exception continues outward.
try:
    raise IndexError('out')
finally:
    print('finally ran')
