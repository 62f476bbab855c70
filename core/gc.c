// SPDX-License-Identifier: MIT
// The arena allocator and mark-sweep collector.
//
// The arena is cut into 16-byte blocks. Two tables at its start hold three
// bits per block: the allocation table (ATB, two bits: free, head of an
// allocation, tail of one, or marked head) and the flag table (FTB, one
// bit). A head's flag bit says leaf (holds no pointers); the flag bit of
// the first tail says final (run the type's finalizer before freeing), so
// a final allocation has at least two blocks. Free blocks' flag bits are
// 0. An allocation is a head followed by tails, so its size needs no
// header.
//
// Placement limits fragmentation: small requests take the lowest free run
// that fits (first fit from a low-water hint), large ones the highest, so
// long-lived buffers gather at the top and the churn of small short-lived
// objects stays at the bottom, where it coalesces as it is swept. A
// collection runs after every quarter of the arena allocated (the
// threshold), so the churn restarts at the bottom long before it reaches the
// top: survivors stay in the lower part and a large free run remains above.
//
// Marking never recurses: reached allocations go on a bounded mark stack;
// when it is full the collector notes the overflow and, once the stack is
// drained, rescans the heap for marked allocations whose children may be
// unmarked. Every word of a scanned allocation, of the interpreter state and
// of the C stack that points anywhere inside an allocation keeps it alive
// (conservative, interior pointers allowed).
#include <string.h>

#include "exc.h"
#include "frame.h"
#include "gc.h"
#include "port.h"
#include "state.h"

enum { AT_FREE, AT_HEAD, AT_TAIL, AT_MARK };
#define AT_BYTE_TAILS 0xAA // a table byte of four tails

#define GC (es_g.gc)

// Under AddressSanitizer (make asan) free blocks are poisoned, an
// allocation is unpoisoned when handed out, and each allocation carries one
// extra poisoned block after it (a red zone), so ASan reports overruns and
// uses after free inside the arena. The collector's own reads of the arena
// go through es_gc_mark_range, which is exempt.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GC_ASAN 1
#endif
#endif
#if !defined(GC_ASAN) && defined(__SANITIZE_ADDRESS__)
#define GC_ASAN 1
#endif
#ifdef GC_ASAN
#include <sanitizer/asan_interface.h>
#define REDZONE 1
#define POISON(b, n) ASAN_POISON_MEMORY_REGION(block_ptr(b), (n) * ES_GC_BLOCK)
#define UNPOISON(b, n) \
    ASAN_UNPOISON_MEMORY_REGION(block_ptr(b), (n) * ES_GC_BLOCK)
#define UNPOISON_ARENA(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define UNPOISON_ARENA(p, n) ((void)(p), (void)(n))
#define REDZONE 0
#define POISON(b, n) ((void)(b), (void)(n))
#define UNPOISON(b, n) ((void)(b), (void)(n))
#endif

// Blocks at or above this size are placed from the top of the arena.
#define LARGE_BLOCKS 64

static inline unsigned at_get(size_t b) {
    return (GC.atb[b >> 2] >> ((b & 3) * 2)) & 3;
}

static inline void at_set(size_t b, unsigned v) {
    uint8_t *p = &GC.atb[b >> 2];
    unsigned shift = (b & 3) * 2;
    *p = (uint8_t)((*p & ~(3u << shift)) | (v << shift));
}

// Set blocks [b, b + n) of the allocation table to [v], whole bytes at once.
static void at_fill(size_t b, size_t n, unsigned v) {
    size_t end = b + n;
    for (; b < end && (b & 3) != 0; b++) {
        at_set(b, v);
    }
    if (end - b >= 4) {
        memset(&GC.atb[b >> 2], (int)(v * 0x55), (end - b) / 4);
        b += (end - b) & ~(size_t)3;
    }
    for (; b < end; b++) {
        at_set(b, v);
    }
}

static inline bool ft_get(size_t b) {
    return (GC.ftb[b >> 3] >> (b & 7)) & 1;
}

