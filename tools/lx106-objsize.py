#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Flash taken by each object file of the lx106 build: the input sections
# that the linker placed in flash (0x402xxxxx: code, literals, read-only
# data), summed per object from the link map. The interned names a file
# adds live in the shared intern table and are not counted.
# Usage: tools/lx106-objsize.py BUILD [NAME.o ...]   (default: every object)
import collections
import re
import sys

FLASH = (0x40200000, 0x40300000)


def flash_by_object(map_path):
    """{object path: bytes in flash} from a GNU ld map file."""
    sizes = collections.Counter()
    pending = False  # a section name alone on its line: figures follow
    for line in open(map_path):
        m = re.match(r"^ \.\S+\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+\.o)$",
                     line.rstrip())
        if m is None and pending:
            m = re.match(r"^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+\.o)$",
                         line.rstrip())
        pending = re.match(r"^ \.\S+$", line.rstrip()) is not None
        if m and FLASH[0] <= int(m.group(1), 16) < FLASH[1]:
            sizes[m.group(3)] += int(m.group(2), 16)
    return sizes


def main():
    build = sys.argv[1]
    sizes = flash_by_object(build + "/espy.map")
    wanted = sys.argv[2:]
    for obj, size in sorted(sizes.items()):
        name = obj.split("/")[-1]
        if not wanted or name in wanted:
            print(f"{obj[len(build) + 1:]:40} {size:7}")


if __name__ == "__main__":
    main()
