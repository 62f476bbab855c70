// SPDX-License-Identifier: MIT
// The scenario runner (sim/scenario.h). The YAML subset: top-level
// "key: value" lines (name, version, author, description) and "steps:"
// with a list of steps, each "- command: value" or "- command:" with its
// parameters indented below ("- name: ..." may come first); values plain,
// "double-quoted" (with \n \r \t \" \\ escapes), 'single-quoted', or a
// flow list of byte values [72, 105]; "#" starts a comment. The steps run
// from the clock's after-step hook: each step is checked after every move
// of the board's time.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/board.h"
#include "sim/clock.h"
#include "sim/diagram.h"
#include "sim/gpio.h"
#include "sim/scenario.h"

#define MAX_STEPS 256

typedef enum { S_DELAY, S_WAIT_SERIAL, S_WRITE_SERIAL, S_SET_CONTROL,
    S_EXPECT_PIN, S_WAIT_PIN, S_SCREENSHOT } step_kind_t;

static const char *const kind_names[] = {"delay", "wait-serial",
    "write-serial", "set-control", "expect-pin", "wait-pin",
    "take-screenshot"};

typedef struct step {
    step_kind_t kind;
    int line;
    uint64_t ns;        // delay
    char *text;         // serial text (bytes, with its length)
    size_t len;
    char part[32], pin[32];
    char *save_to, *compare_with; // take-screenshot's files (allocated)
    double value;
    bool has_part, has_pin, has_value;
} step_t;

static struct {
    const char *path;
    step_t steps[MAX_STEPS];
    int n;
    bool loaded;
    int cur;
    bool started;       // the current delay has its end set
    uint64_t until;
    uint64_t timeout;
    char *out;          // serial output not yet matched
    size_t out_len, out_cap;
    bool busy;
} sc;

void (*sim_serial_rx)(const char *s, size_t n);

static bool bad(int line, const char *msg, const char *item) {
    fprintf(stderr, "espy: %s:%d: %s%s%s\n", sc.path, line, msg,
        item ? ": " : "", item ? item : "");
    return false;
}

// --- reading

static char *trim(char *s) {
    while (*s == ' ' || *s == '\t') {
        s++;
    }
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'
        || s[n - 1] == '\n')) {
        s[--n] = '\0';
    }
    return s;
}

// Cut a comment: "#" at the start or after a space, outside quotes.
static void uncomment(char *s) {
    char q = 0;
    for (char *p = s; *p; p++) {
        if (q) {
            if (*p == '\\' && q == '"' && p[1]) {
                p++;
            } else if (*p == q) {
                q = 0;
            }
        } else if (*p == '"' || *p == '\'') {
            q = *p;
        } else if (*p == '#' && (p == s || p[-1] == ' ' || p[-1] == '\t')) {
            *p = '\0';
            return;
        }
    }
}

// A scalar value into a new buffer (its length in *len); NULL when bad.
static char *scalar(const char *v, size_t *len, int line) {
    size_t n = strlen(v);
    char *out = malloc(n + 1);
    if (out == NULL) {
        return NULL;
    }
    size_t k = 0;
    if (v[0] == '"' || v[0] == '\'') {
        char q = v[0];
        size_t i = 1;
        for (; i < n && v[i] != q; i++) {
            char c = v[i];
            if (q == '"' && c == '\\' && i + 1 < n) {
                char e = v[++i];
                c = e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t'
                    : e == '0' ? '\0' : e;
            } else if (q == '\'' && c == '\'' && v[i + 1] == '\'') {
                i++;
            }
            out[k++] = c;
        }
        if (i >= n || i != n - 1) {
            free(out);
            bad(line, "unterminated or trailing text after a quoted string",
                v);
            return NULL;
        }
    } else if (v[0] == '[') { // a list of byte values
        const char *p = v + 1;
        for (;;) {
            while (*p == ' ') {
                p++;
            }
            if (*p == ']') {
                break;
            }
            char *end;
            long b = strtol(p, &end, 0);
            if (end == p || b < 0 || b > 255) {
                free(out);
                bad(line, "a byte list holds numbers 0..255", v);
                return NULL;
            }
            out[k++] = (char)b;
            p = end;
            while (*p == ' ') {
                p++;
            }
            if (*p == ',') {
                p++;
            } else if (*p != ']') {
                free(out);
                bad(line, "expected ',' or ']' in", v);
                return NULL;
            }
        }
    } else {
        memcpy(out, v, n);
        k = n;
    }
    out[k] = '\0';
    *len = k;
    return out;
}

