# Word frequencies over generated text: str.split, lower, dict get/set,
# sorting by a key (the ground of a word-count benchmark).

WORDS = ("the quick brown fox jumps over lazy dog and then runs away from "
         "a small river where Fish Swim under bridges of old stone").split()


def text(lines, seed):
    out = []
    x = seed
    for _ in range(lines):
        line = []
        for _ in range(12):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            line.append(WORDS[x % len(WORDS)])
        out.append(" ".join(line) + ".")
    return "\n".join(out)


def count(s):
    freq = {}
    for line in s.split("\n"):
        for w in line.split():
            w = w.strip(".,").lower()
            freq[w] = freq.get(w, 0) + 1
    return freq


total = {}
for seed in range(30):
    for w, n in count(text(600, seed)).items():
        total[w] = total.get(w, 0) + n
top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:8]:
    print(w, n)
print(len(total), sum(total.values()))
