// SPDX-License-Identifier: MIT
// Every compile-time option of the core, with its default and the reason for
// it. A port sets its own values in its port_config.h (found on the include
// path), which is read first; anything it leaves out takes the default here.
// Options are always defined to a value and tested with #if, so -Wundef
// catches a misspelt one. grep '@@' lists them all.
#ifndef ES_CONFIG_H
#define ES_CONFIG_H

#include "port_config.h"

// @@ ES_CFG_HEAP_SIZE: default arena size in bytes when the port or the
// command line does not give one. The host uses 1 MB; the chip 38 KB.
#ifndef ES_CFG_HEAP_SIZE
#define ES_CFG_HEAP_SIZE (1024 * 1024)
#endif

// @@ ES_CFG_C_STACK_LIMIT: bytes of C stack the interpreter may use before
// es_stack_check() raises RecursionError. The port may change it at run time
// (es_g.stack_limit); this is the start value.
#ifndef ES_CFG_C_STACK_LIMIT
#define ES_CFG_C_STACK_LIMIT (40 * 1024)
#endif

// @@ ES_CFG_GC_STRESS: collect before every allocation (the stress build).
#ifndef ES_CFG_GC_STRESS
#define ES_CFG_GC_STRESS 0
#endif

// @@ ES_CFG_ALLOC_FAIL: compile in the allocation-failure injector
// (-X failalloc=N). On in test builds, off in firmware.
#ifndef ES_CFG_ALLOC_FAIL
#define ES_CFG_ALLOC_FAIL 1
#endif

// @@ ES_CFG_ASSERT: ES_ASSERT checks; on in test builds, off in firmware.
#ifndef ES_CFG_ASSERT
#define ES_CFG_ASSERT 1
#endif

// @@ ES_CFG_MARK_STACK: entries in the collector's explicit mark stack. When
// it overflows the collector rescans the heap, so the size trades RAM for
// collection speed on deep structures, never correctness.
#ifndef ES_CFG_MARK_STACK
#define ES_CFG_MARK_STACK 64
#endif

// @@ ES_CFG_STACK_FILL: the byte es_gc_clear_stack writes over the unused
// C stack (anything that is no heap address serves). A port that paints
// its stack to measure the high-water mark gives its paint byte, so the
// clearing does not count as use.
#ifndef ES_CFG_STACK_FILL
#define ES_CFG_STACK_FILL 0
#endif

// @@ ES_CFG_FRAME_CHUNK: bytes of a frame-stack chunk carved from the arena.
// Calls that fit the current chunk allocate nothing.
#ifndef ES_CFG_FRAME_CHUNK
#define ES_CFG_FRAME_CHUNK 1024
#endif

// @@ ES_CFG_LOOKUP_CACHE: entries of the lookup cache of global names and
// MRO lookups (core/lookup.h), a power of two; 5 words each (20 bytes of
// RAM on the chip, outside the heap).
#ifndef ES_CFG_LOOKUP_CACHE
#define ES_CFG_LOOKUP_CACHE 256
#endif

// @@ ES_CFG_ATTR_HINTS: one-byte hints of where an attribute sits in the
// instance dicts of a class (core/lookup.h), a power of two; bytes of RAM
// outside the heap.
#ifndef ES_CFG_ATTR_HINTS
#define ES_CFG_ATTR_HINTS 256
#endif

// @@ ES_ROM_ATTR: placement of const tables (flash on the ESP8266).
#ifndef ES_ROM_ATTR
#define ES_ROM_ATTR
#endif

// @@ ES_ROM_WORD_ONLY: 1 when const data lies in memory that reads only as
// aligned 32-bit words (flash on the ESP8266): core/rom.h's accessors then
// use word loads. 0 elsewhere: plain loads.
#ifndef ES_ROM_WORD_ONLY
#define ES_ROM_WORD_ONLY 0
#endif

// @@ ES_CFG_OS_GETENV: os.getenv and the port call port_getenv, for ports
// with an environment (MicroPython's unix port has getenv, its ESP8266 port
// does not).
#ifndef ES_CFG_OS_GETENV
#define ES_CFG_OS_GETENV 0
#endif

// @@ ES_CFG_VFS_LFS1: vfs.VfsLfs1 (littlefs v1, fs/lfs1.c and
// modules/vfs_lfs1.c), as MicroPython's unix port; its ESP8266 port has
// none. A port that leaves it 0 also leaves those files out of its build
// (MODULES_EXCLUDE), so its image does not grow.
#ifndef ES_CFG_VFS_LFS1
#define ES_CFG_VFS_LFS1 0
#endif

// @@ ES_CFG_PLATFORM_ESP8266: sys.platform is 'esp8266' (the chip's ports,
// as MicroPython's ESP8266 port says), else 'linux' (the host).
#ifndef ES_CFG_PLATFORM_ESP8266
#define ES_CFG_PLATFORM_ESP8266 0
#endif

// @@ ES_HOT_ATTR: placement of hot code (IRAM on the ESP8266).
#ifndef ES_HOT_ATTR
#define ES_HOT_ATTR
#endif

#if ES_CFG_ASSERT
#include <assert.h>
#define ES_ASSERT(x) assert(x)
#else
#define ES_ASSERT(x) ((void)0)
#endif

#define ES_NORETURN __attribute__((noreturn))
#define ES_UNUSED(x) ((void)(x))
#define ES_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

// Error strings go through this one macro so a port may compress them; the
// text itself never changes (tests compare it).
#define ES_ERR(s) (s)

#endif
