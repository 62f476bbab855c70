// SPDX-License-Identifier: MIT
// The lx106 port's program, with the host port's command line (arguments
// come from QEMU's semihosting):
//   espy [-X opt]... [-c CODE | -m MODULE | FILE] [ARGS]
// -X heapsize=N[w][K|M], stacklimit=N[K], failalloc=N, failallocfrom=N and
// the port's own statsfile=PATH (append "<script> stack=<C-stack high-water
// bytes> ccount=<cycles of the run>" to a host file, for `make size` and
// `make bench-lx106`). The heap lies right after .bss (38 KB unless asked
// otherwise), the C stack is the real 8 KB one; without a program the
// source is read from stdin. A heap larger than the DRAM left (only tests
// listed in bigheap.txt, and a test's own -X heapsize) goes to the QEMU sim
// machine's sysram, which the ESP8266 does not have.
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "interp.h"
#include "intern.h"
#include "list.h"
#include "lx106.h"
#include "port.h"
#include "semihost.h"
#include "state.h"
#include "str.h"
#include "vfs.h"

typedef struct options {
    size_t heap_size;
    size_t stack_limit;
    uint64_t fail_at;
    bool fail_sticky;
    const char *stats_file;
    const char *code;   // -c
    const char *module; // -m
    const char *file;
    int arg0;           // index of sys.argv[0] in argv (0: none)
} options_t;

static void err(const char *a, const char *b) {
    port_write(2, a, strlen(a));
    port_write(2, b, strlen(b));
    port_write(2, "\n", 1);
}

// Decimal digits of [v] before [end]; returns the first one.
static char *fmt_u(char *end, uint32_t v) {
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
}

// "38K", "40960", "1M"; 'w' (a size for 32-bit words) changes nothing here.
static size_t parse_size(const char *s) {
    char *end;
    unsigned long n = strtoul(s, &end, 0);
    for (; *end; end++) {
        if (*end == 'K' || *end == 'k') {
            n *= 1024;
        } else if (*end == 'M' || *end == 'm') {
            n *= 1024 * 1024;
        }
    }
    return n;
}

static void parse_x(options_t *o, const char *x) {
    if (strncmp(x, "heapsize=", 9) == 0) {
        o->heap_size = parse_size(x + 9);
    } else if (strncmp(x, "stacklimit=", 11) == 0) {
        o->stack_limit = parse_size(x + 11);
    } else if (strncmp(x, "statsfile=", 10) == 0) {
        o->stats_file = x + 10;
    } else if (strncmp(x, "failalloc=", 10) == 0) {
        o->fail_at = strtoull(x + 10, NULL, 0);
        o->fail_sticky = false;
    } else if (strncmp(x, "failallocfrom=", 14) == 0) {
        o->fail_at = strtoull(x + 14, NULL, 0);
        o->fail_sticky = true;
    }
}

// Options as the host port's; unknown ones are ignored.
static void parse_args(options_t *o, int argc, char **argv) {
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-X") == 0 && i + 1 < argc) {
            parse_x(o, argv[++i]);
        } else if (strcmp(a, "-c") == 0 && i + 1 < argc) {
            o->code = argv[++i];
            o->arg0 = i;
            return;
        } else if (strcmp(a, "-m") == 0 && i + 1 < argc) {
            o->module = argv[++i];
            o->arg0 = i;
            return;
        }
    }
    if (i < argc) {
        o->file = argv[i];
        o->arg0 = i;
    }
}

// sys.path[0]: the script's folder when its path has one.
static void set_path(const char *file) {
    es_list_t *l = (es_list_t *)es_g.sys_path;
    const char *slash = file ? strrchr(file, '/') : NULL;
    if (slash != NULL && l->len > 0) {
        l->items[0] = es_str_new(file, (size_t)(slash - file));
    }
}

// The whole of stdin, read into the top of the heap region (above the
// arena): the program when none is named.
static int run_stdin(char *buf, size_t room) {
    size_t n = 0;
    int c;
    while (n < room && (c = port_read_char()) >= 0) {
        buf[n++] = (char)c;
    }
    return es_run_str(buf, n, ES_QS(lt_stdin_gt, "<stdin>"), ES_RUN_FILE);
}

static uint32_t ccount(void) {
    uint32_t c;
    __asm__ volatile("rsr %0, ccount" : "=r"(c));
    return c;
}

