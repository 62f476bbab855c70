# Run on the virtual board by tests/board/check.sh: machine.reset() with
# files open is a power cut for the filesystem (no finalizer closes
# them). reset_open_file.exp, reasoned from littlefs v2: a file's entry
# is committed when it is opened with O_CREAT, its data at sync/close;
# so after the reset open.txt is there and empty, synced.txt has only
# what was closed, and the filesystem mounts (no initial setup again).
import machine, os
if machine.reset_cause() == machine.PWRON_RESET:
    print("BEGIN")
    with open("synced.txt", "w") as f:
        f.write("closed before the reset")
    f = open("open.txt", "w")
    f.write("never closed")
    g = open("synced.txt", "a")
    g.write(", appended but not closed")
    machine.reset()
print(sorted(os.listdir()), open("synced.txt").read())
try:
    print(open("open.txt").read())
except OSError as e:
    print("OSError", e.errno)
print("END")