static inline void ft_set(size_t b, bool v) {
    uint8_t *p = &GC.ftb[b >> 3];
    *p = (uint8_t)((*p & ~(1u << (b & 7))) | ((unsigned)v << (b & 7)));
}

// Clear the flag bits of blocks [b, b + n) (being freed).
static void ft_clear(size_t b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        ft_set(b + i, false);
    }
}

// ES_GC_LEAF and ES_GC_FINAL of the allocation at [head].
static unsigned flags_of(size_t head) {
    bool final = head + 1 < GC.n_blocks && at_get(head + 1) == AT_TAIL
        && ft_get(head + 1);
    return (ft_get(head) ? ES_GC_LEAF : 0) | (final ? ES_GC_FINAL : 0);
}

static inline void *block_ptr(size_t b) {
    return GC.pool + b * ES_GC_BLOCK;
}

static inline size_t ptr_block(const void *p) {
    return (size_t)((const uint8_t *)p - GC.pool) / ES_GC_BLOCK;
}

static size_t n_blocks_of(size_t head) {
    size_t b = head + 1;
    while (b < GC.n_blocks && at_get(b) == AT_TAIL) {
        b++;
        // four tails at once (a table byte of 10 pairs)
        while ((b & 3) == 0 && b + 4 <= GC.n_blocks
            && GC.atb[b >> 2] == AT_BYTE_TAILS) {
            b += 4;
        }
    }
    return b - head;
}

// Blocks of allocation [head] the caller may use (all but the red zone).
static size_t user_blocks(size_t head) {
    return n_blocks_of(head) - REDZONE;
}

void es_gc_init(void *mem, size_t size) {
    // A previous arena in the same memory may have left it poisoned.
    UNPOISON_ARENA(mem, size);
    memset(&GC, 0, sizeof(GC));
    uintptr_t start = ((uintptr_t)mem + 3) & ~(uintptr_t)3;
    uintptr_t end = ((uintptr_t)mem + size) & ~(uintptr_t)(ES_GC_BLOCK - 1);
    // Each block costs ES_GC_BLOCK bytes plus three bits of tables.
    size_t avail = end > start ? end - start : 0;
    size_t n = avail * 8 / (ES_GC_BLOCK * 8 + 3);
    n &= ~(size_t)7;
    for (;;) {
        uintptr_t pool = (start + n / 4 + n / 8 + ES_GC_BLOCK - 1)
            & ~(uintptr_t)(ES_GC_BLOCK - 1);
        if (pool + n * ES_GC_BLOCK <= end || n == 0) {
            GC.atb = (uint8_t *)start;
            GC.ftb = GC.atb + n / 4;
            GC.pool = (uint8_t *)pool;
            break;
        }
        n -= 8;
    }
    GC.n_blocks = n;
    GC.top_rover = n;
    GC.threshold = n / 4;
    GC.pool_end = GC.pool + n * ES_GC_BLOCK;
    memset(GC.atb, 0, n / 4 + n / 8);
    POISON(0, n);
}

// --- marking

static void mark_block(size_t head) {
    if (at_get(head) != AT_HEAD) {
        return;
    }
    at_set(head, AT_MARK);
    if (ft_get(head)) { // leaf
        return;
    }
    if (GC.mark_sp < ES_CFG_MARK_STACK) {
        GC.mark_stack[GC.mark_sp++] = block_ptr(head);
    } else {
        GC.mark_overflow = true;
    }
}

// Mark the allocation containing [q], a pointer into the pool. Interior
// pointers count.
static void mark_in_pool(const uint8_t *q) {
    size_t b = ptr_block(q);
    unsigned a = at_get(b);
    if (a == AT_FREE || a == AT_MARK) {
        return;
    }
    while (a == AT_TAIL) {
        a = at_get(--b);
    }
    mark_block(b);
}

// Mark the allocation containing [p], if any.
void es_gc_mark_ptr(const void *p) {
    const uint8_t *q = p;
    if (q >= GC.pool && q < GC.pool_end) {
        mark_in_pool(q);
    }
}

