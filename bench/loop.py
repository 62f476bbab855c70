# A while loop of small-int arithmetic: the dispatch and int fast paths.
i = 0
total = 0
while i < 20000:
    total += i * 3 % 7
    i += 1
print(total)
