#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds librom.a: the integer-division, 64-bit and soft-float routines that
# the ESP8266 mask ROM provides and Debian's lx106 libgcc leaves out. They are
# compiled from libgcc's own xtensa assembly (gcc-12-source, GPLv3 with the
# GCC Runtime Library Exception) with our lx106 xtensa-config.h, plus
# ports/qemu-lx106/rtlib/di.c. The sources are fetched once with
# `apt-get download` and cached, with the result, under $1 (never committed).
# Usage: tools/lx106-rtlib.sh [OUTDIR]   (default build/lx106-rtlib)
set -e
OUT=${1:-build/lx106-rtlib}
CC=${LX106_CC:-xtensa-lx106-elf-gcc}
NM=${LX106_NM:-xtensa-lx106-elf-nm}
AR=${LX106_AR:-xtensa-lx106-elf-ar}
CFG=$(cd "$(dirname "$0")/../ports/qemu-lx106/rtlib" && pwd)
[ -f "$OUT/librom.a" ] && exit 0
mkdir -p "$OUT/src" "$OUT/obj"
OUT=$(cd "$OUT" && pwd)
SRC=$OUT/src

# The libgcc/config/xtensa sources, from the gcc-12 source tarball: the one
# an installed gcc-12-source provides, else the package downloaded here.
fetch() {
    tarball=$(ls /usr/src/gcc-12/gcc-12*.tar.xz 2>/dev/null | head -n 1)
    if [ -n "$tarball" ]; then
        cat "$tarball"
        return
    fi
    deb=$(ls "$OUT"/gcc-12-source_*.deb 2>/dev/null | head -n 1)
    if [ -z "$deb" ]; then
        echo "lx106-rtlib: apt-get download gcc-12-source (once, ~83 MB)" >&2
        (cd "$OUT" && apt-get download gcc-12-source >/dev/null 2>&1) \
            || (apt-get update -qq && cd "$OUT" \
                && apt-get download gcc-12-source >/dev/null 2>&1)
        deb=$(ls "$OUT"/gcc-12-source_*.deb | head -n 1)
    fi
    dpkg-deb --fsys-tarfile "$deb" \
        | tar -xO --wildcards './usr/src/gcc-12/gcc-12*.tar.xz'
}
if [ ! -f "$SRC/lib1funcs.S" ]; then
    fetch | tar -xJ --no-same-owner -C "$SRC" --strip-components=4 --wildcards \
        '*/libgcc/config/xtensa/lib1funcs.S' \
        '*/libgcc/config/xtensa/ieee754-df.S' \
        '*/libgcc/config/xtensa/ieee754-sf.S'
    rm -f "$OUT"/gcc-12-source_*.deb
fi

# Keep each routine that defines only symbols libgcc.a lacks (those that
# overlap, e.g. the comparisons, libgcc already has in C).
FLAGS="-mlongcalls -mtext-section-literals -I$CFG"
LIBGCC=$($CC -print-libgcc-file-name)
$NM -g --defined-only "$LIBGCC" | awk 'NF==3{print $3}' | sort -u \
    >"$OUT/libgcc.syms"
objs=""
for f in _divsi3 _udivsi3 _umodsi3 _umulsidi3 _addsubsf3 _mulsf3 \
    _fixunssfsi _floatsisf _addsubdf3 _muldf3 _divdf3 _fixdfsi _fixunsdfsi \
    _floatsidf _truncdfsf2 _extendsfdf2; do
    o="$OUT/obj/$f.o"
    $CC $FLAGS -c -DL$f -o "$o" "$SRC/lib1funcs.S"
    syms=$($NM -g --defined-only "$o" | awk 'NF==3{print $3}' | sort -u)
    if [ -n "$(echo "$syms" | comm -12 - "$OUT/libgcc.syms")" ]; then
        echo "lx106-rtlib: $f is already in libgcc, skipped" >&2
        continue
    fi
    objs="$objs $o"
done
$CC -Os $FLAGS -c -o "$OUT/obj/di.o" "$CFG/di.c"
$AR rcs "$OUT/librom.a.tmp" $objs "$OUT/obj/di.o"
mv "$OUT/librom.a.tmp" "$OUT/librom.a"
echo "lx106-rtlib: built $OUT/librom.a"
