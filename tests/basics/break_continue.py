# break and continue in while and for loops, nested.
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print(i)
i = 0
while True:
    i += 1
    if i < 3:
        continue
    print('i', i)
    break
for a in range(3):
    for b in range(3):
        if b == a:
            break
        if b == 0:
            continue
        print(a, b)
    else:
        print('inner else', a)
