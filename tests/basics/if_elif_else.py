# if / elif / else chains.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for n in (-5, 0, 3, 10, 2 ** 40):
    print(n, classify(n))
if 0:
    print('no')
if []:
    pass
elif 'x':
    print('elif taken')
if None:
    print('no')
else:
    print('else taken')
