// SPDX-License-Identifier: MIT
// A small JSON reader for the virtual board's data files (board profiles,
// Wokwi diagrams): the whole text into a tree of nodes, each with its line
// for error messages. Host only (sim/ may use malloc).
#ifndef ES_SIM_JSON_H
#define ES_SIM_JSON_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { JSON_NULL, JSON_BOOL, JSON_NUM, JSON_STR, JSON_ARR,
    JSON_OBJ } json_kind_t;

typedef struct json {
    json_kind_t kind;
    int line;
    double num;          // JSON_NUM, JSON_BOOL (0/1)
    char *str;           // JSON_STR; a member's key
    char *key;
    struct json *child;  // first item or member
    struct json *next;   // next sibling
} json_t;

// Parse [text] (NUL-terminated). NULL on error, with *line and a message
// in [err] (n bytes).
json_t *json_parse(const char *text, int *line, char *err, size_t n);
// Parse the file [path]; NULL with the message in err (file:line: ...).
json_t *json_load(const char *path, char *err, size_t n);

// Free the tree [j] (NULL: nothing).
void json_free(json_t *j);

// The member [key] of object [o] (NULL when absent or [o] is no object).
json_t *json_get(const json_t *o, const char *key);
// The string of [o], or NULL when it is no string.
const char *json_str(const json_t *o);

#endif
