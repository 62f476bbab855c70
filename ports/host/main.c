// SPDX-License-Identifier: MIT
// The host port's command line, as MicroPython's unix port:
//   espy [-i] [-X opt]... [-c CODE | -m MODULE | FILE] [ARGS]
// or in board mode with the REPL on UART0 (docs/console.md):
//   espy --uart0 pty|tcp:PORT|stdio [--board NAME] [--flash IMAGE]
//        [-X opt]... [FILE as the board's main.py]
// -X heapsize=N[w][K|M], emit=bytecode, and espy's own stacklimit=N[K],
// failalloc=N, failallocfrom=N and alloccount. MICROPYPATH sets sys.path.
// The arena is one malloc'ed block handed to the core; the C stack top is a
// local here.
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "console/repl.h"
#include "exc.h"
#include "hal/uart.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "intern.h"
#include "list.h"
#include "nlr.h"
#include "os_dupterm.h"
#include "port.h"
#include "sim/board.h"
#include "sim/diagram.h"
#include "sim/flash.h"
#include "sim/reset.h"
#include "sim/scenario.h"
#include "state.h"
#include "str.h"
#include "uart0.h"
#include "vm.h"
#include "vfs.h"


typedef struct options {
    size_t heap_size;
    size_t stack_limit;
    unsigned long long fail_at;
    bool fail_sticky;
    bool alloc_count;   // -X alloccount: print the allocations made at exit
    bool inspect;
    const char *code;   // -c
    const char *module; // -m
    const char *file;
    const char *flash;  // --flash IMAGE: the board's flash image
    const char *powercut; // --powercut JOBS|at=N: power-loss tests
    const char *board;  // --board NAME: boards/NAME.json
    const char *uart0;  // --uart0: board mode, the REPL on this transport
    const char *vcd;    // --vcd-file F: the GPIO trace
    const char *clock;  // --clock virtual|real
    const char *diagram;  // --diagram diagram.json
    const char *scenario; // --scenario S.yaml
    const char *serial_log; // --serial-log-file F
    long timeout_ms;    // --timeout MS, virtual (default 30000)
    int arg0;           // index of sys.argv[0] in argv (0: none)
} options_t;

static void usage(const char *prog) {
    fprintf(stderr, "usage: %s [-i] [-X option] [--board name] "
        "[--flash image] [-c cmd | -m mod | file] [arg] ...\n"
        "       %s --uart0 pty|tcp:PORT|stdio [--board name] "
        "[--flash image] [-X option] [main.py]\n"
        "board options: --diagram diagram.json --scenario S.yaml "
        "--vcd-file F.vcd --serial-log-file F --timeout MS "
        "--clock virtual|real\n"
        "-X options: heapsize=N[w][K|M] emit=bytecode stacklimit=N[K] "
        "failalloc=N failallocfrom=N alloccount\n"
        "--powercut JOBS|at=N: power-loss tests (docs/filesystem.md)\n",
        prog, prog);
    exit(2);
}

// N[w][K|M] (w: times word size / 4), as MicroPython's heapsize.
static size_t parse_size(const char *s, bool allow_w) {
    char *end;
    unsigned long long n = strtoull(s, &end, 0);
    bool words = false;
    for (; *end != '\0'; end++) {
        if (*end == 'w' && allow_w) {
            words = true;
        } else if (*end == 'k' || *end == 'K') {
            n *= 1024;
        } else if (*end == 'm' || *end == 'M') {
            n *= 1024 * 1024;
        } else {
            fprintf(stderr, "espy: bad size '%s'\n", s);
            exit(2);
        }
    }
    if (words) {
        n = n * sizeof(void *) / 4;
    }
    return (size_t)n;
}

static void parse_x(options_t *o, const char *x, const char *prog) {
    if (strncmp(x, "heapsize=", 9) == 0) {
        o->heap_size = parse_size(x + 9, true);
    } else if (strncmp(x, "stacklimit=", 11) == 0) {
        o->stack_limit = parse_size(x + 11, false);
    } else if (strncmp(x, "failalloc=", 10) == 0) {
        o->fail_at = strtoull(x + 10, NULL, 0);
        o->fail_sticky = false;
    } else if (strncmp(x, "failallocfrom=", 14) == 0) {
        o->fail_at = strtoull(x + 14, NULL, 0);
        o->fail_sticky = true;
    } else if (strcmp(x, "alloccount") == 0) {
        o->alloc_count = true;
    } else if (strcmp(x, "emit=bytecode") != 0) {
        usage(prog);
    }
}