void es_gc_mark_val(es_val_t v) {
    es_gc_mark_ptr((const void *)v);
}

// Conservative scanning reads every word of the C stack, including slots
// AddressSanitizer marks as out of scope, so it is exempt from ASan.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NO_ASAN __attribute__((no_sanitize_address))
#endif
#endif
#if !defined(NO_ASAN) && defined(__SANITIZE_ADDRESS__)
#define NO_ASAN __attribute__((no_sanitize_address))
#endif
#ifndef NO_ASAN
#define NO_ASAN
#endif

// Most scanned words are not arena pointers (small ints, names, C stack
// slots): the bounds test stays in the loop, without a call. Out of line,
// so that the pool's address it keeps in a register is no stale root in
// the registers that the C-stack scan reads (it would keep block 0).
NO_ASAN __attribute__((noinline)) void es_gc_mark_range(const void *start, const void *end) {
    const uintptr_t *w = (const uintptr_t *)(((uintptr_t)start + sizeof(void *) - 1)
        & ~(uintptr_t)(sizeof(void *) - 1));
    uintptr_t lo = (uintptr_t)GC.pool, size = (uintptr_t)(GC.pool_end - GC.pool);
    for (; (const void *)(w + 1) <= end; w++) {
        if (*w - lo < size) {
            mark_in_pool((const uint8_t *)*w);
        }
    }
}

static void scan_children(const void *obj) {
    size_t head = ptr_block(obj);
    size_t n = n_blocks_of(head);
    es_gc_mark_range(obj, (const uint8_t *)obj + n * ES_GC_BLOCK);
}

static void drain(void) {
    while (GC.mark_sp > 0) {
        scan_children(GC.mark_stack[--GC.mark_sp]);
    }
}

// After an overflow some marked allocations may have unscanned children:
// rescan every marked one until a pass ends without overflowing.
static void drain_all(void) {
    drain();
    while (GC.mark_overflow) {
        GC.mark_overflow = false;
        for (size_t b = 0; b < GC.n_blocks; b++) {
            if (at_get(b) == AT_MARK && !ft_get(b)) {
                scan_children(block_ptr(b));
                drain();
            }
        }
    }
}

// The C stack and the callee-saved registers (spilled by setjmp into a
// local, which is itself on the scanned stack).
__attribute__((noinline)) static void mark_c_stack(void) {
    jmp_buf regs;
    // setjmp fills only part of a jmp_buf; clear the rest so stale stack
    // bytes in it do not keep garbage alive.
    memset(&regs, 0, sizeof(regs));
    setjmp(regs);
    const char *sp = (const char *)&regs;
    if (es_g.stack_top != NULL && sp < es_g.stack_top) {
        es_gc_mark_range(sp, es_g.stack_top);
    }
    es_gc_mark_range(&regs, &regs + 1);
}

// At most this much of the C stack is cleared (es_gc_clear_stack).
#define CLEAR_STACK_MAX 16384

__attribute__((noinline)) void es_gc_clear_stack(void) {
    volatile char here;
    uintptr_t top = (uintptr_t)es_g.stack_top, sp = (uintptr_t)&here;
    size_t used = top > sp ? top - sp : 0;
    // A margin for this frame and what the loop may call.
    if (es_g.stack_top == NULL || es_g.stack_limit < used + 512) {
        return;
    }
    size_t n = es_g.stack_limit - used - 512;
    n = n < CLEAR_STACK_MAX ? n : CLEAR_STACK_MAX;
    char pad[n];
    memset(pad, ES_CFG_STACK_FILL, n);
    // The stores must happen although nothing reads them.
    __asm__ volatile("" : : "r"(pad) : "memory");
}

// Roots: the interpreter state after the collector's own part (whose mark
// stack holds stale pointers), the port's roots and the C stack.
static void mark_roots(void) {
    es_gc_mark_range(&es_g.gc + 1, &es_g + 1);
    drain_all();
    port_gc_mark_roots();
    drain_all();
    mark_c_stack();
    drain_all();
}

