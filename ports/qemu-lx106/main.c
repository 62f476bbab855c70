// SPDX-License-Identifier: MIT
// The lx106 port's program: arguments from QEMU's semihosting
// (espy [-X heapsize=N] [-X stacklimit=N] [-X statsfile=PATH] file.py [args]),
// the Python heap placed after .bss (38 KB unless asked otherwise), the
// interpreter run on the 8 KB stack, and, when asked, a line of figures
// appended to a host file: the stack's high-water mark (for `make size`)
// and the CCOUNT cycles of the run (for `make bench-lx106`).
#include <stdlib.h>
#include <string.h>

#include "interp.h"
#include "lx106.h"
#include "port.h"
#include "semihost.h"

typedef struct options {
    size_t heap_size;
    size_t stack_limit;
    const char *stats_file;
    int first_arg; // index of the script in argv
} options_t;

static void err(const char *a, const char *b) {
    port_write(2, a, strlen(a));
    port_write(2, b, strlen(b));
    port_write(2, "\n", 1);
}

// "38K", "40960", "1M"; a 'w' (size for a 32-bit machine, scaled on
// 64-bit hosts) is accepted before or after the unit and changes nothing.
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
    }
}

static void parse_args(options_t *o, int argc, char **argv) {
    o->heap_size = ES_CFG_HEAP_SIZE;
    o->stack_limit = ES_CFG_C_STACK_LIMIT;
    o->stats_file = NULL;
    int i = 1;
    while (i < argc && argv[i][0] == '-' && argv[i][1] != 0) {
        if (strcmp(argv[i], "-X") == 0 && i + 1 < argc) {
            parse_x(o, argv[i + 1]);
            i += 2;
        } else if (strncmp(argv[i], "-X", 2) == 0) {
            parse_x(o, argv[i] + 2);
            i++;
        } else {
            break;
        }
    }
    o->first_arg = i;
}

static uint32_t ccount(void) {
    uint32_t c;
    __asm__ volatile("rsr %0, ccount" : "=r"(c));
    return c;
}

// Decimal digits of [v] before [end]; returns the first one.
static char *fmt_u(char *end, uint32_t v) {
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
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

static int run(const options_t *o, int argc, char **argv) {
    size_t avail = (size_t)(__espy_heap_limit - __espy_heap_start);
    if (o->heap_size > avail || o->heap_size < 4096) {
        char num[12];
        num[11] = 0;
        err("espy: -X heapsize: from 4096 to ", fmt_u(num + 11, avail));
        return 2;
    }
    if (o->first_arg >= argc) {
        err("espy: usage: espy [-X heapsize=N] file.py [args]", "");
        return 2;
    }
    uint32_t start = ccount();
    es_init(__espy_heap_start, o->heap_size, __stack, o->stack_limit);
    es_set_argv(argc - o->first_arg, argv + o->first_arg);
    int status = es_run_file(argv[o->first_arg]);
    es_deinit();
    sh_console_flush();
    if (o->stats_file) {
        report(o->stats_file, argv[o->first_arg], ccount() - start);
    }
    return status;
}

int main(void) {
    int argc = sh_argc();
    size_t size = sh_argv_size();
    uint32_t buf[(size + 3) / 4];
    char **argv = sh_argv(buf);
    options_t o;
    parse_args(&o, argc, argv);
    return run(&o, argc, argv);
}
