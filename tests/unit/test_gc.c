// SPDX-License-Identifier: MIT
// Unit tests of the arena collector (core/gc.c) on its own: allocation,
// reclaim, deep chains (mark-stack overflow), finalizers, realloc, the
// failure injector, the heap lock and a fragmentation churn.
#include <stdio.h>
#include <string.h>

#include "gc.h"
#include "state.h"

static int n_pass, n_fail;

#define CHECK(cond) \
    do { \
        if (cond) { \
            n_pass++; \
        } else { \
            n_fail++; \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
        } \
    } while (0)

static _Alignas(16) unsigned char arena[4 << 20];
static int n_finalized;

static void count_finalize(es_obj_t *self) {
    ES_UNUSED(self);
    n_finalized++;
}

static const es_type_t final_type = {.finalize = count_finalize};

typedef struct node {
    struct node *next;
    uintptr_t index;
} node_t;

// Overwrite dead stack slots so stale pointers from earlier calls do not
// keep garbage alive through the conservative stack scan.
__attribute__((noinline)) static void clobber_stack(void) {
    volatile char junk[8192];
    memset((char *)junk, 0, sizeof(junk));
}

// The C stack is scanned conservatively, so a stale copy of a pointer the
// test handled could keep garbage alive. The tests keep their roots in es_g
// and collect with the stack scan off (stack_top NULL); only the registers
// are still scanned, and the helpers that touch the heap are noinline so no
// pointer outlives them in a register.

static void collect(void) {
    clobber_stack();
    char *top = es_g.stack_top;
    es_g.stack_top = NULL;
    es_gc_collect();
    es_g.stack_top = top;
}

static size_t free_bytes(void) {
    es_gc_info_t info;
    es_gc_info(&info);
    return info.free;
}

// Bytes one node takes from the arena: one block, plus a red-zone block in
// the AddressSanitizer build.
static size_t node_cost(void) {
    size_t before = free_bytes();
    void *p = es_gc_alloc_maybe(sizeof(node_t), 0);
    size_t cost = before - free_bytes();
    es_gc_free(p);
    return cost;
}

static void start(size_t size) {
    memset(&es_g, 0, sizeof(es_g));
    char top;
    es_g.stack_top = &top + 256;
    es_gc_init(arena, size);
}

// Build a chain of [n] nodes rooted at es_g.main_globals.
__attribute__((noinline)) static void build_chain(size_t n) {
    node_t *head = NULL;
    for (size_t i = 0; i < n; i++) {
        node_t *nd = es_gc_alloc_maybe(sizeof(node_t), 0);
        if (nd == NULL) {
            break;
        }
        nd->next = head;
        nd->index = i;
        head = nd;
        es_g.main_globals = (es_val_t)head;
    }
}

__attribute__((noinline)) static size_t chain_ok(size_t n) {
    size_t count = 0;
    for (node_t *nd = (node_t *)es_g.main_globals; nd; nd = nd->next) {
        if (nd->index != n - 1 - count) {
            return 0;
        }
        count++;
    }
    return count;
}

static void test_reclaim(void) {
    start(64 * 1024);
    size_t empty = free_bytes();
    CHECK(empty > 60 * 1024);
    build_chain(100);
    collect();
    CHECK(chain_ok(100) == 100);
    CHECK(free_bytes() == empty - 100 * node_cost());
    es_g.main_globals = ES_NULL;
    collect();
    CHECK(free_bytes() == empty);
}

static void test_deep_chain(void) {
    start(sizeof(arena));
    size_t empty = free_bytes();
    build_chain(100000);
    CHECK(chain_ok(100000) == 100000);
    collect(); // the mark stack overflows many times over
    CHECK(chain_ok(100000) == 100000);
    es_g.main_globals = ES_NULL;
    collect();
    CHECK(free_bytes() == empty);
}

__attribute__((noinline)) static void make_finalizable(int n) {
    for (int i = 0; i < n; i++) {
        es_obj_t *o = es_gc_alloc_maybe(sizeof(es_obj_t), ES_GC_FINAL);
        o->type = &final_type;
    }
}

static void test_finalizers(void) {
    start(64 * 1024);
    n_finalized = 0;
    make_finalizable(10);
    collect();
    CHECK(n_finalized == 10);
    collect();
    CHECK(n_finalized == 10); // each runs once
    es_obj_t *kept = es_gc_alloc_maybe(sizeof(es_obj_t), ES_GC_FINAL);
    kept->type = &final_type;
    es_g.main_globals = (es_val_t)kept;
    collect();
    CHECK(n_finalized == 10);
    es_gc_finalize_all(); // at exit, the live ones run too
    CHECK(n_finalized == 11);
}

