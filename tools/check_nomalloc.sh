#!/bin/sh
# SPDX-License-Identifier: MIT
# Checks that no object of core/ or modules/ calls the C heap: `nm -u` on
# each must not list malloc, calloc, realloc, free or their relatives
# (everything comes from the arena, core/gc.h). Usage: check_nomalloc.sh
# BUILD_DIR... (e.g. build/host build/host32). Exits 1 on any hit.
set -u
BANNED='malloc|calloc|realloc|free|reallocarray|strdup|strndup|posix_memalign|aligned_alloc|memalign|valloc|pvalloc'
status=0
for build in "$@"; do
    objs=$(ls "$build"/core/*.o "$build"/modules/*.o 2>/dev/null)
    if [ -z "$objs" ]; then
        echo "check_nomalloc: no objects in $build/core or $build/modules"
        status=1
        continue
    fi
    n=0
    for o in $objs; do
        n=$((n + 1))
        hits=$(nm -u "$o" | awk '{print $NF}' | sed 's/@.*//' \
            | grep -xE "$BANNED" | tr '\n' ' ')
        if [ -n "$hits" ]; then
            echo "check_nomalloc: $o uses the C heap: $hits"
            status=1
        fi
    done
    [ $status = 0 ] && echo "check_nomalloc: $build: $n objects, no C heap calls"
done
exit $status