static void parse_args(options_t *o, int argc, char **argv) {
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-i") == 0) {
            o->inspect = true;
        } else if (strcmp(a, "-X") == 0 && i + 1 < argc) {
            parse_x(o, argv[++i], argv[0]);
        } else if (strcmp(a, "-c") == 0 && i + 1 < argc) {
            o->code = argv[++i];
            o->arg0 = i;
            return;
        } else if (strcmp(a, "-m") == 0 && i + 1 < argc) {
            o->module = argv[++i];
            o->arg0 = i;
            return;
        } else if (strcmp(a, "--flash") == 0 && i + 1 < argc) {
            o->flash = argv[++i];
        } else if (strcmp(a, "--powercut") == 0 && i + 1 < argc) {
            o->powercut = argv[++i];
        } else if (strcmp(a, "--uart0") == 0 && i + 1 < argc) {
            o->uart0 = argv[++i];
        } else if (strcmp(a, "--board") == 0 && i + 1 < argc) {
            o->board = argv[++i];
        } else if (strcmp(a, "--vcd-file") == 0 && i + 1 < argc) {
            o->vcd = argv[++i];
        } else if (strcmp(a, "--clock") == 0 && i + 1 < argc
            && (strcmp(argv[i + 1], "virtual") == 0
                || strcmp(argv[i + 1], "real") == 0)) {
            o->clock = argv[++i];
        } else if (strcmp(a, "--diagram") == 0 && i + 1 < argc) {
            o->diagram = argv[++i];
        } else if (strcmp(a, "--scenario") == 0 && i + 1 < argc) {
            o->scenario = argv[++i];
        } else if (strcmp(a, "--serial-log-file") == 0 && i + 1 < argc) {
            o->serial_log = argv[++i];
        } else if (strcmp(a, "--timeout") == 0 && i + 1 < argc) {
            o->timeout_ms = strtol(argv[++i], NULL, 10);
        } else if (strcmp(a, "-O") == 0 || strcmp(a, "-v") == 0) {
            // accepted and ignored, as MicroPython's optimisation/verbosity
        } else {
            usage(argv[0]);
        }
    }
    if (i < argc) {
        o->file = argv[i];
        o->arg0 = i;
    }
}

// --- sys.path

// Append one entry, as an interned name (as MicroPython's unix port does:
// a name's header is half a str's); a leading "~" is $HOME. An entry
// longer than PATH_MAX is left out.
static void path_add(const char *s, size_t n) {
    const char *home = getenv("HOME");
    char full[PATH_MAX];
    if (n > 0 && s[0] == '~' && home != NULL) {
        int len = snprintf(full, sizeof(full), "%s%.*s", home, (int)(n - 1),
            s + 1);
        if (len < 0 || (size_t)len >= sizeof(full)) {
            return;
        }
        s = full;
        n = (size_t)len;
    }
    es_list_append(es_g.sys_path, es_qstr_val(es_intern_lossy(s, n)));
}

// sys.path = [script dir or '', '.frozen'] + MICROPYPATH (or the default)
// entries. The script's directory is its absolute path, as
// MicroPython's unix port and CPython give it (so a module's __file__ is
// absolute too).
static void add_paths(const char *file) {
    const char *env = getenv("MICROPYPATH");
    if (env == NULL) {
        env = "~/.micropython/lib:/usr/lib/micropython";
    }
    es_list_t *l = (es_list_t *)es_g.sys_path;
    char real[PATH_MAX];
    const char *slash = file != NULL && realpath(file, real) != NULL
        ? strrchr(real, '/') : NULL;
    if (slash != NULL && l->len > 0) {
        l->items[0] = es_qstr_val(es_intern(real, (size_t)(slash - real)));
    }
    while (*env != '\0') {
        const char *colon = strchr(env, ':');
        size_t n = colon ? (size_t)(colon - env) : strlen(env);
        path_add(env, n);
        env += n + (colon != NULL);
    }
}

// Never raises: what does not fit in the heap is left out.
static void set_path(const char *file) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        add_paths(file);
        es_nlr_pop();
    }
}

// Plain mode: the host's directories at "/", as MicroPython's unix port.
static void mount_root(void) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_vfs_mount_posix_root();
        es_nlr_pop();
    } else {
        fprintf(stderr, "espy: cannot mount the host's files\n");
        exit(1);
    }
}

// Board mode: sys.path as the reference's ['', '.frozen', '/lib', '/'].
static void board_paths(void) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_sys_path_board();
        es_nlr_pop();
    }
}

