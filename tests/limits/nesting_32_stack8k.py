# args: -X heapsize=38k -X stacklimit=8k
# skip-coverage: the gcov build has bigger C frames than 8 KB allows
# skip-asan: ASan's instrumented C frames are several times larger, so 8 KB of C stack does not hold even ordinary call chains; plain builds and the lx106 pass
# 32-deep nesting of brackets compiles and runs with 8 KB of C stack (the
# parser's C stack per nesting level is what limits it: docs/memory.md);
# nested calls 16 deep (a call level costs more stack: 288 bytes on x86-64).
x = ((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))
print(x)
y = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[2]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
n = 0
while isinstance(y, list):
    y = y[0]
    n += 1
print(n, y)
d = {1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:{1:3}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
n = 0
while isinstance(d, dict):
    d = d[1]
    n += 1
print(n, d)
def f(a):
    return a + 1
print(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(0)))))))))))))))))
