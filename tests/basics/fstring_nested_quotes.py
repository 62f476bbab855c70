# f-strings nested in f-strings with the same quotes (PEP 701, 3.12)
x = 1
print(f"a{f"b{f"c{x}d"}e"}f")
print(f"{"'"}", f'{'"'}', f"{'}'}", f"{"{"}")
print(f"{x:{"<"}3}|", f"{x:>3}", f"{ {"k": "v"}["k"] }")
print(f"{[f"{i}" for i in range(3)]}")
print(f"""{f"{x!r}"}""", f"{x=}", f"{'a' if x else "b"}")
print(f"{{}}{x}{{", f"{(lambda: "L")()}")
print(f"{"a" "b"}", rf"{"\n"}")
d = {"a": 1}
print(f"{d["a"]}", f"{d['a']:03}")
for src in ['f"{"', 'f"{x:"}"', 'f"{f"{"}"', "f'{'}", 'f"{x!}"', 'f"{)}"']:
    try:
        eval(src)
        print("no error", src)
    except SyntaxError:
        print("SyntaxError", src)
src = "x"
for i in range(12):
    src = 'f"{' + src + '}"'
print(eval(src))
