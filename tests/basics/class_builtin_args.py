# Instances of str, int and float subclasses are accepted wherever the base
# type is: str methods and their arguments, join, in, %-formatting, range,
# bytes(n), round, int(), float().
class S(str): pass
class I(int): pass
s = S("hello world")
print(s.upper(), s.split(), s.find("o"), "-".join([S("a"), S("b")]))
print("hello".startswith(S("he")), "a,b".split(S(",")), s.replace(S("o"), S("0")))
print(list(range(I(3))), range(I(1), I(10), I(2))[I(2)], "abc"[I(1)], [1,2,3][I(0)])
print("%s %d" % (S("x"), I(5)), "{} {}".format(S("y"), I(6)), str(S("z")), int(I(7)))
print(S("ab") + "cd", "cd" + S("ab"), S("ab") * I(2), I(2) * S("ab"), S("a") in "cat")
print(hash(S("ab")) == hash("ab"), {S("k"): 1}["k"], len(S("abc")), ord(S("a")), chr(I(65)))
print(bytes(I(3)), bytearray(I(2)), "x".center(I(5)), "x".zfill(I(3)), round(1.5, I(0)))
print(sorted([S("b"), S("a")]), max(I(3), I(5)), abs(I(-4)), divmod(I(7), I(2)), pow(I(2), I(3)))
print("abc".encode(), S("abc").encode(), b"abc".decode(), int(S("42")), float(S("1.5")))
print(S("a b").title(), S("AbC").lower(), S("x").isalpha(), S(" y ").strip(), s.partition(S(" ")))
class F(float): pass
print("%f %.2e %g %s %r %d" % (F(1.5), F(2.5), F(3.25), F(4.5), F(5.5), F(6.7)), "%5s|%-4s|" % (S("ab"), S("c")))
print("{:>6}|{:.1f}|{:x}".format(S("ab"), F(2.25), I(255)), format(I(10), "b"), f"{S('q')!r} {I(3):03d}")
print(S("a=b").split(S("=")), S("abc").index(S("c")), S("abc").count(S("b")), S("xyx").rstrip(S("x")))
print(S("a\tb").expandtabs(I(4)), S("ab").ljust(I(4), S("*")), "abc".translate({97: S("z")}))
