# try/except: matching, the bound name, falling through.
try:
    1 // 0
except ZeroDivisionError:
    print('caught zero division')
try:
    [][0]
except KeyError:
    print('wrong')
except IndexError as e:
    print('caught', type(e), e)
try:
    {}['k']
except Exception as e:
    print('exception', repr(e))
try:
    print('no error')
except ValueError:
    print('never')
try:
    int('x')
except:
    print('bare except')
