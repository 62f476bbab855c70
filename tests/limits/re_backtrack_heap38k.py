# args: -X heapsize=38k
# re's backtracking stack lives in the heap and is bounded: a pattern that
# needs more than the 38 KB heap can hold raises RuntimeError (CPython,
# with memory to spare, answers), and the heap is usable afterwards
import re

for n in (100, 5000):  # (?:ab|cd)* takes 8 bytes of stack per character
    s = "ab" * n
    try:
        print(n, re.match(r"(?:ab|cd)*e", s))
    except RuntimeError as e:
        print(n, "RuntimeError", e)
    del s
print(re.match(r"(a|b)*", "abab").span())
print(re.match(r"(a*)*b", "aaab").groups(), re.match(r"(x?)+y", "xxy").groups())
print(len([0] * 1000))
# an alternation of single characters is one set: one stack entry in all
print(re.match(r"(?:a|b|[0-9])*c", "ab" * 2000 + "c").end())
