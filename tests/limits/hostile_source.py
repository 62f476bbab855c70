# args: -X heapsize=38k -X stacklimit=8k
# skip-asan: ASan's instrumented C frames are several times larger, so 8 KB of C stack does not hold even ordinary call chains; plain builds and the lx106 pass
# Hostile source ends in SyntaxError, MemoryError or RecursionError (or
# compiles), never a crash, and the program goes on: 100,000 open
# parentheses, 200-deep nested brackets.
def attempt(what, f):
    try:
        f()
    except (SyntaxError, MemoryError, RecursionError):
        pass
    print(what, "done")
attempt("parens", lambda: exec("(" * 100000))
attempt("nested", lambda: exec("x = " + "[" * 200 + "]" * 200))
print("alive")
