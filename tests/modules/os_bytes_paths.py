# skip-qemu: QEMU's semihosting has no directories (mkdir, listdir)
# open() and os's path functions take a bytes path as well as a str, as
# CPython's do; listdir names come back as the path's type.
import os

D = b'os_bytes_paths_tmp.d'

def tidy():
    for p in (D + b'/g.txt', D + b'/f.txt'):
        try:
            os.remove(p)
        except OSError:
            pass
    try:
        os.rmdir(D)
    except OSError:
        pass

tidy()
os.mkdir(D)
with open(D + b'/f.txt', 'w') as f:
    f.write('hi')
with open(D + b'/f.txt', 'rb') as f:
    print(f.read())
print(os.stat(D + b'/f.txt')[6])
os.rename(D + b'/f.txt', D + b'/g.txt')
print(os.listdir(D), os.listdir(D.decode()))
os.chdir(D)
print(open(b'g.txt').read())
os.remove(b'g.txt')
os.chdir(b'..')
os.rmdir(D)
print(D.decode() in os.listdir())
for bad in (bytearray(D), 1.5, None):
    try:
        open(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
