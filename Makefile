# SPDX-License-Identifier: MIT
# espy: the two commands are `make run` and `make test` (see README.md).
# Each build variant is the host port built into its own folder.
.PHONY: all run test setup host host32 host-clang host32-clang stress \
	test-host clean

HOSTMK := $(MAKE) --no-print-directory -f ports/host/build.mk

all: host

host:
	$(HOSTMK) BUILD=build/host CC=gcc
host32:
	$(HOSTMK) BUILD=build/host32 CC=gcc ARCH=-m32
host-clang:
	$(HOSTMK) BUILD=build/host-clang CC=clang
host32-clang:
	$(HOSTMK) BUILD=build/host32-clang CC=clang ARCH=-m32
stress:
	$(HOSTMK) BUILD=build/stress CC=gcc DEFS=-DES_CFG_GC_STRESS=1

run: host
	build/host/espy

# Installs what is missing from Debian's packages (needs root or sudo).
setup:
	@tools/setup.sh

test: setup
	@tools/test.sh

clean:
	rm -rf build