// Append "<script> stack=<bytes> ccount=<cycles>\n" to [path] on the host.
static void report(const char *path, const char *script, uint32_t cycles) {
    char buf[48], *end = buf + sizeof(buf);
    char *p = fmt_u(end - 1, cycles);
    end[-1] = '\n';
    p -= 8;
    memcpy(p, " ccount=", 8);
    p = fmt_u(p, (uint32_t)lx106_stack_used());
    p -= 7;
    memcpy(p, " stack=", 7);
    int fd = sh_open(path, SH_O_WRONLY | SH_O_CREAT | SH_O_APPEND, 0644);
    if (fd >= 0) {
        sh_write(fd, script, strlen(script));
        sh_write(fd, p, (size_t)(end - p));
        sh_close(fd);
    }
}

// A file that cannot be opened: the host port's message and status 2.
static bool can_open(const char *path) {
    int fd = port_file_open(path);
    if (fd < 0) {
        port_write(2, "espy: can't open file '", 23);
        port_write(2, path, strlen(path));
        err("': [Errno 2] No such file or directory", "");
        return false;
    }
    port_file_close(fd);
    return true;
}

static int run(const options_t *o, char *spare, size_t spare_size) {
    if (o->code != NULL) {
        return es_run_str(o->code, strlen(o->code),
            ES_QS(lt_string_gt, "<string>"), ES_RUN_FILE);
    }
    if (o->module != NULL) {
        return es_run_module(o->module);
    }
    if (o->file != NULL && strcmp(o->file, "-") != 0) {
        return can_open(o->file) ? es_run_file(o->file) : 2;
    }
    return run_stdin(spare, spare_size);
}

// sys.argv as the host port sets it.
static void set_argv(const options_t *o, int argc, char **argv) {
    if (o->code != NULL) {
        es_set_argv(1, (char *[]){(char *)"-c"});
        es_set_argv(argc - o->arg0 - 1, argv + o->arg0 + 1);
    } else if (o->arg0 != 0) {
        es_set_argv(argc - o->arg0, argv + o->arg0);
    } else {
        es_set_argv(1, (char *[]){(char *)""});
    }
}

#define SYSRAM ((char *)0x60000000)
#define SYSRAM_SIZE (64u << 20)

static int start(const options_t *o, int argc, char **argv) {
    char *heap = __espy_heap_start;
    size_t avail = (size_t)(__espy_heap_limit - heap);
    if (o->heap_size > avail) {
        heap = SYSRAM;
        avail = SYSRAM_SIZE;
    }
    if (o->heap_size > avail || o->heap_size < 4096) {
        err("espy: -X heapsize: from 4096 to 64M", "");
        return 2;
    }
    // The stack is 8 KB in all: a larger limit (e.g. -X stacklimit=8k)
    // would let C frames between two checks run past its end, so the
    // limit keeps the configured margin below the real size.
    size_t limit = o->stack_limit;
    if (limit == 0 || limit > ES_CFG_C_STACK_LIMIT) {
        limit = ES_CFG_C_STACK_LIMIT;
    }
    uint32_t t0 = ccount();
    es_init(heap, o->heap_size, __stack, limit);
    set_argv(o, argc, argv);
    set_path(o->file);
    es_vfs_mount_posix_root();
    es_gc_fail_after(o->fail_at, o->fail_sticky);
    int status = run(o, heap + o->heap_size, avail - o->heap_size);
    int at_exit = es_run_atexit(); // sys.atexit's function
    status = status != 0 ? status : at_exit;
    es_deinit();
    sh_console_flush();
    // The guard (crt0.S) sees stores into the lowest 64 bytes only; a frame
    // that jumped over it still left its mark on the paint.
    if (lx106_stack_used() >= (size_t)(__stack - __stack_bottom) - 16) {
        port_fatal("the C stack overflowed its 8 KB");
    }
    if (o->stats_file) {
        const char *name = o->file ? o->file : o->code ? "-c" : "-";
        report(o->stats_file, name, ccount() - t0);
    }
    return status & 0xff;
}

int main(void) {
    int argc = sh_argc();
    size_t size = sh_argv_size();
    uint32_t buf[(size + 3) / 4];
    char **argv = sh_argv(buf);
    options_t o;
    memset(&o, 0, sizeof(o));
    o.heap_size = ES_CFG_HEAP_SIZE;
    o.stack_limit = ES_CFG_C_STACK_LIMIT;
    parse_args(&o, argc, argv);
    return start(&o, argc, argv);
}
