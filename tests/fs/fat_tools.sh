#!/bin/sh
# SPDX-License-Identifier: MIT
# FAT images between espy and the usual tools (make test; docs/filesystem.md):
#   tests/fs/fat_tools.sh ESPY
# 1. espy's VfsFat writes an image (512- and 4096-byte sectors); fsck.fat -n
#    finds no error and mtools lists and reads every file with the bytes
#    espy wrote. 2. mkfs.fat makes an image and mcopy puts files in; espy
#    mounts it and reads back the same bytes. Needs dosfstools and mtools.
set -eu
ESPY=$1
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export MTOOLS_SKIP_CHECK=1
fail() { echo "fat_tools: $*"; exit 1; }

# --- 1. espy writes, the tools read
for bs in 512 4096; do
    img=$T/espy-$bs.img
    head -c $((bs * 700)) /dev/zero > "$img"
    $ESPY "$HERE/fat_write.py" "$img" $bs > "$T/out" || fail "fat_write.py"
    # The image espy made at [bs]: the expected files, made here by python3.
    python3 - "$T/want-$bs" <<'PY'
import os, sys
root = sys.argv[1]
def data(i, n):
    return bytes((i * 7 + k * 13) & 0xff for k in range(n))
files = {
    'README.TXT': b'upper-case 8.3 name\n',
    'boot.py': b'# lower-case 8.3 name\nimport gc\ngc.collect()\n',
    'lib/A Long Directory Name/some long file name.bin': data(1, 5000),
    'lib/Mixed.Case.Name.py': b'print("mixed")\n',
    'big.dat': b''.join(data(i, 3000) for i in range(10)) + b'appended',
    'lib/new name.txt': b'renamed\n',
}
for i in range(20):
    files['lib/module_%02d.py' % i] = data(i, i * 97)
for name, d in files.items():
    p = os.path.join(root, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, 'wb').write(d)
PY
    fsck.fat -n "$img" > "$T/fsck" 2>&1 || { cat "$T/fsck"; fail "fsck.fat -n on espy's image ($bs)"; }
    mkdir "$T/got-$bs"
    mcopy -s -n -i "$img" ::* "$T/got-$bs/" || fail "mcopy from espy's image ($bs)"
    diff -r "$T/want-$bs" "$T/got-$bs" || fail "mtools read other bytes ($bs)"
    mdir -i "$img" ::lib > "$T/mdir" || fail "mdir ($bs)"
    grep -q "Mixed.Case.Name.py" "$T/mdir" || fail "long name missing in mdir ($bs)"
    echo "espy's FAT image ($bs-byte sectors): fsck.fat clean, mtools reads $(find "$T/got-$bs" -type f | wc -l) files"
done

# --- 2. the tools write, espy reads
img=$T/tools.img
mkfs.fat -C -S 512 "$img" 1024 > /dev/null
src=$T/src
mkdir -p "$src/sub dir/deeper"
python3 -c "
import sys
open(sys.argv[1] + '/main.py', 'w').write('print(\"hello\")\n')
open(sys.argv[1] + '/CONFIG.JSN', 'wb').write(b'{\"a\": 1}')
open(sys.argv[1] + '/sub dir/A file with a long name.txt', 'wb').write(bytes(range(256)) * 40)
open(sys.argv[1] + '/sub dir/deeper/x', 'wb').write(b'')
open(sys.argv[1] + '/sub dir/deeper/UPPER.py', 'wb').write(b'x = 1\n' * 2000)
" "$src"
mcopy -s -i "$img" "$src/main.py" "$src/CONFIG.JSN" "$src/sub dir" ::/
mkdir "$T/back"
$ESPY "$HERE/fat_read.py" "$img" 512 "$T/back" > "$T/read" || { cat "$T/read"; fail "fat_read.py"; }
grep -q "readonly 30" "$T/read" || fail "a read-only mount allowed writing"
diff -r "$src" "$T/back" || fail "espy read other bytes than mcopy wrote"
echo "mkfs.fat + mcopy image: espy reads back $(find "$T/back" -type f | wc -l) files, same bytes"
