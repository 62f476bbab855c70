#!/bin/sh
# SPDX-License-Identifier: MIT
# make test: build every variant and run every suite; exits non-zero on any
# failure. Extended by the harness (tests/README.md).
set -e
make -s host host32 host-clang stress
python3 tests/run.py --espy build/host/espy tests/basics
