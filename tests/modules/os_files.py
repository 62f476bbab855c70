# skip-qemu: QEMU's semihosting has no directories (mkdir, listdir)
# os's filesystem functions and open() over the host's directories
# (plain mode mounts VfsPosix at "/"): every open mode, seek/tell/readinto,
# errors with their errno values.
import os

D = 'os_files_tmp.d'

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except OSError as e:
        print(label, 'OSError', e.errno)
    except ValueError as e:
        print(label, 'ValueError')

def tidy():
    for n in ('a', 'b', 'c', 'x', 'sub/deep', 'sub'):
        p = D + '/' + n
        try:
            os.remove(p)
        except OSError:
            try:
                os.rmdir(p)
            except OSError:
                pass
    try:
        os.rmdir(D)
    except OSError:
        pass

tidy()
os.mkdir(D)
attempt('mkdir again', lambda: os.mkdir(D))
with open(D + '/a', 'w') as f:
    print(f.write('hello\n'), f.write('world\n'))
with open(D + '/a') as f:
    print(repr(f.read()))
with open(D + '/a', 'a') as f:
    f.write('more\n')
with open(D + '/a', 'rb') as f:
    print(f.readline(), f.tell())
    print(f.seek(2), f.read(3), f.tell())
    print(f.seek(-5, 2), f.read())
    print(f.seek(0), f.readlines())
with open(D + '/a', 'r+') as f:
    f.seek(1)
    f.write('E')
    f.seek(0)
    print(f.read(5))
with open(D + '/a', 'rb') as f:
    b = bytearray(4)
    print(f.readinto(b), b)
    m = memoryview(b)
    print(f.readinto(m[1:3]), b)
with open(D + '/b', 'w+b') as f:
    f.write(b'\x00\x01\x02')
    f.seek(0)
    print(f.read())
attempt('x existing', lambda: open(D + '/b', 'x'))
with open(D + '/x', 'x') as f:
    f.write('new')
print(open(D + '/x').read())
attempt('bad mode', lambda: open(D + '/x', 'rw'))
attempt('open missing', lambda: open(D + '/nope'))
attempt('open dir', lambda: open(D, 'w'))
print(sorted(os.listdir(D)))
print(sorted(os.listdir(D.encode())))
print(os.stat(D + '/a')[6], os.stat(D)[0] & 0xf000 == 0x4000)
os.rename(D + '/b', D + '/c')
attempt('stat renamed', lambda: os.stat(D + '/b'))
os.mkdir(D + '/sub')
open(D + '/sub/deep', 'w').close()
attempt('rmdir not empty', lambda: os.rmdir(D + '/sub'))
attempt('rmdir file', lambda: os.rmdir(D + '/a'))
attempt('remove missing', lambda: os.remove(D + '/zz'))
attempt('listdir missing', lambda: os.listdir(D + '/zz'))
cwd = os.getcwd()
os.chdir(D)
print(os.getcwd() == cwd + '/' + D, sorted(os.listdir()))
os.chdir('..')
print(os.getcwd() == cwd)
f = open(D + '/a')
f.close()
attempt('read closed', lambda: f.read())
print(f.closed)
tidy()
print(D in os.listdir())
