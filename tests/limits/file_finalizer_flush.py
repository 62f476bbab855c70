# A file written and dropped without close() is flushed and closed by its
# finalizer when collected; with-blocks and close() flush too.
import gc
p = "/tmp/espy_file_finalizer_flush.tmp"  # outside the tree (no os.remove)
def write_and_drop():
    f = open(p, "w")
    f.write("written, never closed\n")
def clobber(n):
    return [n, n + 1, str(n)]
write_and_drop()
clobber(1) # overwrites stale words (the collector is conservative)
gc.collect()
print(open(p).read(), end="")
with open(p, "a") as f:
    f.write("appended\n")
print(open(p).read(), end="")
f = open(p, "w")
f.write("x" * 100)
f.close()
print(len(open(p).read()))
