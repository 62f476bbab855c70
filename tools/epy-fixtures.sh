#!/bin/sh
# SPDX-License-Identifier: MIT
# .epy files made by espy-cross (build/host/espy-cross; docs/epy-format.md).
#   tools/epy-fixtures.sh            regenerate the test fixtures: every
#                                    tests/*/_epy/NAME.py -> tests/*/_mods/NAME.epy
#   tools/epy-fixtures.sh --check    fail when a committed fixture is not what
#                                    espy-cross makes of its source (make test)
#   tools/epy-fixtures.sh --seeds DIR PATH...   compile every *.py under PATHs
#                                    into DIR (the fuzz-epy seeds); files that
#                                    do not compile are left out
set -u
cd "$(dirname "$0")/.."
cross=build/host/espy-cross
mode=${1:-}
if [ "$mode" = --seeds ]; then
    dir=$2
    shift 2
    mkdir -p "$dir"
    n=0
    for f in $(find "$@" -name '*.py' | sort); do
        out="$dir/$(echo "$f" | tr / _ | sed 's/\.py$//').epy"
        "$cross" "$f" -o "$out" 2>/dev/null && n=$((n + 1))
    done
    echo "epy seeds: $n files in $dir"
    exit 0
fi
status=0
tmp=$(mktemp -d)
for src in tests/*/_epy/*.py; do
    [ -e "$src" ] || continue
    name=$(basename "$src" .py)
    dst=$(dirname "$(dirname "$src")")/_mods/$name.epy
    "$cross" "$src" -o "$tmp/$name.epy" || { status=1; continue; }
    if [ "$mode" = --check ]; then
        if ! cmp -s "$tmp/$name.epy" "$dst"; then
            echo "epy-fixtures: $dst is stale: run tools/epy-fixtures.sh"
            status=1
        fi
    else
        cp "$tmp/$name.epy" "$dst"
    fi
done
rm -rf "$tmp"
exit $status