// "500ms", "2s", "10us", "5ns", "0": ns, false when bad.
static bool duration(const char *v, uint64_t *ns) {
    char *end;
    double x = strtod(v, &end);
    if (end == v || x < 0) {
        return false;
    }
    double scale = strcmp(end, "s") == 0 ? 1e9 : strcmp(end, "ms") == 0 ? 1e6
        : strcmp(end, "us") == 0 ? 1e3 : strcmp(end, "ns") == 0 ? 1
        : *end == '\0' && x == 0 ? 0 : -1;
    if (scale < 0) {
        return false;
    }
    *ns = (uint64_t)(x * scale + 0.5);
    return true;
}

// The step's command from its key; -1 when none.
static int kind_of(const char *key) {
    for (int k = 0; k < (int)(sizeof(kind_names) / sizeof(kind_names[0]));
         k++) {
        if (strcmp(kind_names[k], key) == 0) {
            return k;
        }
    }
    return -1;
}

// [name] relative to the scenario file's folder (as wokwi-cli takes
// take-screenshot's files), in a new buffer; NULL when out of memory.
static char *beside_scenario(const char *name) {
    const char *slash = strrchr(sc.path, '/');
    int dir = name[0] == '/' || slash == NULL ? 0 : (int)(slash - sc.path + 1);
    size_t n = (size_t)dir + strlen(name) + 1;
    char *out = malloc(n);
    if (out != NULL) {
        snprintf(out, n, "%.*s%s", dir, sc.path, name);
    }
    return out;
}

// A parameter of step [s].
static bool param(step_t *s, const char *key, const char *v, int line) {
    size_t len;
    if (strcmp(key, "part-id") == 0) {
        snprintf(s->part, sizeof(s->part), "%s", v);
        s->has_part = true;
    } else if (strcmp(key, "name") == 0 || strcmp(key, "pin") == 0
        || strcmp(key, "control") == 0) {
        snprintf(s->pin, sizeof(s->pin), "%s", v);
        s->has_pin = true;
    } else if (strcmp(key, "value") == 0 || strcmp(key, "expected") == 0) {
        char *end;
        s->value = strtod(v, &end);
        if (end == v || *end != '\0') {
            return bad(line, "value is not a number", v);
        }
        s->has_value = true;
    } else if (strcmp(key, "save-to") == 0 || strcmp(key, "compare-with") == 0) {
        char **f = key[0] == 's' ? &s->save_to : &s->compare_with;
        free(*f);
        *f = beside_scenario(v);
        if (*f == NULL) {
            return bad(line, "out of memory", key);
        }
    } else if (strcmp(key, "timeout") == 0) {
        (void)len;
    } else {
        return bad(line, "unknown key in a step", key);
    }
    return true;
}

// The command's own value (delay: 1s, wait-serial: text).
static bool command_value(step_t *s, const char *v, int line) {
    if (s->kind == S_DELAY) {
        if (!duration(v, &s->ns)) {
            return bad(line, "delay needs a time with its unit (500ms, 2s, "
                "10us, 5ns)", v);
        }
    } else if (s->kind == S_WAIT_SERIAL || s->kind == S_WRITE_SERIAL) {
        s->text = scalar(v, &s->len, line);
        return s->text != NULL;
    } else if (*v != '\0') {
        return bad(line, "this step takes its parameters on the lines below",
            kind_names[s->kind]);
    }
    return true;
}

// A step's parameters and the diagram's parts and pins they name.
static bool check_step(step_t *s) {
    char err[128];
    const char *k = kind_names[s->kind];
    if (s->kind == S_SCREENSHOT) {
        if (s->save_to == NULL && s->compare_with == NULL) {
            return bad(s->line, "take-screenshot needs save-to or "
                "compare-with", NULL);
        }
        if (!sim_diagram_screenshot(s->has_part ? s->part : NULL, NULL, err,
            sizeof(err))) {
            return bad(s->line, err, k);
        }
        return true;
    }
    if (s->kind == S_DELAY || s->kind == S_WAIT_SERIAL
        || s->kind == S_WRITE_SERIAL) {
        return true;
    }
    if (!s->has_part || !s->has_pin || !s->has_value) {
        return bad(s->line, "this step needs part-id, name and value", k);
    }
    if (s->kind == S_SET_CONTROL) {
        return true; // checked when it runs (sim_diagram_set_control)
    }
    if (sim_diagram_pin_level(s->part, s->pin, err, sizeof(err)) < 0) {
        return bad(s->line, err, k);
    }
    return true;
}

