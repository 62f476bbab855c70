// SPDX-License-Identifier: MIT
// The lx106 port's program, with the host port's command line (arguments
// come from QEMU's semihosting):
//   espy [-X opt]... [-c CODE | -m MODULE | FILE] [ARGS]
// -X heapsize=N[w][K|M], stacklimit=N[K], failalloc=N, failallocfrom=N and
// the port's own statsfile=PATH (append "<script> stack=<C-stack high-water
// bytes> ccount=<cycles of the run>" to a host file, for `make size` and
// `make bench-lx106`). The heap lies right after .bss (38 KB unless asked
// otherwise), the C stack is the real 8 KB one; without a program the
// source is read from stdin. The port's -X boot=N runs the board's boot
// sequence first (see board_boot). A heap larger than the DRAM left (only tests
// listed in bigheap.txt, and a test's own -X heapsize) goes to the QEMU sim
// machine's sysram, which the ESP8266 does not have.
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "gc.h"
#include "interp.h"
#include "intern.h"
#include "list.h"
#include "module.h"
#include "nlr.h"
#include "runtime.h"
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
    int boots;          // -X boot=N: boot sequences before the program
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
    } else if (strncmp(x, "boot=", 5) == 0) {
        o->boots = atoi(x + 5);
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

// --- board mode (-X boot=N)

// The board's boot sequence after each (re)start, as the host port's
// board mode: sys.path as the reference's, the frozen _boot in
// __main__'s globals (the filesystem on the RAM flash mounted at "/", or
// first-time setup), then boot.py from the flash.
static void board_boot(void) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_sys_path_board();
        es_nlr_pop();
    }
    es_run_frozen("_boot.py");
    if (es_vfs_import_stat("boot.py") == 1) {
        es_run_file("boot.py");
    }
}

// Write the host file [path] to the board's flash as main.py, read into
// [buf] (room for [room] bytes, above the arena). False after a message.
static bool install_main(const char *path, char *buf, size_t room) {
    int fd = port_file_open(path);
    int n = fd < 0 ? fd : port_file_read(fd, buf, room);
    if (fd >= 0) {
        port_file_close(fd);
    }
    if (n < 0 || (size_t)n == room) {
        err("espy: cannot read ", path);
        return false;
    }
    es_nlr_buf_t nb;
    if (es_nlr_push(&nb) == 0) {
        es_val_t f = es_vfs_open(es_qstr_val(ES_QS(main_py, "main.py")),
            es_qstr_val(ES_QS(wb, "wb")));
        es_val_t call[3];
        es_load_method(f, ES_Q(write), call);
        call[2] = es_bytes_new(buf, (size_t)n);
        es_call_method(1, 0, call);
        es_load_method(f, ES_Q(close), call);
        es_call_method(0, 0, call);
        es_nlr_pop();
        return true;
    }
    es_handle_uncaught(nb.value);
    return false;
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

// sys.argv as the host port sets it ([""] on a board).
static void set_argv(const options_t *o, int argc, char **argv) {
    if (o->boots > 0) {
        es_set_argv(1, (char *[]){(char *)""});
    } else if (o->code != NULL) {
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

// A fresh interpreter in [heap], as at power-on or after a soft reset.
static void interp_start(const options_t *o, char *heap, size_t limit,
    int argc, char **argv) {
    es_init(heap, o->heap_size, __stack, limit);
    set_argv(o, argc, argv);
    if (o->boots == 0) {
        set_path(o->file);
        es_vfs_mount_posix_root();
    }
}

// -X boot=N: N boot sequences, as at power-on on the blank RAM flash and
// after N-1 soft resets. FILE goes to the flash as main.py after the
// first and runs after the last, as the reference runs main.py.
static int run_board(const options_t *o, char *heap, size_t limit,
    char *spare, size_t spare_size) {
    board_boot();
    if (o->file == NULL || !install_main(o->file, spare, spare_size)) {
        return 2;
    }
    for (int i = 1; i < o->boots; i++) {
        es_deinit();
        interp_start(o, heap, limit, 0, NULL);
        board_boot();
    }
    es_gc_fail_after(o->fail_at, o->fail_sticky);
    return es_run_file("main.py");
}

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
    char *spare = heap + o->heap_size;
    size_t spare_size = avail - o->heap_size;
    interp_start(o, heap, limit, argc, argv);
    int status;
    if (o->boots > 0) {
        status = run_board(o, heap, limit, spare, spare_size);
    } else {
        es_gc_fail_after(o->fail_at, o->fail_sticky);
        status = run(o, spare, spare_size);
    }
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
