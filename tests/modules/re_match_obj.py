# re: match objects (group, groups, groupdict, span, start, end, expand,
# m[g], string, re, pos, endpos, repr) and Pattern attributes
import re

m = re.match(r"(?P<key>\w+)=(?P<val>\d+)?(x)?", "width=80;")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("val"), m.group(3))
print(m.group(1, 2, "key"))
print(m.groups(), m.groups("-"))
print(m.groupdict(), m.groupdict(0))
print(m.span(), m.span(2), m.span(3), m.start(1), m.end("val"), m.start(3))
print(m[0], m[1], m["val"])
print(m.string, m.re, m.pos, m.endpos)
print(m.expand(r"\2:\g<key>:\g<1>"))
for bad in (4, -1, "nope", 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m.span(9)
except IndexError as e:
    print("IndexError", e)

# nested and optional groups
m = re.match(r"(([0-9]*)([a-z]*)[0-9]*)", "1234hello567")
print(m.groups(), m.span(3))
print(re.match(r"(a)?b(c)", "bc").groups())
print(re.match(r"(a*)*", "aaa").groups(), re.match(r"(a*)+", "b").groups())
print(re.match(r"(a|)*b", "aab").groups())
print(re.match(r"(?:(a)|b)*", "ab").groups())

# positions count code points in a str
m = re.search(r"(é+)(!)", "caféé!x")
print(m, m.span(), m.span(1), m.start(2))
m = re.search("b", "äbc")
print(m.span(), m.pos, m.endpos)

# pos and endpos
p = re.compile(r"o")
print(p.match("dog", 1), p.search("dog", -5), p.search("dog", 0, 1))
print(p.search("dogo", 2).span(), p.search("dog", 1, 2).endpos)
print(re.compile("^o").search("dog", 1), re.compile("g$").search("dog!", 0, 3))
print(re.compile("o$").fullmatch("doo", 2))

# Pattern attributes and repr
p = re.compile(r"(?P<a>x)(y)")
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile("a", re.I | re.M), re.compile(b"a", re.S), re.compile(b"x").flags)
print(re.compile(p) is p, re.compile("a\n"))

# a long match is shown cut in the repr
print(re.match(".*", "x" * 80))

# bytes subjects
m = re.search(rb"(\d+)", bytearray(b"ab 12 cd"))
print(m, m.group(1), m.groups(), m.span())
print(re.match(b"a", memoryview(b"abc")).group())

# empty iterations end a counted repeat too; \B never matches in ''
print(re.findall(r"(\s*?|\B){,2}", "1d x"), re.findall(r"(\B|\d|.?){1,3}", "1bb "))
print(re.search(r"\B", ""), re.search(r"\b", ""), re.search(r"\B", "a"))
