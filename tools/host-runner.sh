#!/bin/sh
# SPDX-License-Identifier: MIT
# How this machine runs a host build's programs. A kernel may have its
# 32-bit x86 emulation off (ia32_emulation=off, "Exec format error"); the
# 32-bit builds then run under Debian's qemu-user (tools/setup.sh installs
# it).
#   tools/host-runner.sh --prefix NAME   prints nothing when build/NAME's
#       programs run as they are, else "qemu-i386" (to put before one)
#   tools/host-runner.sh NAME   prints the command that runs build/NAME/espy:
#       the program, or a wrapper script build/NAME/espy-qemu made here (the
#       test runners take one program and run it from the test's folder)
set -eu
prefix=""
if [ "$1" = --prefix ]; then
    prefix=1
    shift
fi
espy="build/$1/espy"
if "$espy" -c "" >/dev/null 2>&1; then
    [ -n "$prefix" ] || echo "$espy"
    exit 0
fi
if [ -n "$prefix" ]; then
    echo "qemu-i386"
    exit 0
fi
printf '#!/bin/sh\nexec qemu-i386 "%s" "$@"\n' "$PWD/$espy" > "$espy-qemu"
chmod +x "$espy-qemu"
echo "$espy-qemu"