// --- sweeping

// The sweep reads the allocation table a 32-bit word (16 blocks) at a
// time. A word is assembled byte by byte, so block [i] of it is
// at bits 2i..2i+1 on any host; the compiler makes one load of it.
#define PAIRS_LO 0x55555555u // the low bit of every block's pair

static inline uint32_t tab_load(const uint8_t *t, size_t n_bytes) {
    if (n_bytes == 4) {
        return (uint32_t)t[0] | (uint32_t)t[1] << 8 | (uint32_t)t[2] << 16
            | (uint32_t)t[3] << 24;
    }
    uint32_t w = 0;
    for (size_t i = 0; i < n_bytes; i++) {
        w |= (uint32_t)t[i] << (8 * i);
    }
    return w;
}

static inline void tab_store(uint8_t *t, size_t n_bytes, uint32_t w) {
    if (n_bytes == 4) {
        t[0] = (uint8_t)w;
        t[1] = (uint8_t)(w >> 8);
        t[2] = (uint8_t)(w >> 16);
        t[3] = (uint8_t)(w >> 24);
        return;
    }
    for (size_t i = 0; i < n_bytes; i++) {
        t[i] = (uint8_t)(w >> (8 * i));
    }
}

// Final flags are the flag bits of tails (the first tail of a final
// allocation): flag bytes without a set bit are skipped whole, and the
// pass ends when no final allocation is left.
static void run_finalizers(bool all) {
    size_t n_bytes = GC.n_blocks / 8;
    for (size_t i = 0; i < n_bytes && GC.n_final != 0; i++) {
        if (GC.ftb[i] == 0) {
            continue;
        }
        for (size_t b = i * 8 + (i == 0); b < i * 8 + 8; b++) {
            if (!ft_get(b) || at_get(b) != AT_TAIL) {
                continue; // a leaf head, or no flag
            }
            unsigned a = at_get(b - 1);
            if (a == AT_HEAD || (all && a == AT_MARK)) {
                es_obj_t *o = block_ptr(b - 1);
                // Clear first: a finalizer runs at most once.
                ft_set(b, false);
                GC.n_final--;
                if (o->type != NULL && o->type->finalize != NULL) {
                    o->type->finalize(o);
                }
            }
        }
    }
}

// Sweep the 16 blocks of allocation-table word [w]: unmarked heads and
// their tails become free, marked heads heads again. [*freeing] says
// whether the word starts among the tails of an unmarked allocation and is
// set to whether it ends among them; *[freed] gets the freed heads. Whether
// a tail is dead is the state of the last head or mark before it, carried
// through the tails by a parallel prefix (four shift steps) instead of a
// walk of the blocks.
static uint32_t sweep_word(uint32_t w, bool *freeing, uint32_t *freed) {
    uint32_t lo = w & PAIRS_LO, hi = (w >> 1) & PAIRS_LO;
    uint32_t heads = lo & ~hi, marks = lo & hi, tails = hi & ~lo;
    uint32_t dead = heads | (*freeing ? tails & 1 : 0), pass = tails;
    for (unsigned s = 2; s <= 16 && pass != 0; s *= 2) {
        dead |= (dead << s) & pass;
        pass &= pass << s;
    }
    *freed = heads;
    *freeing = (dead >> 30) & 1;
    return marks | ((tails & ~dead) << 1);
}

// Under ASan, poison the blocks of table word [i] that [was] used and [now]
// leaves free.
static void poison_freed(size_t i, uint32_t was, uint32_t now) {
#ifdef GC_ASAN
    uint32_t gone = (was | was >> 1) & ~(now | now >> 1) & PAIRS_LO;
    for (unsigned k = 0; k < 16; k++) {
        if (gone & ((uint32_t)1 << (2 * k))) {
            POISON(i * 4 + k, 1);
        }
    }
#else
    (void)i, (void)was, (void)now;
#endif
}

