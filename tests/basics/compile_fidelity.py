# Compiler details: a bare annotation makes a function's name local (and
# unbound) without binding a global; source newlines "\r\n" and "\r" read
# as "\n" (string literals too); a walrus may not rebind the loop variable
# of its comprehension
x: int
print("x" in globals())


def f():
    y: int
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__)


f()
exec("a = 1\r\nb = '''x\r\ny\rz'''\rprint(a, repr(b))\r\n")
for src in ("[i := 0 for i in range(3)]", "[i := 0 for i, j in [(1, 2)]]",
            "[[(i := j) for i in range(2)] for j in range(2)]",
            "[k := 0 for (k, *r) in [(1, 2)]]"):
    try:
        eval(src)
        print("no error")
    except SyntaxError:
        print("SyntaxError")
print([y := i for i in range(3)], y)
