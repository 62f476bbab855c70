// SPDX-License-Identifier: MIT
// Argument binding for Python functions; see args.h. The slot layout comes
// from core/code.h: positional parameters, keyword-only parameters, then
// *args and **kwargs when the code has them. Error texts are CPython's.
#include "args.h"
#include "code.h"
#include "exc.h"
#include "map.h"
#include "print.h"
#include "str.h"
#include "tuple.h"

// The name the messages use: CPython's __qualname__ when the compiler gave
// one.
static es_qstr_t fname(const es_code_t *code) {
    return code->qualname != 0 ? code->qualname : code->name;
}

// Positional-count mismatch: "f() takes 2 positional arguments but 3 were
// given", or "from 1 to 2" when some have defaults.
ES_NORETURN static void too_many(const es_code_t *code, size_t n_defaults,
    size_t given) {
    size_t hi = es_code_n_pos(code), lo = hi - n_defaults;
    const char *was = given == 1 ? "was" : "were";
    if (lo == hi) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%q() takes %u positional "
            "argument%s but %u %s given"), fname(code), (unsigned)hi,
            hi == 1 ? "" : "s", (unsigned)given, was);
    }
    es_raise_fmt(&es_type_TypeError, ES_ERR("%q() takes from %u to %u "
        "positional arguments but %u %s given"), fname(code), (unsigned)lo,
        (unsigned)hi, (unsigned)given, was);
}

// "f() missing 2 required positional arguments: 'a' and 'b'" for the
// unbound slots in [lo, hi).
ES_NORETURN static void missing(const es_code_t *code, const es_val_t *slots,
    size_t lo, size_t hi, const char *what) {
    es_vstr_t v;
    es_print_t p;
    es_vstr_init(&v, 32);
    es_vstr_printer(&v, &p);
    size_t n = 0, total = 0;
    for (size_t i = lo; i < hi; i++) {
        total += slots[i] == ES_NULL;
    }
    for (size_t i = lo; i < hi; i++) {
        if (slots[i] != ES_NULL) {
            continue;
        }
        n++;
        if (n > 1) {
            es_print_cstr(&p, total == 2 ? " and " : n == total ? ", and "
                : ", ");
        }
        es_printf(&p, "'%q'", code->names[i]);
    }
    es_vstr_add(&v, "", 1);
    es_raise_fmt(&es_type_TypeError, ES_ERR("%q() missing %u required %s "
        "argument%s: %s"), fname(code), (unsigned)total, what,
        total == 1 ? "" : "s", v.buf);
}

// The parameter slot named [key] among the first [n] names, or -1.
// The slot of the parameter named [key] among slots [from, n), or -1.
static int find_param(const es_code_t *code, size_t from, size_t n,
    es_val_t key) {
    if (es_is_qstr(key)) {
        es_qstr_t q = es_qstr_get(key);
        for (size_t i = from; i < n; i++) {
            if (code->names[i] == q) {
                return (int)i;
            }
        }
        return -1;
    }
    for (size_t i = from; i < n; i++) {
        if (es_str_equal(key, es_qstr_val(code->names[i]))) {
            return (int)i;
        }
    }
    return -1;
}