bool sim_scenario_load(const char *path) {
    sc.path = path;
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        fprintf(stderr, "espy: %s: cannot open\n", path);
        return false;
    }
    char buf[1024];
    int line = 0, item_indent = -1, key_indent = -1;
    bool in_steps = false, have_version = false;
    step_t *s = NULL;
    while (fgets(buf, sizeof(buf), f) != NULL) {
        line++;
        uncomment(buf);
        char *text = trim(buf);
        if (*text == '\0' || strcmp(text, "---") == 0) {
            continue;
        }
        int indent = (int)(text - buf);
        bool item = text[0] == '-' && (text[1] == ' ' || text[1] == '\0');
        if (item) {
            if (!in_steps) {
                fclose(f);
                return bad(line, "a list item outside steps", text);
            }
            if (s != NULL && !check_step(s)) {
                fclose(f);
                return false;
            }
            if (sc.n == MAX_STEPS) {
                fclose(f);
                return bad(line, "too many steps", NULL);
            }
            s = &sc.steps[sc.n++];
            memset(s, 0, sizeof(*s));
            s->kind = (step_kind_t)-1;
            s->line = line;
            item_indent = indent;
            text = trim(text + 1);
            key_indent = (int)(text - buf);
            if (*text == '\0') {
                continue;
            }
            indent = key_indent;
        }
        char *colon = strstr(text, ": ");
        if (colon == NULL && text[strlen(text) - 1] == ':') {
            colon = text + strlen(text) - 1;
        }
        if (colon == NULL) {
            fclose(f);
            return bad(line, "expected 'key: value'", text);
        }
        *colon = '\0';
        char *key = trim(text), *val = trim(colon + 1);
        if (indent == 0 && !item) { // top level
            in_steps = strcmp(key, "steps") == 0;
            s = NULL;
            if (strcmp(key, "version") == 0) {
                if (strcmp(val, "1") != 0) {
                    fclose(f);
                    return bad(line, "only version 1 is known", val);
                }
                have_version = true;
            } else if (!in_steps && strcmp(key, "name") != 0
                && strcmp(key, "author") != 0
                && strcmp(key, "description") != 0) {
                fclose(f);
                return bad(line, "unknown key", key);
            }
            continue;
        }
        if (s == NULL || indent <= item_indent) {
            fclose(f);
            return bad(line, "expected a step ('- command: ...')", key);
        }
        bool ok = true;
        if (indent == key_indent) { // the step's command or its name
            int k = kind_of(key);
            if (strcmp(key, "name") == 0) {
                continue;
            } else if (k < 0) {
                ok = bad(line, "unknown step", key);
            } else if ((int)s->kind >= 0) {
                ok = bad(line, "a step has one command", key);
            } else {
                s->kind = (step_kind_t)k;
                ok = command_value(s, val, line);
            }
        } else if ((int)s->kind < 0) {
            ok = bad(line, "parameters before the step's command", key);
        } else {
            size_t len;
            char *v = scalar(val, &len, line);
            ok = v != NULL && param(s, key, v, line);
            free(v);
        }
        if (!ok) {
            fclose(f);
            return false;
        }
    }
    fclose(f);
    if (s != NULL && (int)s->kind < 0) {
        return bad(s->line, "a step without a command", NULL);
    }
    if (s != NULL && !check_step(s)) {
        return false;
    }
    if (!have_version) {
        return bad(1, "the scenario needs 'version: 1'", NULL);
    }
    sc.loaded = true;
    return true;
}

// --- running

static void nothing(void *arg) {
    (void)arg;
}

static void fail(const step_t *s, const char *what) {
    fflush(stdout);
    fprintf(stderr, "[%lluns] %s:%d: %s failed: %s\n",
        (unsigned long long)sim_now_ns(), sc.path, s->line,
        kind_names[s->kind], what);
    sim_exit(1);
}

// Has the board sent [s]'s text? The output up to the match is dropped.
static bool serial_seen(const step_t *s) {
    if (s->len == 0) {
        return true;
    }
    for (size_t i = 0; i + s->len <= sc.out_len; i++) {
        if (memcmp(sc.out + i, s->text, s->len) == 0) {
            sc.out_len -= i + s->len;
            memmove(sc.out, sc.out + i + s->len, sc.out_len);
            return true;
        }
    }
    return false;
}

// The whole of file [path] into a new buffer (its length in *n); NULL
// when it cannot be read.
static char *read_all(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0;
    *n = 0;
    if (f == NULL) {
        return NULL;
    }
    for (;;) {
        if (*n + 4096 > cap) {
            char *more = realloc(buf, cap = *n + 8192);
            if (more == NULL) {
                break;
            }
            buf = more;
        }
        size_t got = fread(buf + *n, 1, 4096, f);
        *n += got;
        if (got < 4096) {
            break;
        }
    }
    fclose(f);
    return buf != NULL ? buf : malloc(1);
}

