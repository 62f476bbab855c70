// SPDX-License-Identifier: MIT
// The arena and its collector: one fixed block of memory handed over by the
// port, carved into 16-byte blocks, managed by a non-moving mark-sweep
// collector with a block allocation table. Nothing in core/ or modules/ uses
// malloc; everything comes from here. Design notes: docs/memory.md.
#ifndef ES_GC_H
#define ES_GC_H

#include "obj.h"

#define ES_GC_BLOCK 16 // bytes per block; every allocation is whole blocks

// Allocation flags.
// es_g.gc.threshold when automatic collection by amount is off.
#define ES_GC_NO_THRESHOLD SIZE_MAX

#define ES_GC_LEAF 0x1     // holds no pointers: the collector does not scan it
#define ES_GC_FINAL 0x2    // call type->finalize before freeing (object with
                           // a type pointer in its first word)

// Take [size] bytes of arena [mem] (aligned to ES_GC_BLOCK by the caller or
// trimmed here). Resets all allocator state.
void es_gc_init(void *mem, size_t size);

// Run every pending finalizer (objects with ES_GC_FINAL still allocated), as
// at interpreter exit. Never raises.
void es_gc_finalize_all(void);

// Allocate [size] zeroed bytes. Raises MemoryError when the arena is full
// even after a collection (or when the heap is locked).
void *es_gc_alloc(size_t size, unsigned flags);
// Same, but returns NULL instead of raising. Safe where raising is not.
void *es_gc_alloc_maybe(size_t size, unsigned flags);
// Resize [p] (NULL allocates) to [size] bytes, keeping the contents and
// zeroing any growth; may move. Raises MemoryError on failure, leaving [p]
// untouched. Size 0 frees and returns NULL.
void *es_gc_realloc(void *p, size_t size);
void *es_gc_realloc_maybe(void *p, size_t size);
// Return [p] to the arena now (optional; the collector finds garbage by
// itself). [p] must be a block start from this arena or NULL.
void es_gc_free(void *p);
// Usable bytes of allocation [p] (a multiple of ES_GC_BLOCK).
size_t es_gc_size(const void *p);

// Full collection now. Never raises.
void es_gc_collect(void);
// Mark a value/pointer from a root the collector cannot find by itself
// (used by es_gc_collect's root hooks; safe with any word).
void es_gc_mark_val(es_val_t v);
void es_gc_mark_ptr(const void *p);
// Conservatively mark every word in [start, end) that points into the arena.
void es_gc_mark_range(const void *start, const void *end);

// Zero the C stack below the caller's frame (down to the stack limit,
// at most 16 KB): stale words that finished deeper calls left there (a
// compilation, an import) would otherwise keep garbage alive when frames
// reusing that memory are scanned conservatively. Never raises.
void es_gc_clear_stack(void);

// Is [p] the start of a live allocation in the arena?
bool es_gc_is_heap_ptr(const void *p);

typedef struct es_gc_info {
    size_t total, used, free; // bytes
    size_t max_free;          // largest free run, bytes
    size_t n_blocks_used;
} es_gc_info_t;
void es_gc_info(es_gc_info_t *info);

// State of block [b] (0 <= b < es_gc_info's total / ES_GC_BLOCK): 0 free,
// 1 head of an allocation, 2 tail; for a head, *obj is its first byte.
// For heap maps (micropython.mem_info(1)).
unsigned es_gc_block(size_t b, const void **obj);

// Lock/unlock the heap: while locked, allocation raises MemoryError.
void es_gc_lock(void);
void es_gc_unlock(void);

// Memory statistics (micropython.mem_total, mem_current, mem_peak), in
// bytes of whole blocks: all ever allocated (growth in place included), in
// use now (garbage not yet swept counts), and the most in use at once.
void es_gc_mem_stats(uint64_t *total, size_t *current, size_t *peak);

// Counter of allocations since start (the allocator's own; tests use it to
// prove that a path allocates nothing).
uint64_t es_gc_alloc_count(void);

// Fail allocation number [n] (1-based, counted from this call) and, if
// [sticky], every one after it. n == 0 disables injection.
void es_gc_fail_after(uint64_t n, bool sticky);

#endif