// Block k's bit of a table word (bit 2k) moved to bit k: 16 bits.
static uint32_t even_bits(uint32_t x) {
    x &= PAIRS_LO;
    x = (x | (x >> 1)) & 0x33333333u;
    x = (x | (x >> 2)) & 0x0F0F0F0Fu;
    x = (x | (x >> 4)) & 0x00FF00FFu;
    return (x | (x >> 8)) & 0x0000FFFFu;
}

// Clear the flag bits of the blocks of allocation-table word [i] ([k]
// bytes: 4k blocks, k/2 flag bytes) that [was] used and [now] leaves free.
static void clear_flags(size_t i, size_t k, uint32_t was, uint32_t now) {
    uint32_t gone = even_bits((was | was >> 1) & ~(now | now >> 1));
    uint8_t *f = GC.ftb + i / 2;
    f[0] &= (uint8_t)~gone;
    if (k == 4) {
        f[1] &= (uint8_t)~(gone >> 8);
    }
}

// The blocks in use: those the last sweep counted, less those freed
// since, plus those handed out since (the allocator counts them anyway).
// n_used alone may wrap below zero; the sum does not.
static size_t used_now(void) {
    return GC.n_used + GC.since_collect;
}

// Use only grows between frees and sweeps, so its peak is seen just
// before each of them (and when asked): the allocator's path pays nothing.
static void note_peak(void) {
    size_t used = used_now();
    if (used > GC.peak_used) {
        GC.peak_used = used;
    }
}

