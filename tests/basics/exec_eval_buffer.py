# exec(), eval() and compile() take source as bytes, bytearray or
# memoryview (UTF-8; anything else is CPython's SyntaxError)
print(eval(b"1 + 2"), eval(bytearray(b"3 * 3")), eval(memoryview(b"x + 1"), {"x": 4}))
exec(b"y = 5")
print(y)
exec(compile(bytearray(b"z = 6"), "f", "exec"))
print(z)
print(eval("len('\xe9')".encode()))
try:
    eval(b"\xff")
except SyntaxError as e:
    print("SyntaxError", e.args[0])
for bad in (5, None, [b"1"]):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError", e)