// The user's persistent flash image for [board]: $XDG_DATA_HOME/espy/
// (default ~/.local/share/espy/), made if missing. NULL when there is no
// such directory to use.
static const char *user_image(char *buf, size_t n, const char *board) {
    const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    char dir[PATH_MAX];
    int len = xdg != NULL && *xdg != '\0'
        ? snprintf(dir, sizeof(dir), "%s/espy", xdg)
        : home != NULL ? snprintf(dir, sizeof(dir), "%s/.local/share/espy", home)
        : -1;
    if (len < 0 || (size_t)len >= sizeof(dir)) {
        return NULL;
    }
    for (char *p = dir + 1; *p != '\0'; p++) { // mkdir -p
        if (*p == '/') {
            *p = '\0';
            mkdir(dir, 0755);
            *p = '/';
        }
    }
    mkdir(dir, 0755);
    len = snprintf(buf, n, "%s/%s.img", dir, board);
    return len > 0 && (size_t)len < n ? buf : NULL;
}

// Attach the board's flash: --flash IMAGE; else, on a terminal, the user's
// persistent image; else (scripts, CI) a fresh one in memory. 0 or -1.
static int attach_flash(const options_t *o) {
    char path[PATH_MAX];
    const char *img = o->flash;
    if (img == NULL && isatty(0) && isatty(1)) {
        img = user_image(path, sizeof(path),
            o->board ? o->board : "feather_huzzah");
    }
    return img != NULL ? sim_flash_open(img, sim_board.flash_size)
        : sim_flash_memory(sim_board.flash_size);
}

// --powercut JOBS (a cut at every distinct flash operation, JOBS checks
// at a time) or --powercut at=N (one cut, at operation N); in plain mode
// it brings a fresh 1 MB flash in memory (docs/filesystem.md).
static bool powercut_setup(const options_t *o) {
    if (o->uart0 == NULL && sim_flash_memory(1u << 20) != 0) {
        return false;
    }
    char *end;
    if (strncmp(o->powercut, "at=", 3) == 0) {
        unsigned long long op = strtoull(o->powercut + 3, &end, 10);
        if (*end == '\0' && op > 0) {
            sim_flash_cut(op);
            return true;
        }
    } else {
        unsigned long jobs = strtoul(o->powercut, &end, 10);
        if (*end == '\0' && jobs > 0) {
            sim_flash_cut_each((unsigned)jobs);
            return true;
        }
    }
    fprintf(stderr, "espy: --powercut takes JOBS or at=N\n");
    return false;
}

// --- signals and limits

// Ctrl-C raises KeyboardInterrupt unless micropython.kbd_intr(-1) turned
// it off.
static void on_sigint(int sig) {
    (void)sig;
    if (es_g.intr_char != -1) {
        es_kbd_interrupt();
    }
}

static void set_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

// The C stack the interpreter may use: the option, or all of the process's
// stack but a 32 KB margin (for the frames between two checks and for
// printing the RecursionError), at most 1 MB so that runaway C recursion
// (repr of a very deep list) still ends in RecursionError quickly. Python
// calls do not use the C stack; calls from C into Python (__init__,
// __repr__, key functions) nest about 1 KB deep each.
static size_t stack_limit(size_t asked) {
    if (asked != 0) {
        return asked;
    }
    size_t limit = 1024 * 1024;
    size_t margin = 32 * 1024;
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
        size_t max = rl.rlim_cur > 2 * margin ? rl.rlim_cur - margin
            : rl.rlim_cur / 2;
        if (limit > max) {
            limit = max;
        }
    }
    return limit;
}

// --- running

// What a soft reset needs to build the interpreter again.
typedef struct board {
    const options_t *o;
    void *heap;
    char *stack_top;
} board_t;


// Run all of stdin as a file named "<stdin>" (a stdin that is not a
// terminal, or the file "-"). Returns the exit status.
static int run_stdin(void) {
    size_t len = 0, alloc = 4096;
    char *src = malloc(alloc);
    size_t n;
    while (src != NULL && (n = fread(src + len, 1, alloc - len, stdin)) > 0) {
        len += n;
        if (len == alloc) {
            alloc *= 2;
            char *bigger = realloc(src, alloc);
            if (bigger == NULL) {
                free(src);
            }
            src = bigger;
        }
    }
    if (src == NULL) {
        fprintf(stderr, "espy: out of memory\n");
        return 1;
    }
    int status = es_run_str(src, len, ES_QS(lt_stdin_gt, "<stdin>"),
        ES_RUN_FILE);
    free(src);
    return status;
}

static int run_console(const board_t *b, bool board);

