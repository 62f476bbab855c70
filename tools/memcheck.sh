#!/bin/sh
# SPDX-License-Identifier: MIT
# File finalizer checks that need more than one program or a ulimit other
# than the stack's (docs/memory.md): data written to a file never closed is
# on disk after espy exits (es_deinit runs every finalizer), and 10,000
# files opened and never closed run to the end at the default heap with
# only 256 file descriptors (open() collects and retries on EMFILE).
# Usage: tools/memcheck.sh ESPY
set -u
espy=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
"$espy" -c "f = open('$dir/out.txt', 'w'); f.write('on disk after exit\n')"
if [ "$(cat "$dir/out.txt" 2>/dev/null)" != "on disk after exit" ]; then
    echo "memcheck: data written to an unclosed file is not on disk after exit"
    fail=1
fi
printf 'n = 0\nfor i in range(10000):\n    f = open(__file__)\n    n += 1\nprint(n)\n' \
    > "$dir/files.py"
got=$(sh -c "ulimit -n 256; exec '$espy' '$dir/files.py'" 2>&1 | tail -1)
if [ "$got" != "10000" ]; then
    echo "memcheck: 10,000 unclosed files under ulimit -n 256: $got"
    fail=1
fi
[ $fail = 0 ] && echo "memcheck: exit flush and ulimit -n 256: ok"
exit $fail