// take-screenshot: the parts' state as text (sim_diagram_screenshot),
// saved to save-to, compared byte for byte with compare-with.
static void screenshot(const step_t *s) {
    char err[160], *text = NULL, *want;
    size_t len = 0, want_len;
    FILE *f = open_memstream(&text, &len);
    if (f == NULL) {
        fail(s, "out of memory");
    }
    bool ok = sim_diagram_screenshot(s->has_part ? s->part : NULL, f, err,
        sizeof(err));
    fclose(f);
    if (!ok) {
        free(text);
        fail(s, err);
    }
    if (s->save_to != NULL) {
        FILE *out = fopen(s->save_to, "wb");
        if (out == NULL || fwrite(text, 1, len, out) != len) {
            snprintf(err, sizeof(err), "cannot write %s", s->save_to);
        }
        if (out == NULL || fclose(out) != 0) {
            free(text);
            fail(s, err);
        }
    }
    if (s->compare_with != NULL) {
        want = read_all(s->compare_with, &want_len);
        if (want == NULL || want_len != len || memcmp(want, text, len) != 0) {
            snprintf(err, sizeof(err), want == NULL ? "cannot read %s"
                : "the screenshot differs from %s", s->compare_with);
            fprintf(stderr, "screenshot:\n%.*s", (int)len, text);
            free(want);
            free(text);
            fail(s, err);
        }
        free(want);
    }
    free(text);
}

// Run the steps that can run now; false while one waits.
static void run(void) {
    char err[128];
    while (sc.cur < sc.n) {
        step_t *s = &sc.steps[sc.cur];
        switch (s->kind) {
        case S_DELAY:
            if (!sc.started) {
                sc.started = true;
                sc.until = sim_now_ns() + s->ns;
                sim_event_at(sc.until, nothing, NULL);
            }
            if (sim_now_ns() < sc.until) {
                return;
            }
            break;
        case S_WAIT_SERIAL:
            if (!serial_seen(s)) {
                return;
            }
            break;
        case S_WRITE_SERIAL:
            if (sim_serial_rx != NULL) {
                sim_serial_rx(s->text, s->len);
            }
            break;
        case S_SET_CONTROL:
            if (!sim_diagram_set_control(s->part, s->pin, s->value, err,
                sizeof(err))) {
                fail(s, err);
            }
            break;
        case S_EXPECT_PIN:
        case S_WAIT_PIN: {
            int level = sim_diagram_pin_level(s->part, s->pin, err,
                sizeof(err));
            if (level != (int)s->value) {
                if (s->kind == S_WAIT_PIN) {
                    return;
                }
                snprintf(err, sizeof(err), "%s:%s is %d, expected %d",
                    s->part, s->pin, level, (int)s->value);
                fail(s, err);
            }
            break;
        }
        case S_SCREENSHOT:
            screenshot(s);
            break;
        }
        sc.cur++;
        sc.started = false;
    }
    fflush(stdout);
    sim_exit(0);
}

static void check(void) {
    if (sc.busy) {
        return;
    }
    sc.busy = true;
    run();
    if (sim_now_ns() >= sc.timeout) {
        fflush(stdout);
        fprintf(stderr, "Timeout: the scenario did not finish in %llu ms\n",
            (unsigned long long)(sc.timeout / 1000000u));
        sim_exit(42);
    }
    sc.busy = false;
}

void sim_scenario_chip_reset(void) {
    if (sc.busy) { // the step's action (a control) ran Python that reset
        sc.cur++;
        sc.started = false;
        sc.busy = false;
    }
}

// A pin changed: a waiting step may go on at this very time.
static void pin_changed(void *arg, int gpio, int level) {
    (void)arg;
    (void)gpio;
    (void)level;
    check();
}

void sim_scenario_start(long timeout_ms) {
    if (!sc.loaded) {
        return;
    }
    sim_gpio_watch(pin_changed, NULL);
    sc.timeout = (uint64_t)timeout_ms * 1000000u;
    sim_event_at(sc.timeout, nothing, NULL);
    sim_after_step = check;
    check();
}

void sim_scenario_finish(void) {
    if (!sc.loaded) {
        return;
    }
    for (;;) {
        uint64_t now = sim_now_ns(), next = sim_next_event();
        sim_advance(next > now && next - now < 1000000u ? next - now
            : 1000000u);
    }
}

void sim_scenario_serial(const char *s, size_t n) {
    if (!sc.loaded) {
        return;
    }
    if (sc.out_len + n > sc.out_cap) {
        size_t cap = (sc.out_len + n) * 2;
        char *more = realloc(sc.out, cap);
        if (more == NULL) {
            return;
        }
        sc.out = more;
        sc.out_cap = cap;
    }
    memcpy(sc.out + sc.out_len, s, n);
    sc.out_len += n;
    if (sim_after_step == check) {
        check();
    }
}
