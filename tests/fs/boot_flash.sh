#!/bin/sh
# SPDX-License-Identifier: MIT
# The board's boot sequence on its flash image (make test;
# docs/filesystem.md):  tests/fs/boot_flash.sh ESPY
# A missing image is created and set up once ("Performing initial setup",
# littlefs, the default boot.py); later runs find the files written
# before; a second espy on the image is refused; a corrupt filesystem is
# reported and left as it is; a FAT filesystem (older installs) mounts.
set -eu
ESPY=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "boot_flash: $*"; exit 1; }
img=$T/new.img

cat > "$T/first.py" <<'PY'
import os
print(os.listdir('/'), os.statvfs('/')[:4])
print(open('/boot.py').read(), end='')
with open('/data.txt', 'w') as f:
    f.write('kept across runs')
PY
# UART0's output ends lines with CR LF: compared without the CR, and
# without what the ROM bootloader prints first (at 74880 baud on the chip).
run() {
    out=$1
    shift
    $ESPY "$@" < /dev/null > "$out.raw" 2>&1
    r=$?
    tr -d '\r' < "$out.raw" | sed '/^ ets /d; /^$/d' > "$out"
    return $r
}
run "$T/out1" --flash "$img" "$T/first.py" || fail "first run"
head -1 "$T/out1" | grep -qx "Performing initial setup" || { cat "$T/out1"; fail "no setup on a new image"; }
grep -q "^\['boot.py'\] (4096, 4096, 763, 760)" "$T/out1" || { cat "$T/out1"; fail "not littlefs on 763 blocks"; }
grep -qx "import os, machine" "$T/out1" || fail "default boot.py"
grep -qx "#webrepl.start()" "$T/out1" || fail "default boot.py: WebREPL off"
[ "$(stat -c %s "$img")" = 4194304 ] || fail "image size"

echo "print(open('/data.txt').read())" > "$T/second.py"
run "$T/out2" --flash "$img" "$T/second.py" || fail "second run"
grep -q "Performing initial setup" "$T/out2" && fail "setup ran again"
grep -qx "kept across runs" "$T/out2" || { cat "$T/out2"; fail "file lost"; }

# A second espy on the same image while the first runs (its REPL waits
# for input that ends after 3 s; the board's own clock makes time.sleep
# too quick for this).
sleep 3 | $ESPY --flash "$img" > /dev/null &
sleep 1
if $ESPY --flash "$img" "$T/second.py" < /dev/null > "$T/out3" 2>&1; then
    fail "a second espy used the image"
fi
grep -q "in use by another espy" "$T/out3" || { cat "$T/out3"; fail "no clear error"; }
wait

# A corrupt filesystem: reported with the recovery command, never formatted.
python3 -c "
import sys
f = open(sys.argv[1], 'r+b')
for off in (0x100000, 0x101000):
    f.seek(off); f.write(b'garbage' * 64)
" "$img"
cp "$img" "$T/before.img"
run "$T/out4" --flash "$img" || fail "corrupt run"
grep -q "looks corrupt" "$T/out4" || { cat "$T/out4"; fail "no corrupt message"; }
grep -q "vfs.VfsLfs2.mkfs(bdev)" "$T/out4" || fail "no recovery command"
grep -q "starting at sector 256 with size 763 sectors" "$T/out4" || fail "sector figures"
cmp -s "$img" "$T/before.img" || fail "the corrupt filesystem was changed"

# FAT on the flash, as an older install has it: mounted at boot.
cat > "$T/fat.py" <<'PY'
import vfs
from flashbdev import bdev
vfs.umount('/')
vfs.VfsFat.mkfs(bdev)
vfs.mount(bdev, '/')
open('/old.txt', 'w').write('from FAT')
PY
$ESPY --flash "$T/fat.img" "$T/fat.py" < /dev/null > /dev/null || fail "FAT setup"
echo "import os; print(type(os.mount()[0][0]).__name__, open('/old.txt').read())" > "$T/fatread.py"
run "$T/out5" --flash "$T/fat.img" "$T/fatread.py" || fail "FAT boot"
grep -qx "VfsFat from FAT" "$T/out5" || { cat "$T/out5"; fail "FAT flash not mounted"; }
# esp.flash_* on a new board (its output before the banner).
run "$T/out6" --board feather_huzzah "$(dirname "$0")/esp_flash.py" || fail "esp_flash.py"
sed '/^MicroPython espy/,$d' "$T/out6" | diff "$(dirname "$0")/esp_flash.exp" - \
    || fail "esp.flash_* output differs"
# flashbdev's FlashBdev (a C type; the reference's is frozen Python).
run "$T/out7" --board feather_huzzah "$(dirname "$0")/flashbdev.py" || fail "flashbdev.py"
sed '/^MicroPython espy/,$d' "$T/out7" | diff "$(dirname "$0")/flashbdev.exp" - \
    || fail "flashbdev output differs"
echo "boot: setup once on a new image, files kept, image locked, corrupt filesystem left alone, FAT mounted, FlashBdev as the reference's"
