// SPDX-License-Identifier: MIT
// The lx106 port's program: arguments from QEMU's semihosting
// (espy [-X heapsize=N] [-X stacklimit=N] [-X stackfile=PATH] file.py [args]),
// the Python heap placed after .bss (38 KB unless asked otherwise), the
// interpreter run on the 8 KB stack, and the stack's high-water mark
// appended to a host file when asked (for `make size`).
#include <stdlib.h>
#include <string.h>

#include "interp.h"
#include "lx106.h"
#include "port.h"
#include "semihost.h"

typedef struct options {
    size_t heap_size;
    size_t stack_limit;
    const char *stack_file;
    int first_arg; // index of the script in argv
} options_t;

static void err(const char *a, const char *b) {
    port_write(2, a, strlen(a));
    port_write(2, b, strlen(b));
    port_write(2, "\n", 1);
}

// "38K", "40960", "1M".
static size_t parse_size(const char *s) {
    char *end;
    unsigned long n = strtoul(s, &end, 0);
    if (*end == 'K' || *end == 'k') {
        n *= 1024;
    } else if (*end == 'M' || *end == 'm') {
        n *= 1024 * 1024;
    }
    return n;
}

static void parse_x(options_t *o, const char *x) {
    if (strncmp(x, "heapsize=", 9) == 0) {
        o->heap_size = parse_size(x + 9);
    } else if (strncmp(x, "stacklimit=", 11) == 0) {
        o->stack_limit = parse_size(x + 11);
    } else if (strncmp(x, "stackfile=", 10) == 0) {
        o->stack_file = x + 10;
    }
}

static void parse_args(options_t *o, int argc, char **argv) {
    o->heap_size = ES_CFG_HEAP_SIZE;
    o->stack_limit = ES_CFG_C_STACK_LIMIT;
    o->stack_file = NULL;
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

// Append "<bytes>\n" to [path] on the host.
static void report_stack(const char *path) {
    char buf[16];
    size_t n = sizeof(buf);
    size_t used = lx106_stack_used();
    buf[--n] = '\n';
    do {
        buf[--n] = (char)('0' + used % 10);
        used /= 10;
    } while (used);
    int fd = sh_open(path, SH_O_WRONLY | SH_O_CREAT | SH_O_APPEND, 0644);
    if (fd >= 0) {
        sh_write(fd, buf + n, sizeof(buf) - n);
        sh_close(fd);
    }
}

static int run(const options_t *o, int argc, char **argv) {
    size_t avail = (size_t)(__espy_heap_limit - __espy_heap_start);
    if (o->heap_size > avail || o->heap_size < 4096) {
        err("espy: heap size out of range (DRAM left for it is a few "
            "KB over 38K): ", argv[0]);
        return 2;
    }
    if (o->first_arg >= argc) {
        err("espy: usage: espy [-X heapsize=N] file.py [args]", "");
        return 2;
    }
    es_init(__espy_heap_start, o->heap_size, __stack, o->stack_limit);
    es_set_argv(argc - o->first_arg, argv + o->first_arg);
    int status = es_run_file(argv[o->first_arg]);
    es_deinit();
    return status;
}

int main(void) {
    int argc = sh_argc();
    size_t size = sh_argv_size();
    uint32_t buf[(size + 3) / 4];
    char **argv = sh_argv(buf);
    options_t o;
    parse_args(&o, argc, argv);
    int status = run(&o, argc, argv);
    sh_console_flush();
    if (o.stack_file) {
        report_stack(o.stack_file);
    }
    return status;
}
