// SPDX-License-Identifier: MIT
// Text from outside the interpreter that is not valid UTF-8 (a command-line
// argument, a file's path) becomes a str with U+FFFD for each bad sequence,
// as bytes.decode(errors='replace') (es_intern_lossy), never a str holding
// invalid UTF-8: indexing one read past the ASCII table (a segfault).
#include <string.h>

#include "config.h"
#include "intern.h"
#include "interp.h"
#include "str.h"
#include "unit.h"

#define HEAP_SIZE (256 * 1024)

static _Alignas(16) unsigned char heap[HEAP_SIZE];

// Raises (a non-zero status) when sys.argv is not what replace gives.
static const char prog[] =
    "import sys\n"
    "a = sys.argv\n"
    "assert a[1] == '\\ufffd\\ufffdx' and a[1][0] == '\\ufffd', a[1]\n"
    "assert a[2] == 'ok\\xe9' and a[2][2] == '\\xe9', a[2]\n"
    "assert a[3] == 'x\\ufffd' and len(a[3]) == 2, a[3]\n"
    "assert a[0] == 'prog.py'\n";

int main(void) {
    char stack_top;
    es_init(heap, sizeof(heap), &stack_top, ES_CFG_C_STACK_LIMIT);
    char *argv[] = {"prog.py", "\xca\xc8x", "ok\xc3\xa9", "x\xe2\x82"};
    es_set_argv(4, argv);
    CHECK(es_run_str(prog, sizeof(prog) - 1, es_intern_cstr("<argv>"),
              ES_RUN_FILE) == 0, "sys.argv");
    size_t n;
    const char *s = es_qstr_str(es_intern_lossy("a\xff", 2), &n);
    CHECK(n == 4 && memcmp(s, "a\xef\xbf\xbd", 4) == 0, "%.*s", (int)n, s);
    s = es_qstr_str(es_intern_lossy("plain", 5), &n);
    CHECK(n == 5 && memcmp(s, "plain", 5) == 0, "%.*s", (int)n, s);
    es_deinit();
    return UNIT_DONE("text_in");
}