// Keyword arguments: to named parameters, else into **kwargs [kwargs].
static void bind_keywords(const es_code_t *code, es_val_t *slots,
    size_t n_kw, const es_val_t *kw, es_val_t kwargs) {
    size_t n_named = (size_t)es_code_n_pos(code) + es_code_n_kwonly(code);
    for (size_t i = 0; i < n_kw; i++) {
        es_val_t key = kw[2 * i], value = kw[2 * i + 1];
        if (!es_is_str(key)) {
            es_raise_msg(&es_type_TypeError, ES_ERR("keywords must be strings"));
        }
        size_t posonly = es_code_n_posonly(code);
        int slot = find_param(code, posonly, n_named, key);
        if (slot < 0 && kwargs == ES_NULL
            && find_param(code, 0, posonly, key) >= 0) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("%q() got some "
                "positional-only arguments passed as keyword arguments: "
                "'%S'"), fname(code), key);
        }
        if (slot >= 0) {
            if (slots[slot] != ES_NULL) {
                es_raise_fmt(&es_type_TypeError, ES_ERR("%q() got multiple "
                    "values for argument '%S'"), fname(code), key);
            }
            slots[slot] = value;
        } else if (kwargs != ES_NULL) {
            if (es_dict_get(kwargs, key) != ES_NULL) {
                es_raise_fmt(&es_type_TypeError, ES_ERR("%q() got multiple "
                    "values for keyword argument '%S'"), fname(code), key);
            }
            es_dict_store(kwargs, key, value);
        } else {
            es_raise_fmt(&es_type_TypeError, ES_ERR("%q() got an unexpected "
                "keyword argument '%S'"), fname(code), key);
        }
    }
}

// Fill unbound positional and keyword-only parameters from the defaults.
static void bind_defaults(const es_fun_t *fun, es_val_t *slots,
    size_t n_defaults) {
    const es_code_t *code = fun->code;
    size_t first_default = es_code_n_pos(code) - n_defaults;
    for (size_t i = first_default; i < es_code_n_pos(code); i++) {
        if (slots[i] == ES_NULL) {
            size_t n;
            es_val_t *defs;
            es_tuple_get(fun->defaults, &n, &defs);
            slots[i] = defs[i - first_default];
        }
    }
    for (size_t i = 0; i < es_code_n_pos(code); i++) {
        if (slots[i] == ES_NULL) {
            missing(code, slots, 0, es_code_n_pos(code), "positional");
        }
    }
    size_t end = (size_t)es_code_n_pos(code) + es_code_n_kwonly(code);
    for (size_t i = es_code_n_pos(code); i < end; i++) {
        if (slots[i] == ES_NULL && fun->kwdefaults != ES_NULL) {
            es_val_t v = es_dict_get(fun->kwdefaults,
                es_qstr_val(code->names[i]));
            slots[i] = v; // ES_NULL when absent: reported below
        }
    }
    for (size_t i = es_code_n_pos(code); i < end; i++) {
        if (slots[i] == ES_NULL) {
            missing(code, slots, es_code_n_pos(code), end, "keyword-only");
        }
    }
}

void es_args_bind(const es_fun_t *fun, es_val_t *slots, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    const es_code_t *code = fun->code;
    size_t n_pos = es_code_n_pos(code), n_defaults = 0;
    if (fun->defaults != ES_NULL) {
        es_val_t *defs;
        es_tuple_get(fun->defaults, &n_defaults, &defs);
        n_defaults = n_defaults < n_pos ? n_defaults : n_pos;
    }
    size_t extra = (size_t)es_code_n_pos(code) + es_code_n_kwonly(code);
    if (n_args > n_pos && !(es_code_flags(code) & ES_CODE_VARARGS)) {
        too_many(code, n_defaults, n_args);
    }
    size_t n = n_args < n_pos ? n_args : n_pos;
    for (size_t i = 0; i < n; i++) {
        slots[i] = args[i];
    }
    if (es_code_flags(code) & ES_CODE_VARARGS) {
        slots[extra++] = n_args > n_pos
            ? es_tuple_new(n_args - n_pos, args + n_pos)
            : es_tuple_new(0, NULL);
    }
    es_val_t kwargs = ES_NULL;
    if (es_code_flags(code) & ES_CODE_VARKW) {
        kwargs = slots[extra] = es_dict_new(n_kw);
    }
    // args is NULL in a call without arguments (UBSan: NULL + 0)
    bind_keywords(code, slots, n_kw, args != NULL ? args + n_args : NULL,
        kwargs);
    if (n_args < n_pos || es_code_n_kwonly(code) > 0) {
        bind_defaults(fun, slots, n_defaults);
    }
}
