# for with else.
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print('no break')
for x in [1, 5, 3]:
    if x == 5:
        print('found 5')
        break
else:
    print('not printed')
for x in []:
    print('never')
else:
    print('empty else')
