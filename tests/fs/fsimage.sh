#!/bin/sh
# SPDX-License-Identifier: MIT
# tools/fsimage (make test; docs/filesystem.md):  tests/fs/fsimage.sh ESPY
# Images built from a directory, littlefs and FAT, whole flash (Feather
# HUZZAH 4 MB, ESP-01 1 MB) and filesystem alone: `espy --flash IMAGE`
# boots them and runs their main.py, which imports from /lib and reads
# the files back; ls lists them; extract gives back the same tree; the FAT
# images pass fsck.fat -n and mtools copies out the same bytes. Errors
# (missing directory, a file too big, a name FAT refuses, a bad or
# missing image) are one line and exit 1, and leave no image behind.
set -eu
ESPY=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
FSIMAGE=$HERE/../../tools/fsimage
export ESPY MTOOLS_SKIP_CHECK=1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "fsimage: $*"; exit 1; }
cd "$T"

# The board's files: main.py importing from /lib, a binary file with all
# 256 byte values, a long name, nested and empty directories, an empty file.
mkdir -p src/lib/pkg src/data/empty_dir
cat > src/main.py <<'PY'
import os
import helper
from pkg import mod
b = open('/data/all bytes.bin', 'rb').read()
print('main.py ran:', helper.NAME, mod.VALUE, len(b), b == bytes(range(256)) * 8)
print(sorted(os.listdir('/')), sorted(os.listdir('/data')))
PY
echo "NAME = 'helper'" > src/lib/helper.py
: > src/lib/pkg/__init__.py
echo "VALUE = 6 * 7" > src/lib/pkg/mod.py
python3 -c "open('src/data/all bytes.bin', 'wb').write(bytes(range(256)) * 8)"
: > src/data/empty.txt
python3 -c "open('src/data/A rather long file name.txt', 'w').write('x' * 9000)"
want="main.py ran: helper 42 2048 True"

# run IMAGE [espy args]: board mode on the image, its output without CR
# and the ROM's lines.
boot() {
    img=$1
    shift
    $ESPY "$@" --flash "$img" < /dev/null 2>&1 | tr -d '\r' | sed '/^ ets /d; /^$/d'
}

for fs in littlefs fat; do
    for board in feather_huzzah esp01_1m; do
        img=$T/$fs-$board.img
        "$FSIMAGE" build src "$img" --fs $fs --board $board > out || { cat out; fail "build $fs $board"; }
        boot "$img" --board $board > boot.out
        grep -qx "$want" boot.out || { cat boot.out; fail "$fs $board: main.py did not run"; }
        grep -q "Performing initial setup" boot.out && fail "$fs $board: setup ran on a built image"
        grep -qx "\['data', 'lib', 'main.py'\] \['A rather long file name.txt', 'all bytes.bin', 'empty.txt', 'empty_dir'\]" boot.out \
            || { cat boot.out; fail "$fs $board: listing on the board"; }
        "$FSIMAGE" ls "$img" > ls.out || fail "ls $fs $board"
        grep -qx "      2048  /data/all bytes.bin" ls.out || { cat ls.out; fail "ls: sizes"; }
        grep -qx "            /data/empty_dir/" ls.out || { cat ls.out; fail "ls: directories"; }
        rm -rf back
        "$FSIMAGE" extract "$img" back > /dev/null || fail "extract $fs $board"
        diff -r src back || fail "$fs $board: extract gave other files"
    done
    echo "$fs: built for the Feather HUZZAH and the ESP-01, booted by espy --flash, listed, extracted identical"
done

# FAT against the usual tools: the whole flash at its offset, the
# filesystem alone as it is.
img=$T/fat-feather_huzzah.img
mdir -/ -i "$img@@1048576" :: > mdir.out || fail "mdir on the flash image"
grep -q "A rather long file name.txt" mdir.out || { cat mdir.out; fail "long name not seen by mtools"; }
dd if="$img" of=part.img bs=4096 skip=256 count=763 2> /dev/null
fsck.fat -n part.img > fsck.out 2>&1 || { cat fsck.out; fail "fsck.fat -n"; }
mkdir mt
mcopy -s -n -i part.img "::*" mt/ || fail "mcopy"
diff -r src mt || fail "mtools read other bytes"
"$FSIMAGE" build src alone.img --fs fat --part > /dev/null || fail "build --part"
[ "$(stat -c %s alone.img)" = $((763 * 4096)) ] || fail "--part: image size"
rm -rf mt && mkdir mt && mcopy -s -n -i alone.img "::*" mt/ && diff -r src mt || fail "--part: mtools"
"$FSIMAGE" ls alone.img | grep -q "^FAT at 0x0: 757 blocks of 4096 bytes" || fail "ls of a filesystem alone"
echo "FAT images: fsck.fat -n clean, mtools copies out the same bytes (whole flash at 0x100000 and --part)"

# Errors: one line on stderr, exit 1, no image left behind.
err() {
    want=$1
    shift
    if "$FSIMAGE" "$@" > err.out 2>&1; then fail "no error for: $*"; fi
    [ "$(wc -l < err.out)" = 1 ] || { cat err.out; fail "not one line for: $*"; }
    grep -qF "$want" err.out || { cat err.out; fail "message for $*"; }
}
err "fsimage: missing: no such directory" build missing e.img
mkdir big
head -c $((99 * 4096)) /dev/zero > big/huge.bin
err "fsimage: big/huge.bin: no space left in the image for it (405504 bytes)" build big e.img --board esp01_1m
err "fsimage: big/huge.bin: no space left in the image for it" build big e.img --board esp01_1m --fs fat
mkdir odd
: > "odd/what?.txt"
err "fsimage: odd/what?.txt: [Errno 22] EINVAL" build odd e.img --fs fat
[ -e e.img ] && fail "a failed build left its image"
head -c 1048576 /dev/urandom > random.img
err "fsimage: random.img: no littlefs or FAT filesystem at offset 0x99000" ls random.img
err "fsimage: random.img: no littlefs or FAT filesystem" extract random.img out
err "fsimage: none.img: no such image" ls none.img
head -c 100 /dev/zero > short.img
err "not a whole number of 4096-byte sectors" extract short.img out
err "fsimage: no board profile nosuch" build src e.img --board nosuch
err "fsimage: --fs is littlefs or fat" build src e.img --fs ext4
echo "errors: missing directory, file too big, name FAT refuses, bad, missing and short images: one line, exit 1"
