# Issue 19 (found by make fuzz): a string literal or a name in source text
# whose bytes are not valid UTF-8 made a str that was not either; indexing
# it read past the ASCII table (a segfault on the release build). Such
# source is a SyntaxError, as CPython's; comments may hold any bytes.
PREFIX = "(unicode error) 'utf-8' codec can't decode"
sources = [
    b"DIGITS = '012345\xca\xc8\xc7\xccabc'\nprint(DIGITS[6])",
    b"x = '0\xca\xc8'",
    b"x = 'ab\xe2\x82'",
    b"x = '\xff'",
    b"x = r'\xc3('",
    b"x = f'{1}\xff'",
    b"x = '''a\n\xff'''",
    b"x\xca = 1",
    b"\xc3\xa9\xff = 1",
    b"x = '\xed\xa0\x80'",  # a surrogate
    b"x = '\xf4\x90\x80\x80'",  # past U+10FFFF
    b"x = '\xc0\x80'",  # overlong
]
for src in sources:
    try:
        exec(src)
        print("no error", src)
    except SyntaxError as e:
        print(e.msg.startswith(PREFIX), e.lineno)
# valid UTF-8 and bytes in comments are fine
exec(b"# \xff\xca\nv = '\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'\nprint(len(v), v[1], v[2] == '\\U0001f600')")
exec(b"\xc3\xa9t\xc3\xa9 = 5\nprint(\xc3\xa9t\xc3\xa9)")
