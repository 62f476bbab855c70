// SPDX-License-Identifier: MIT
// The JSON reader (sim/json.h): recursive descent; strings keep \uXXXX
// escapes below 0x80 only (the board's files are ASCII).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/json.h"

typedef struct reader {
    const char *p;
    int line;
    char *err;
    size_t n;
    bool failed;
} reader_t;

static void fail(reader_t *r, const char *msg) {
    if (!r->failed) {
        snprintf(r->err, r->n, "%s", msg);
        r->failed = true;
    }
}

static void skip(reader_t *r) {
    for (; *r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r';
         r->p++) {
        r->line += *r->p == '\n';
    }
}

static json_t *node(reader_t *r, json_kind_t kind) {
    json_t *j = calloc(1, sizeof(json_t));
    if (j == NULL) {
        fail(r, "out of memory");
        return NULL;
    }
    j->kind = kind;
    j->line = r->line;
    return j;
}

static char *string(reader_t *r) {
    size_t cap = 16, len = 0;
    char *s = malloc(cap);
    r->p++; // the opening quote
    while (s != NULL && *r->p != '"') {
        char c = *r->p++;
        if (c == '\0' || c == '\n') {
            fail(r, "unterminated string");
            free(s);
            return NULL;
        }
        if (c == '\\') {
            char e = *r->p++;
            const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
            const char *k = e != '\0' ? strchr(from, e) : NULL;
            if (k != NULL) {
                c = to[k - from];
            } else if (e == 'u' && strlen(r->p) >= 4) {
                c = (char)strtol((char[]){r->p[0], r->p[1], r->p[2], r->p[3],
                    0}, NULL, 16);
                r->p += 4;
            } else {
                fail(r, "bad escape in string");
                free(s);
                return NULL;
            }
        }
        if (len + 2 > cap) {
            char *t = realloc(s, cap *= 2);
            if (t == NULL) {
                free(s);
            }
            s = t;
        }
        if (s != NULL) {
            s[len++] = c;
        }
    }
    if (s == NULL) {
        fail(r, "out of memory");
        return NULL;
    }
    r->p++;
    s[len] = '\0';
    return s;
}

static json_t *value(reader_t *r, int depth);
void json_free(json_t *j);

// The items of an array or members of an object, up to [close].
static json_t *items(reader_t *r, json_t *j, char close, int depth) {
    json_t **tail = &j->child;
    r->p++;
    skip(r);
    if (*r->p == close) {
        r->p++;
        return j;
    }
    for (;;) {
        skip(r);
        char *key = NULL;
        if (close == '}') {
            if (*r->p != '"') {
                fail(r, "expected a member name in quotes");
                break;
            }
            key = string(r);
            skip(r);
            if (key == NULL || *r->p != ':') {
                fail(r, "expected ':' after a member name");
                free(key);
                break;
            }
            r->p++;
        }
        json_t *v = value(r, depth + 1);
        if (v == NULL) {
            free(key);
            break;
        }
        v->key = key;
        *tail = v;
        tail = &v->next;
        skip(r);
        if (*r->p == ',') {
            r->p++;
        } else if (*r->p == close) {
            r->p++;
            return j;
        } else {
            fail(r, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
            break;
        }
    }
    json_free(j);
    return NULL;
}

static json_t *value(reader_t *r, int depth) {
    skip(r);
    if (depth > 64) {
        fail(r, "nested too deeply");
        return NULL;
    }
    char c = *r->p;
    json_t *j;
    if (c == '{' || c == '[') {
        j = node(r, c == '{' ? JSON_OBJ : JSON_ARR);
        return j != NULL ? items(r, j, c == '{' ? '}' : ']', depth) : NULL;
    }
    if (c == '"') {
        j = node(r, JSON_STR);
        if (j != NULL && (j->str = string(r)) == NULL) {
            json_free(j);
            return NULL;
        }
        return j;
    }
    static const char *const words[] = {"true", "false", "null"};
    for (int i = 0; i < 3; i++) {
        if (strncmp(r->p, words[i], strlen(words[i])) == 0) {
            j = node(r, i == 2 ? JSON_NULL : JSON_BOOL);
            if (j != NULL) {
                j->num = i == 0;
            }
            r->p += strlen(words[i]);
            return j;
        }
    }
    char *end;
    double d = strtod(r->p, &end);
    if (end == r->p || !(c == '-' || (c >= '0' && c <= '9'))) {
        fail(r, "expected a value");
        return NULL;
    }
    j = node(r, JSON_NUM);
    if (j != NULL) {
        j->num = d;
    }
    r->p = end;
    return j;
}

void json_free(json_t *j) {
    while (j != NULL) {
        json_t *next = j->next;
        json_free(j->child);
        free(j->str);
        free(j->key);
        free(j);
        j = next;
    }
}

json_t *json_parse(const char *text, int *line, char *err, size_t n) {
    reader_t r = {text, 1, err, n, false};
    json_t *j = value(&r, 0);
    skip(&r);
    if (j != NULL && *r.p != '\0') {
        fail(&r, "text after the value");
    }
    *line = r.line;
    if (r.failed) {
        json_free(j);
        return NULL;
    }
    return j;
}

json_t *json_load(const char *path, char *err, size_t n) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        snprintf(err, n, "%s: cannot open", path);
        return NULL;
    }
    size_t len = 0, cap = 4096;
    char *text = malloc(cap);
    for (size_t k; text != NULL && (k = fread(text + len, 1, cap - len - 1,
         f)) > 0;) {
        len += k;
        if (len + 1 == cap) {
            char *t = realloc(text, cap *= 2);
            if (t == NULL) {
                free(text);
            }
            text = t;
        }
    }
    fclose(f);
    if (text == NULL) {
        snprintf(err, n, "%s: out of memory", path);
        return NULL;
    }
    text[len] = '\0';
    char msg[200];
    int line;
    json_t *j = json_parse(text, &line, msg, sizeof(msg));
    free(text);
    if (j == NULL) {
        snprintf(err, n, "%s:%d: %s", path, line, msg);
    }
    return j;
}

json_t *json_get(const json_t *o, const char *key) {
    if (o == NULL || o->kind != JSON_OBJ) {
        return NULL;
    }
    for (json_t *m = o->child; m != NULL; m = m->next) {
        if (strcmp(m->key, key) == 0) {
            return m;
        }
    }
    return NULL;
}

const char *json_str(const json_t *o) {
    return o != NULL && o->kind == JSON_STR ? o->str : NULL;
}
