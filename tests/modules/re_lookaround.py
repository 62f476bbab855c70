# re: look-ahead and look-behind assertions, positive and negative, with
# groups inside, nested, and in loops
import re


def show(p, s):
    m = re.search(p, s)
    print(repr(p), repr(s), m and (m.span(), m.groups()))


show(r"foo(?=bar)", "foobaz foobar")
show(r"foo(?!bar)", "foobar foobaz")
show(r"(?<=\$)\d+", "cost: $42")
show(r"(?<!\$)\b\d+", "$42 and 17")
show(r"(?<=ab)c", "xac abc")
show(r"(?<=a.c)d", "abcd")
show(r"(?<!^)x", "xx")
show(r"(?<=^)x", "ax xb")
show(r"(?<!a)b", "b")
show(r"(?=(\d+))\w+", "ab12")
show(r"(?=(a))?b", "ab")
show(r"(?!(a)b)a(\w)", "abac")
show(r"(\w+)(?=,)", "one, two")
show(r"\w+(?=\s(?!the))", "in the house now")
show(r"(?:(?<=a)b|c)+", "abcb")
show(r"(?<=é)x", "éx")
show(r"(?<=[\w!\"'&.,?])-{2,}(?=\w)", "hello--world")
print(re.findall(r"(?<=-)\w+", "a-b c-d"), re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.split(r"(?<=[.!?]) ", "One. Two! Three? Four"))
for p in [r"(?<=a+)b", r"(?<=a|bc)d", r"(?<", r"(?<x)"]:
    try:
        re.compile(p)
        print(p, "ok")
    except re.error as e:
        print(p, "error:", e)