static void test_realloc(void) {
    start(64 * 1024);
    char *p = es_gc_alloc_maybe(20, ES_GC_LEAF);
    strcpy(p, "hello, arena");
    p = es_gc_realloc_maybe(p, 500);
    CHECK(p != NULL && strcmp(p, "hello, arena") == 0);
    CHECK(es_gc_size(p) >= 500);
    char *q = es_gc_alloc_maybe(16, 0); // now p cannot grow in place
    p = es_gc_realloc_maybe(p, 2000);
    CHECK(p != NULL && strcmp(p, "hello, arena") == 0 && p[1999] == 0);
    CHECK(q != p);
    p = es_gc_realloc_maybe(p, 16);
    CHECK(es_gc_size(p) == 16);
}

static void test_injection_and_lock(void) {
    start(64 * 1024);
    es_gc_fail_after(3, false);
    CHECK(es_gc_alloc_maybe(8, 0) != NULL);
    CHECK(es_gc_alloc_maybe(8, 0) != NULL);
    CHECK(es_gc_alloc_maybe(8, 0) == NULL);
    CHECK(es_gc_alloc_maybe(8, 0) != NULL);
    es_gc_fail_after(2, true);
    CHECK(es_gc_alloc_maybe(8, 0) != NULL);
    CHECK(es_gc_alloc_maybe(8, 0) == NULL);
    CHECK(es_gc_alloc_maybe(8, 0) == NULL);
    es_gc_fail_after(0, false);
    uint64_t before = es_gc_alloc_count();
    es_gc_lock();
    CHECK(es_gc_alloc_maybe(8, 0) == NULL);
    es_gc_unlock();
    CHECK(es_gc_alloc_maybe(8, 0) != NULL);
    CHECK(es_gc_alloc_count() == before + 2);
}

// Churn mixed sizes at 38 KB keeping every 8th object alive; a large block
// must still fit afterwards.
static void test_fragmentation(void) {
    start(38 * 1024);
    void **keep = es_gc_alloc_maybe(512 * sizeof(void *), 0);
    es_g.main_globals = (es_val_t)keep;
    unsigned seed = 1;
    for (int i = 0; i < 20000; i++) {
        seed = seed * 1103515245u + 12345u;
        size_t size = 16 + (seed >> 16) % 497;
        void *p = es_gc_alloc_maybe(size, ES_GC_LEAF);
        if (p == NULL) {
            collect();
            p = es_gc_alloc_maybe(size, ES_GC_LEAF);
        }
        if (p != NULL && i % 8 == 0) {
            keep[(i / 8) % 512] = p;
        }
    }
    for (size_t i = 24; i < 512; i++) {
        keep[i] = NULL; // about 6 KB stays alive
    }
    collect();
    void *big = es_gc_alloc_maybe(10000, ES_GC_LEAF);
    CHECK(big != NULL);
}

// Allocations of 1 to 40 blocks side by side, every third kept through a
// rooted array: the sweep must free exactly the others, whose heads and
// tails share allocation-table words with the kept ones, including dead
// tails that run across several words and live tails after dead heads.
#define MIXED 120

static size_t mixed_blocks(size_t i) {
    return 1 + (i * 7) % 40;
}

// Make the allocations, keep every third in the rooted array; returns the
// bytes the kept ones cost (red zones included in the ASan build).
__attribute__((noinline)) static size_t make_mixed(void) {
    void **keep = (void **)es_g.main_globals;
    size_t kept = 0;
    for (size_t i = 0; i < MIXED; i++) {
        size_t before = free_bytes();
        void *p = es_gc_alloc_maybe(mixed_blocks(i) * ES_GC_BLOCK - 1,
            ES_GC_LEAF);
        if (i % 3 == 0) {
            keep[i / 3] = p;
            kept += before - free_bytes();
        }
    }
    return kept;
}

__attribute__((noinline)) static bool mixed_sizes_ok(void) {
    void **keep = (void **)es_g.main_globals;
    for (size_t i = 0; i < MIXED; i += 3) {
        if (es_gc_size(keep[i / 3]) != mixed_blocks(i) * ES_GC_BLOCK) {
            return false;
        }
    }
    return true;
}

__attribute__((noinline)) static void make_keep_array(void) {
    es_g.main_globals = (es_val_t)es_gc_alloc_maybe(MIXED / 3
        * sizeof(void *), 0);
}

static void test_mixed_sweep(void) {
    start(256 * 1024);
    size_t empty = free_bytes();
    make_keep_array();
    size_t with_array = free_bytes();
    size_t kept = make_mixed();
    collect();
    CHECK(free_bytes() == with_array - kept);
    CHECK(mixed_sizes_ok());
    es_g.main_globals = ES_NULL;
    collect();
    CHECK(free_bytes() == empty);
}

int main(void) {
    test_reclaim();
    test_deep_chain();
    test_finalizers();
    test_realloc();
    test_injection_and_lock();
    test_fragmentation();
    test_mixed_sweep();
    printf("%d passed, %d failed\n", n_pass, n_fail);
    return n_fail != 0;
}
