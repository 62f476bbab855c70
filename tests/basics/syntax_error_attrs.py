# SyntaxError's str() is "msg (file, line N)" and its msg, filename, lineno,
# offset and text attributes come from its (filename, lineno, offset, text)
# argument, as CPython; without one they are None
for src in ["1 +", "x = (", "def f(:\n pass", "if 1:\n  x\n y"]:
    try:
        compile(src, "s.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, str(e), "|", e.msg, e.lineno, e.filename)
try:
    eval("1 +")
except SyntaxError as e:
    print(e)
e = SyntaxError("m", ("f", 3, 1, "x"))
print(str(e), e.msg, e.filename, e.lineno, e.offset, e.text)
print(str(SyntaxError("m", (None, 3, 1, "x"))), str(SyntaxError("m", ("f", None, 1, "x"))))
e = SyntaxError("only")
print(str(e), e.msg, e.filename, e.lineno, e.offset, e.text)
print(str(SyntaxError()), SyntaxError().msg)
print(repr(IndentationError("i", ("g", 2, 0, ""))), str(IndentationError("i", ("g", 2, 0, ""))))
