# finally runs on return, break and continue, and can override return.
def r():
    try:
        return 'from try'
    finally:
        print('finally on return')
print(r())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
def swallow():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(swallow())