// Blocks set in [free], a table word's free mask (bits 2k only).
static size_t count_pairs(uint32_t free) {
    uint32_t x = (free & 0x33333333u) + ((free >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (x * 0x01010101u) >> 24;
}

// Out of line: a larger es_gc_collect frame would hold more stale words
// of earlier, deeper calls when the C stack is scanned (garbage kept).
__attribute__((noinline)) static void sweep(void) {
    size_t n_bytes = GC.n_blocks / 4, low = GC.n_blocks, last = n_bytes;
    size_t n_free = 0;
    uint32_t last_free = 0; // the free blocks of table word [last]
    bool freeing = false;
    for (size_t i = 0; i < n_bytes; i += 4) {
        size_t k = n_bytes - i < 4 ? n_bytes - i : 4;
        uint32_t w = tab_load(GC.atb + i, k), now = 0, freed;
        if (w != 0) {
            now = sweep_word(w, &freeing, &freed);
            if (now != w) {
                tab_store(GC.atb + i, k, now);
                poison_freed(i, w, now);
                clear_flags(i, k, w, now); // the freed blocks' flags
            }
        }
        uint32_t free = ~(now | now >> 1) & PAIRS_LO;
        if (k < 4) {
            free &= ((uint32_t)1 << (8 * k)) - 1;
        }
        if (free != 0) {
            n_free += count_pairs(free);
            if (low == GC.n_blocks) {
                low = i * 4 + (size_t)__builtin_ctz(free) / 2;
            }
            last = i;
            last_free = free;
        }
    }
    GC.n_used = GC.n_blocks - n_free;
    GC.low_free = low;
    GC.top_rover = last_free == 0 ? 0
        : last * 4 + (31 - (size_t)__builtin_clz(last_free)) / 2 + 1;
    GC.top_holes = false;
    GC.rover = low;
}

void es_gc_collect(void) {
    if (GC.collecting || GC.n_blocks == 0) {
        return;
    }
    GC.collecting = true;
    uint64_t t0 = port_time_us();
    es_frame_gc_clear(); // popped frames' slots are not roots
    // nor is the copy of the last entry removed from a map (`del x` would
    // keep x's value until the next removal)
    es_g.map_removed[0] = es_g.map_removed[1] = ES_NULL;
    es_g.float_temp = ES_NULL; // no root either
    GC.mark_sp = 0;
    GC.mark_overflow = false;
    mark_roots();
    // Finalizers may allocate (a file of a filesystem written in Python
    // flushes through the device's methods): what they allocate is marked
    // at once, so the sweep keeps it.
    GC.finalizing = true;
    run_finalizers(false);
    GC.finalizing = false;
    note_peak();
    GC.blocks_total += GC.since_collect;
    sweep();
    GC.since_collect = 0;
    GC.collect_us += port_time_us() - t0;
    GC.n_collects++;
    GC.collecting = false;
}

void es_gc_finalize_all(void) {
    if (GC.n_blocks != 0) {
        run_finalizers(true);
    }
}

// --- allocation

// Does an allocation-table byte hold a free block (a 00 pair)?
static inline bool at_byte_has_free(uint8_t byte) {
    return ((byte | (byte >> 1)) & 0x55) != 0x55;
}

// Highest free run of [n] blocks below block [from], searching down to
// low_free and passing over table bytes without a free block.
// Sets top_holes when it passes over free blocks that were too few.
static size_t run_down(size_t from, size_t n) {
    size_t run = 0;
    for (size_t b = from; b-- > GC.low_free;) {
        if ((b & 3) == 3) {
            uint8_t byte = GC.atb[b >> 2];
            if ((run == 0 && !at_byte_has_free(byte))
                || (byte == 0 && run + 4 < n)) {
                run = byte == 0 ? run + 4 : 0; // four used or four free
                b -= 3;
                continue;
            }
        }
        if (at_get(b) != AT_FREE) {
            GC.top_holes |= run != 0;
            run = 0;
        } else if (++run == n) {
            return b;
        }
    }
    return GC.n_blocks;
}

// Highest free run of [n] blocks below the top rover, else anywhere when
// earlier requests left free blocks above it (the holes they passed over;
// blocks freed above it move it up, and a collection resets it above the
// highest free block).
static size_t find_run_top(size_t n) {
    size_t b = run_down(GC.top_rover, n);
    if (b == GC.n_blocks && GC.top_rover < GC.n_blocks && GC.top_holes) {
        b = run_down(GC.n_blocks, n);
    }
    if (b != GC.n_blocks) {
        GC.top_rover = b;
    }
    return b;
}

// Blocks [from, end) became free: the next requests may take them (a
// buffer grown by moving leaves its old place to the next large request).
static void freed_blocks(size_t from, size_t end) {
    if (from < GC.low_free) {
        GC.low_free = from;
    }
    if (end > GC.top_rover) {
        GC.top_rover = end;
    }
}

// Lowest free run of [n] blocks at or above [from]; moves low_free up to
// the first free block when the search starts there.
static size_t find_run_up(size_t from, size_t n) {
    size_t run = 0;
    bool at_low = from == GC.low_free;
    for (size_t b = from; b < GC.n_blocks; b++) {
        if ((b & 3) == 0 && run == 0 && !at_byte_has_free(GC.atb[b >> 2])) {
            b += 3; // four used blocks: no run starts here
            continue;
        }
        if ((b & 3) == 0 && run != 0 && run + 4 < n && GC.atb[b >> 2] == 0) {
            run += 4; // four free blocks extend the run
            b += 3;
            continue;
        }
        if (at_get(b) != AT_FREE) {
            run = 0;
            continue;
        }
        if (at_low) {
            GC.low_free = b;
            at_low = false;
        }
        if (++run == n) {
            return b + 1 - n;
        }
    }
    if (at_low) {
        GC.low_free = GC.n_blocks;
    }
    return GC.n_blocks;
}

// The lowest free block (GC.n_blocks if none); none is left below it once
// it is taken, so low_free moves past it.
static size_t take_lowest_free(void) {
    const uint8_t *atb = GC.atb;
    size_t end = GC.n_blocks, b = GC.low_free;
    while (b < end) {
        unsigned byte = atb[b >> 2];
        if ((b & 3) == 0 && !at_byte_has_free((uint8_t)byte)) {
            b += 4;
            continue;
        }
        if (((byte >> ((b & 3) * 2)) & 3) == AT_FREE) {
            GC.low_free = b + 1;
            return b;
        }
        b++;
    }
    GC.low_free = end;
    return end;
}

// A free run of [n] blocks, or GC.n_blocks when none is found. One block
// takes the lowest free block; a few blocks the next run that fits from the
// rover (so small holes are not rescanned on every request; the collection
// that follows a failure starts over from the bottom); large requests the
// highest run.
static size_t find_run(size_t n) {
    if (n >= LARGE_BLOCKS) {
        return find_run_top(n);
    }
    if (n == 1) {
        return take_lowest_free();
    }
    size_t from = GC.rover > GC.low_free ? GC.rover : GC.low_free;
    size_t b = find_run_up(from, n);
    if (b != GC.n_blocks) {
        GC.rover = b + n;
    }
    return b;
}

static bool injected_failure(void) {
#if ES_CFG_ALLOC_FAIL
    if (GC.fail_at != 0 && (GC.n_allocs == GC.fail_at
            || (GC.fail_sticky && GC.n_allocs > GC.fail_at))) {
        return true;
    }
#endif
    return false;
}

// Count an allocation request and apply the lock and the injector: false
// when the request must fail.
static bool may_allocate(void) {
    GC.n_allocs++;
    return GC.lock_depth == 0 && (!GC.collecting || GC.finalizing)
        && !injected_failure();
}

static void *alloc_blocks(size_t size, unsigned flags) {
    size_t user = size == 0 ? 1 : (size + ES_GC_BLOCK - 1) / ES_GC_BLOCK;
    if ((flags & ES_GC_FINAL) && user < 2) {
        user = 2; // the final flag is the first tail's
    }
    size_t n = user + REDZONE;
#if ES_CFG_GC_STRESS
    es_gc_collect();
#endif
    if (!GC.disabled && GC.since_collect >= GC.threshold) {
        es_gc_collect();
    }
    size_t b = find_run(n);
    if (b == GC.n_blocks) {
        es_gc_collect();
        b = find_run(n);
        if (b == GC.n_blocks) {
            return NULL;
        }
    }
    at_set(b, GC.finalizing ? AT_MARK : AT_HEAD);
    ft_set(b, (flags & ES_GC_LEAF) != 0);
    if (n > 1) {
        at_fill(b + 1, n - 1, AT_TAIL);
    }
    if (flags & ES_GC_FINAL) {
        ft_set(b + 1, true);
        GC.n_final++;
    }
    GC.since_collect += n;
    void *p = block_ptr(b);
    UNPOISON(b, user);
    if (user == 1) {
        memset(p, 0, ES_GC_BLOCK); // inlined: most requests are one block
    } else {
        memset(p, 0, user * ES_GC_BLOCK);
    }
    return p;
}

void *es_gc_alloc_maybe(size_t size, unsigned flags) {
    return may_allocate() ? alloc_blocks(size, flags) : NULL;
}

void *es_gc_alloc(size_t size, unsigned flags) {
    void *p = es_gc_alloc_maybe(size, flags);
    if (p == NULL) {
        es_raise_mem_error();
    }
    return p;
}

void es_gc_free(void *p) {
    if (p == NULL || GC.collecting) {
        return;
    }
    ES_ASSERT(es_gc_is_heap_ptr(p));
    size_t head = ptr_block(p);
    size_t n = n_blocks_of(head);
    GC.n_final -= (flags_of(head) & ES_GC_FINAL) != 0;
    at_fill(head, n, AT_FREE);
    ft_clear(head, n);
    POISON(head, n);
    note_peak();
    GC.n_used -= n;
    freed_blocks(head, head + n);
}

size_t es_gc_size(const void *p) {
    return user_blocks(ptr_block(p)) * ES_GC_BLOCK;
}

// Grow allocation [head] in place from [have] to [want] usable blocks when
// the blocks after it are free; true on success.
static bool grow_in_place(size_t head, size_t have, size_t want) {
    size_t end = head + want + REDZONE;
    if (end > GC.n_blocks) {
        return false;
    }
    for (size_t b = head + have + REDZONE; b < end; b++) {
        if (at_get(b) != AT_FREE) {
            return false;
        }
    }
    at_fill(head + have + REDZONE, want - have, AT_TAIL);
    UNPOISON(head + have, want - have);
    memset(block_ptr(head + have), 0, (want - have) * ES_GC_BLOCK);
    GC.since_collect += want - have;
    return true;
}

void *es_gc_realloc_maybe(void *p, size_t size) {
    if (p == NULL) {
        return es_gc_alloc_maybe(size, 0);
    }
    if (size == 0) {
        es_gc_free(p);
        return NULL;
    }
    size_t head = ptr_block(p);
    size_t have = user_blocks(head);
    size_t want = (size + ES_GC_BLOCK - 1) / ES_GC_BLOCK;
    if (want < 2 && (flags_of(head) & ES_GC_FINAL)) {
        want = 2; // the final flag is the first tail's
    }
    if (want <= have) {
        at_fill(head + want + REDZONE, have - want, AT_FREE);
        ft_clear(head + want + REDZONE, have - want);
        POISON(head + want, have - want + REDZONE);
        if (want < have) {
            freed_blocks(head + want + REDZONE, head + have + REDZONE);
            note_peak();
            GC.n_used -= have - want;
        }
        return p;
    }
    if (!may_allocate()) {
        return NULL;
    }
    if (grow_in_place(head, have, want)) {
        return p;
    }
    void *q = alloc_blocks(size, flags_of(head));
    if (q == NULL) {
        return NULL;
    }
    memcpy(q, p, have * ES_GC_BLOCK);
    es_gc_free(p); // the finalizer, if any, moved with the contents
    return q;
}

void *es_gc_realloc(void *p, size_t size) {
    void *q = es_gc_realloc_maybe(p, size);
    if (q == NULL && size != 0) {
        es_raise_mem_error();
    }
    return q;
}

bool es_gc_is_heap_ptr(const void *p) {
    const uint8_t *q = p;
    if (q < GC.pool || q >= GC.pool_end
        || (size_t)(q - GC.pool) % ES_GC_BLOCK != 0) {
        return false;
    }
    unsigned a = at_get(ptr_block(q));
    return a == AT_HEAD || a == AT_MARK;
}

void es_gc_info(es_gc_info_t *info) {
    memset(info, 0, sizeof(*info));
    size_t run = 0;
    for (size_t b = 0; b < GC.n_blocks; b++) {
        if (at_get(b) == AT_FREE) {
            info->free += ES_GC_BLOCK;
            if (++run * ES_GC_BLOCK > info->max_free) {
                info->max_free = run * ES_GC_BLOCK;
            }
        } else {
            run = 0;
            info->n_blocks_used++;
        }
    }
    info->total = GC.n_blocks * ES_GC_BLOCK;
    info->used = info->total - info->free;
}

unsigned es_gc_block(size_t b, const void **obj) {
    unsigned a = b < GC.n_blocks ? at_get(b) : AT_FREE;
    *obj = block_ptr(b);
    return a == AT_MARK ? AT_HEAD : a;
}

void es_gc_lock(void) {
    GC.lock_depth++;
}

void es_gc_unlock(void) {
    if (GC.lock_depth > 0) {
        GC.lock_depth--;
    }
}

void es_gc_mem_stats(uint64_t *total, size_t *current, size_t *peak) {
    note_peak();
    *total = (GC.blocks_total + GC.since_collect) * ES_GC_BLOCK;
    *current = used_now() * ES_GC_BLOCK;
    *peak = GC.peak_used * ES_GC_BLOCK;
}

uint64_t es_gc_alloc_count(void) {
    return GC.n_allocs;
}

void es_gc_fail_after(uint64_t n, bool sticky) {
    GC.fail_at = n == 0 ? 0 : GC.n_allocs + n;
    GC.fail_sticky = sticky;
}
