#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs the Debian packages espy's build and tests need, if missing.
set -e
PKGS="make gcc clang gcc-multilib python3 binutils"
# make fuzz: libFuzzer and the sanitizer runtimes for clang.
PKGS="$PKGS libclang-rt-dev"
# ... and clang 19's (tests/fuzz/fuzz.mk uses it when installed: its
# libFuzzer runs the fuzz targets 1.3-2.2x faster, docs/testing.md), with
# its llvm-cov for tools/fuzzcov.sh.
PKGS="$PKGS clang-19 libclang-rt-19-dev llvm-19"
# lx106 under QEMU (ports/qemu-lx106): cross compiler, C library, QEMU.
PKGS="$PKGS gcc-xtensa-lx106 binutils-xtensa-lx106 picolibc-xtensa-lx106-elf"
PKGS="$PKGS qemu-system-misc"
# 32-bit x86 builds where the kernel runs no 32-bit programs: qemu-i386.
PKGS="$PKGS qemu-user"
# FAT images checked against the usual tools (tests/fs, make test).
PKGS="$PKGS dosfstools mtools"
# The console tests drive a terminal through tmux (tests/console).
PKGS="$PKGS tmux"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" \
        || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "setup: installing$missing"
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi
# --- lx106: the ROM routines libgcc lacks, built once from gcc-12-source
# (apt-get download into build/, never committed); see tools/lx106-rtlib.sh.
"$(dirname "$0")/lx106-rtlib.sh" build/lx106-rtlib \
    || echo "setup: lx106 ROM routines not built yet (make qemu retries)"
