# while with else: else runs unless the loop breaks.
i = 0
while i < 3:
    print(i)
    i += 1
else:
    print('done', i)
while True:
    i -= 1
    if i == 0:
        break
else:
    print('not printed')
print('after', i)
n = 0
while n < 0:
    n += 1
else:
    print('empty loop else')
