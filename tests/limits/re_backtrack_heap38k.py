# args: -X heapsize=38k
# re's backtracking stack lives in the heap and is bounded: a pattern that
# needs more than the 38 KB heap can hold raises RuntimeError (CPython,
# with memory to spare, answers), and the heap is usable afterwards
import re

for n in (100, 5000):
    s = "ab" * n
    try:
        print(n, re.match(r"(?:a|b)*c", s))
    except RuntimeError as e:
        print(n, "RuntimeError", e)
    del s
print(re.match(r"(a|b)*", "abab").span())
print(re.match(r"(a*)*b", "aaab").groups(), re.match(r"(x?)+y", "xxy").groups())
print(len([0] * 1000))
