# SPDX-License-Identifier: MIT
# Builds espy-cross (tools/espy_cross.c: the compiler for frozen modules
# and .epy files) for the build machine into build/cross/espy-cross: the
# host port (ports/host/build.mk with CROSS_TOOL=1) with the tool's main
# and no frozen modules, its own table of interned names. Every port's
# build runs it first (tools/frozen.mk). The variant's own variables
# (ARCH=-m32, SAN, DEFS from `make host32`, `make asan`...) reach this make
# through MAKEFLAGS: they are reset, as the tool is one build for all.
all:
	+$(MAKE) --no-print-directory -f ports/host/build.mk CROSS_TOOL=1 \
		BUILD=build/cross CC=gcc ARCH= SAN= DEFS= OPT=-O2 build/cross/espy-cross
