// SPDX-License-Identifier: MIT
// The C unit tests' tiny framework: CHECK(cond, fmt, ...) counts a check and
// prints `FAIL file:line: cond: message` when it does not hold; UNIT_DONE
// prints the summary line and gives main's exit status. Each tests/unit/*.c
// is one program linked with build/<variant>/libespy.a (tools/test.sh).
#ifndef ES_UNIT_H
#define ES_UNIT_H

#include <stdio.h>

static int unit_pass, unit_fail;

// Count one check; on failure print where, the condition and a message
// (printf format and arguments; give at least the format, e.g. "").
#define CHECK(cond, ...) \
    do { \
        if (cond) { \
            unit_pass++; \
        } else { \
            unit_fail++; \
            printf("FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond); \
            printf(__VA_ARGS__); \
            printf("\n"); \
        } \
    } while (0)

// Print `<name>: N checks passed, N failed` and return main's exit status.
#define UNIT_DONE(name) \
    (printf("%s: %d checks passed, %d failed\n", (name), unit_pass, \
         unit_fail), \
        unit_fail ? 1 : 0)

#endif
