# re: errors in patterns, templates and arguments, with CPython's types
# and messages
import re

for p in ["*", "a**", "a|*", "(*)", "+", "?", "a{2}{3}", ")", "a)", "(a",
          "((a)", "[", "[a", "[]", "[^]", "[a\\", "[z-a]", "[\\d-z]", "\\",
          "a{3,2}", "\\q", "[\\q]", "\\xZ", "(?P<1a>x)", "(?P<a>x)(?P<a>y)",
          "(?P=zz)", "(?P<a", "(?Px)", "(?y)", "a(?i)", "\\2(a)", "(a)\\2",
          "\\777", "(?", b"\\u0041", "\\U00110000"]:
    try:
        re.compile(p)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), "error:", e)

print(issubclass(re.error, Exception), re.error.__name__)

for t in ["\\2", "\\g<2>", "\\g<x>", "\\g<", "\\g", "\\g<>", "\\g<1a>",
          "\\q", "x\\", "\\400"]:
    try:
        print(repr(t), re.sub("(a)", t, "a"))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)

# a replacement of the wrong type: CPython's messages name the list it
# joins, so only the type is compared
for args in [("a", 1, "a"), (b"a", "x", b"a"), ("a", lambda m: 1, "a"),
             ("a", b"x", "a")]:
    try:
        re.sub(*args)
    except TypeError:
        print("TypeError")

for f, args in [(re.match, ("a", b"a")), (re.match, (b"a", "a")),
                (re.search, (1, "a")), (re.search, ("a", 1)),
                (re.split, ("a", None)),
                (re.compile, (re.compile("a"), re.I)),
                (re.compile, (b"a", re.U)), (re.compile, ("a", re.A | re.U))]:
    try:
        f(*args)
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

m = re.match("(a)", "a")
try:
    m.expand("\\3")
except re.error as e:
    print("re.error", e)
