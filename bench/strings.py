# Building, slicing and joining strings; methods on str.
words = []
for i in range(200):
    words.append("w" + str(i))
s = " ".join(words)
n = 0
for w in s.split(" "):
    if w.endswith("7"):
        n += len(w.upper())
print(n, s[:20], len(s))