static int run(const options_t *o, const board_t *b) {
    int status = 0;
    if (o->code != NULL) {
        status = es_run_str(o->code, strlen(o->code),
            ES_QS(lt_string_gt, "<string>"), ES_RUN_FILE);
    } else if (o->module != NULL) {
        status = es_run_module(o->module);
    } else if (o->file != NULL && strcmp(o->file, "-") != 0) {
        if (access(o->file, R_OK) != 0) {
            fprintf(stderr, "espy: can't open file '%s': [Errno %d] %s\n",
                o->file, errno, strerror(errno));
            return 2;
        }
        status = es_run_file(o->file);
    }
    if (o->file != NULL && strcmp(o->file, "-") == 0) {
        return run_stdin();
    }
    bool ran = o->code || o->module || o->file;
    if (es_exit_requested() || (ran && !o->inspect)) {
        return status;
    }
    if (isatty(0) || o->inspect) {
        // The plain prompt: the console in plain mode, Ctrl-D leaves.
        return uart0_open("stdio", false) ? run_console(b, false) : 1;
    }
    return run_stdin();
}

// --- board mode

// A fresh interpreter, as at power-on or after a soft reset.
static void board_start(const board_t *b) {
    es_init(b->heap, b->o->heap_size, b->stack_top,
        stack_limit(b->o->stack_limit));
    es_set_argv(1, (char *[]){(char *)""});
    board_paths();
    es_g.pending = 1; // the VM polls: the board's clock moves (port_poll)
}

// Run the host file [path] (the command line's FILE) as the board's
// main.py: its text is read here, since the board's "/" is its flash.
// The text lives in a static buffer, freed at the next read: a reset may
// leave run_host_file by longjmp (sim/reset.h).
static void run_host_file(es_console_t *con, const char *path) {
    static char *src;
    free(src);
    src = NULL;
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "espy: can't open file '%s': [Errno %d] %s\n", path,
            errno, strerror(errno));
        return;
    }
    size_t n = 0, cap = 4096;
    src = malloc(cap);
    for (size_t k; src != NULL && (k = fread(src + n, 1, cap - n, f)) > 0;) {
        n += k;
        if (n == cap) {
            char *more = realloc(src, cap *= 2);
            if (more == NULL) {
                free(src);
            }
            src = more;
        }
    }
    fclose(f);
    es_nlr_buf_t buf;
    if (src != NULL && es_nlr_push(&buf) == 0) {
        es_qstr_t name = es_intern_lossy(path, strlen(path));
        es_nlr_pop();
        es_console_run_src(con, src, n, name);
    }
}

// The boot sequence after each (re)start: the frozen _boot mounts the
// flash (or sets it up the first time; Ctrl-C is off, an error is printed
// and the board goes on), then boot.py, then main.py from the flash, or
// the FILE of the command line in its place, unless the reset came from
// the raw REPL, as the reference does.
static void board_boot(const board_t *b, es_console_t *con) {
    // UART0 in dupterm's slot 1, then _boot in __main__'s globals, as the
    // reference runs it (its names, bdev and vfs, are then at the prompt;
    // no module is kept).
    es_dupterm_board();
    hal_uart0_set_interrupt_char(-1); // Ctrl-C is off (es_init armed it)
    es_run_frozen("_boot.py");
    if (es_vfs_import_stat("boot.py") == 1) {
        es_console_run_file(con, "boot.py");
    }
    if (con->raw_reset) {
        return;
    }
    if (b->o->file != NULL) {
        run_host_file(con, b->o->file);
    } else if (es_vfs_import_stat("main.py") == 1) {
        es_console_run_file(con, "main.py");
    }
    if (b->o->scenario != NULL) { // the program ended: the board idles on
        sim_scenario_finish();
    }
}

// Board mode's board: the profile (--board, or the diagram's board part,
// else the Feather HUZZAH), the diagram's parts, the scenario, the clock
// (virtual with a scenario, or when stdin is no terminal and UART0 has no
// client on a pty or TCP port) and the trace.
// False after a message naming the file, line and item at fault.
static bool board_setup(const options_t *o) {
    const char *id = o->board != NULL ? o->board : "feather_huzzah";
    if (sim_board_load(id) != 0) {
        return false;
    }
    if (o->diagram != NULL && !sim_diagram_load(o->diagram,
        o->board != NULL)) {
        return false;
    }
    if (o->scenario != NULL && !sim_scenario_load(o->scenario)) {
        return false;
    }
    // A client on a pty or TCP port lives in the host's time: select's
    // waits for it (mpremote mount's 1 s timeouts) must last.
    bool live = o->uart0 != NULL && strcmp(o->uart0, "stdio") != 0;
    bool virt = o->clock != NULL ? strcmp(o->clock, "virtual") == 0
        : o->scenario != NULL || (!isatty(0) && !live);
    if (!sim_board_start(virt, o->vcd)
        || (o->serial_log != NULL && !sim_serial_log_open(o->serial_log))) {
        return false;
    }
    sim_diagram_start();
    sim_serial_rx = uart0_feed;
    sim_scenario_start(o->timeout_ms > 0 ? o->timeout_ms : 30000);
    return true;
}

