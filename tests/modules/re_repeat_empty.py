# Counted repeats of an empty group: it matches empty, so do its copies
# (compiling min copies of nothing took a minute for 10**9); a count of
# 4294967295 or more is CPython's OverflowError (it was taken for "no
# limit").
import re

for p in ("(?:){1000000000}", "(?:){1000000000,}", "(?:){3,1000000000}",
          "(?:){1000000000}?"):
    print(p, re.compile(p).pattern == p)
for p in ("(?:){3}", "(?:){2,}", "(?:){0,5}?", "a(?:){5}b", "(?:)*", "(?:)+c"):
    r = re.compile(p)
    print(p, r.match("ab"), r.search("xabc"), r.sub("-", "ab"))
for p in ("a{4294967295}", "(?:){4294967295}", "a{1,4294967295}",
          "a{4294967296}", "(?:){99999999999}"):
    try:
        re.compile(p)
        print(p, "compiled")
    except OverflowError as e:
        print(p, "OverflowError", e)
print(re.match("a{2,4294967294}", "aaaa"))
