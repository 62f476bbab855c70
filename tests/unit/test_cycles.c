// SPDX-License-Identifier: MIT
// 1,000 interpreter lifetimes in one process (es_init, es_run_str several
// times, es_deinit): every cycle must start from the same state (arena use,
// allocation count, interned names), end the same way, and the process's
// resident memory must not grow. Proves that es_g holds all state and that
// nothing in the core uses the C heap.
#include <fcntl.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "gc.h"
#include "intern.h"
#include "interp.h"
#include "state.h"
#include "unit.h"

#define CYCLES 1000
#define HEAP_SIZE (256 * 1024)

static _Alignas(16) unsigned char heap[HEAP_SIZE];
// A program touching most of the engine: functions, closures, generators,
// dicts, str building, big ints, a caught exception, run-time names.
static const char prog_main[] =
    "def fib(n):\n"
    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i * i\n"
    "def make(k):\n"
    "    def add(x):\n"
    "        return x + k\n"
    "    return add\n"
    "d = {}\n"
    "for i in range(200):\n"
    "    d['k' + str(i)] = [i, (i, str(i))]\n"
    "s = ''\n"
    "for i in range(100):\n"
    "    s += str(i)\n"
    "try:\n"
    "    {}['missing']\n"
    "except KeyError as e:\n"
    "    r = repr(e)\n"
    "big = 2 ** 200 // 3\n"
    "total = fib(15) + sum(gen(50)) + make(5)(6) + len(d) + len(s) "
    "+ big % 97\n"
    "a_name_made_at_run_time_xyz = sorted([3, 1, 2], key=lambda v: -v)\n";
// Checks the result of prog_main (computed with CPython): exit status 9 if
// it is wrong.
static const char prog_check[] =
    "if total != 41436 + (2 ** 200 // 3) % 97 or r != \"KeyError('missing')\":\n"
    "    raise SystemExit(9)\n";
static const char prog_uncaught[] = "def f():\n    raise ValueError('x')\nf()\n";
static const char prog_exit[] = "raise SystemExit(3)\n";

typedef struct snapshot {
    size_t used;        // arena bytes in use
    uint64_t n_allocs;  // allocator's counter
    size_t n_names;     // run-time interned names
    size_t name_bytes;
} snapshot_t;

static void take(snapshot_t *s) {
    es_gc_info_t info;
    es_gc_info(&info);
    s->used = info.used;
    s->n_allocs = es_gc_alloc_count();
    es_intern_stats(&s->n_names, &s->name_bytes);
}

// Same counters; arena use too when [exact_use] (at the end of a run the
// conservative stack scan may keep a few different blocks alive).
static bool same(const snapshot_t *a, const snapshot_t *b, bool exact_use) {
    return (!exact_use || a->used == b->used) && a->n_allocs == b->n_allocs
        && a->n_names == b->n_names && a->name_bytes == b->name_bytes;
}

static long max_rss_kb(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static int run(const char *src, es_qstr_t file) {
    return es_run_str(src, strlen(src), file, ES_RUN_FILE);
}

// One lifetime. [start] and [end] receive the state after init and after
// the last run.
static void cycle(int i, char *stack_top, snapshot_t *start, snapshot_t *end) {
    es_init(heap, sizeof(heap), stack_top, ES_CFG_C_STACK_LIMIT);
    take(start);
    es_qstr_t file = es_intern_cstr("<cycle>");
    int st = run(prog_main, file);
    CHECK(st == 0, "cycle %d: main program exit status %d", i, st);
    st = run(prog_check, file);
    CHECK(st == 0, "cycle %d: wrong results (status %d)", i, st);
    st = run(prog_uncaught, file);
    CHECK(st == 1, "cycle %d: uncaught exception gave status %d", i, st);
    st = run(prog_exit, file);
    CHECK(st == 3, "cycle %d: SystemExit(3) gave status %d", i, st);
    take(end);
    es_deinit();
}

static void compare(int i, const char *what, const snapshot_t *first,
    const snapshot_t *now, bool exact_use) {
    CHECK(same(first, now, exact_use),
        "cycle %d: %s state differs from cycle 0: used %zu/%zu, allocs "
        "%llu/%llu, names %zu/%zu, name bytes %zu/%zu",
        i, what, now->used, first->used, (unsigned long long)now->n_allocs,
        (unsigned long long)first->n_allocs, now->n_names, first->n_names,
        now->name_bytes, first->name_bytes);
}

int main(void) {
    char stack_top;
    // Tracebacks of prog_uncaught go to fd 2; keep the test's output clean.
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) {
        dup2(devnull, 2);
    }
    snapshot_t first_start, first_end, start, end;
    long rss_warm = max_rss_kb();
    size_t warm_used = 0; // most arena use at the end of the warm-up cycles
    int i = 0;
    for (; i < CYCLES && unit_fail < 10; i++) {
        cycle(i, &stack_top, &start, &end);
        if (i == 0) {
            first_start = start;
            first_end = end;
        } else {
            compare(i, "start", &first_start, &start, true);
            compare(i, "end", &first_end, &end, false);
        }
        if (i < CYCLES / 10) {
            warm_used = end.used > warm_used ? end.used : warm_used;
        } else {
            CHECK(end.used <= warm_used + 1024, "cycle %d: arena use at the "
                "end grew from %zu to %zu bytes", i, warm_used, end.used);
        }
        if (i + 1 == CYCLES / 10) {
            rss_warm = max_rss_kb();
        }
    }
    long rss_end = max_rss_kb();
    CHECK(i == CYCLES, "stopped after %d cycles", i);
    CHECK(rss_end - rss_warm <= 64, "resident memory grew from %ld KB to %ld "
        "KB between cycle %d and %d", rss_warm, rss_end, CYCLES / 10, i);
    printf("test_cycles: %d cycles, arena at start %zu bytes, %llu allocations "
           "at init, max RSS %ld KB\n",
        CYCLES, first_start.used, (unsigned long long)first_start.n_allocs,
        rss_end);
    return UNIT_DONE("test_cycles");
}