// The REPL on UART0 until the input ends. Each soft reset sweeps the
// arena (finalizers close files) and builds Python anew; in [board] mode
// the boot sequence runs each time. Returns the exit status.
static int run_console(const board_t *b, bool board) {
    es_console_t con;
    es_console_init(&con, board, board ? sim_board.name : "linux");
    for (;;) {
        if (board) {
            board_boot(b, &con);
        }
        int r = es_console_run(&con);
        if (r != ES_CON_SOFT_RESET || (uart0_ended() && !hal_uart0_rx_any())) {
            return r == ES_CON_SOFT_RESET ? 0 : r;
        }
        es_deinit();
        es_console_soft_reboot_msg();
        board_start(b);
        es_console_new_arena(&con);
    }
}

// The board from power-on: the ROM's boot line, the boot sequence and the
// REPL; a reset (the watchdog's, machine.reset, a deep-sleep wake) lands
// back here through sim_reset_jmp and the chip starts again with a new
// interpreter (no finalizer runs: the chip lost its RAM), the flash and
// the RTC's memory as they were. Returns the exit status.
static int run_board(const board_t *b) {
    if (setjmp(sim_reset_jmp) != 0) {
        board_start(b);
    }
    sim_reset_started();
    sim_reset_boot_line();
    return run_console(b, true);
}

int main(int argc, char **argv) {
    char stack_top;
    options_t o;
    memset(&o, 0, sizeof(o));
    o.heap_size = ES_CFG_HEAP_SIZE;
    parse_args(&o, argc, argv);
    // Board mode: any of --uart0, --board, --flash or the board's own
    // options (docs/DESIGN.md, docs/board.md).
    if (o.uart0 == NULL && (o.board != NULL || o.flash != NULL
        || o.diagram != NULL || o.scenario != NULL || o.vcd != NULL
        || o.clock != NULL || o.serial_log != NULL)) {
        o.uart0 = "stdio";
    }
    if (o.uart0 != NULL && (!board_setup(&o) || attach_flash(&o) != 0)) {
        return 1;
    }
    if (o.powercut != NULL && !powercut_setup(&o)) {
        return 1;
    }
    void *heap = malloc(o.heap_size);
    if (heap == NULL) {
        fprintf(stderr, "espy: cannot allocate a heap of %zu bytes\n",
            o.heap_size);
        return 1;
    }
    board_t board = {&o, heap, &stack_top};
    if (o.uart0 != NULL) {
        if (o.code != NULL || o.module != NULL || o.inspect) {
            usage(argv[0]);
        }
        board_start(&board);
        int status = 2;
        if (uart0_open(o.uart0, true)) {
            status = run_board(&board);
        }
        if (o.scenario != NULL) {
            sim_scenario_finish();
        }
        es_deinit();
        free(heap);
        uart0_close();
        return status;
    }
    es_init(heap, o.heap_size, &stack_top, stack_limit(o.stack_limit));
    if (o.code != NULL) {
        es_set_argv(1, (char *[]){(char *)"-c"});
        es_set_argv(argc - o.arg0 - 1, argv + o.arg0 + 1);
    } else if (o.arg0 != 0) {
        es_set_argv(argc - o.arg0, argv + o.arg0);
    } else {
        es_set_argv(1, (char *[]){(char *)""});
    }
    set_path(o.file);
    mount_root();
    set_sigint();
    es_gc_fail_after(o.fail_at, o.fail_sticky);
    uint64_t allocs_at_start = es_gc_alloc_count();
    int status = run(&o, &board);
    int at_exit = es_run_atexit(); // sys.atexit's function
    status = status != 0 ? status : at_exit;
    fflush(stdout);
    if (o.alloc_count) { // as counted by failalloc=N (tools/failsweep.py)
        fprintf(stderr, "alloccount: %llu\n",
            (unsigned long long)(es_gc_alloc_count() - allocs_at_start));
    }
    es_deinit();
    free(heap);
    uart0_close();
    return status & 0xff;
}
