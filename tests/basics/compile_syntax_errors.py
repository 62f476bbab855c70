# compile() of bad sources: SyntaxError and IndentationError messages as
# CPython 3.11's (lexer and parser error paths).
cases = [
 "x = 'abc", "x = '''abc", "x = 0b102", "x = 0o8", "x = 0xg", "x = 1_", "x = 012",
 "x = 1__0", "x = 1e", "x = (1, 2]", "x = [1, 2)", "x = (1,\n 2]", "x = )", "x = ]",
 "if 1:\n  x = 1\n    y = 2", "if 1:\n    x = 1\n  y = 2", "if 1:\nx = 1", "  x = 1",
 "x = 1 +", "def f(:\n pass", "x = $", "x = 'a' 'b", 
 "x = 5 if", "x = 1\\\n", "for x in 1: break\nbreak", "continue",
 "return 5", "yield 1", "def f():\n  nonlocal x", "del 1", "1 = x", "f() = 1", "x + 1 = 2",
 "(a, b) += 1", "lambda: (yield)", "x = [i for i in range(3) if]", "import", "from x import",
 "class", "def f(a, a): pass", "def f(*, **k): pass", "f(**k, *a)", "f(a=1, 2)", "f(x for x in y, 1)",
 "x = {1: 2, 3}", "x = 1 if 2", "a, *b, *c = d", "*a = b", "print 'hi'", "exec 'x'",
 "x = 10l", "x = 1.2.3", "x = 0x", "def f(x=1, y): pass", 
 "try:\n  pass", "try:\n  pass\nfinally:\n  pass\nelse:\n  pass", "with:\n  pass", "while 1\n  pass",
 "x = f'{'", "x = f'{}'", "x = f'}'", "x = '\\777'", "x = b'é'", "x = u'a' b'b'",
 "\tif 1:\n        x = 1\n\ty = 2", "x = (\n", "x = [1,\n2,\n", 
 "a := 1", "(a.b := 1)", "x = not", "assert", "raise from x", "pass; ;",
 "if x = 1: pass", "x = 1 2", "f(a b)", "x = [1 2]", "x = {1 2}", "@\ndef f(): pass", "nonlocal x",
]
for src in cases:
    try:
        compile(src, 'c.py', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.args[0])
    except Exception as e:
        print('other', type(e).__name__, repr(src))
