# Iterating over a string yields one-character strings.
n = 0
for ch in 'spam':
    print(ch, end=' ')
    n += 1
print(n)
print(list('abc'), tuple('xy'))
it = iter('ok')
print(next(it), next(it), next(it, 'end'))
