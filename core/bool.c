// SPDX-License-Identifier: MIT
// The bool type: a subclass of int whose two values are the constants
// ES_TRUE and ES_FALSE (no heap objects). Arithmetic is int's (True + 1 ==
// 2, ~True == -2); only & | ^ of two bools give a bool.
#include "exc.h"
#include "int_priv.h"
#include "intern.h"
#include "map.h"
#include "print.h"
#include "runtime.h"

static void bool_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_print_cstr(p, self == ES_TRUE ? "True" : "False");
}

// bool(), bool(x)
static es_val_t bool_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(type);
    es_check_nargs(ES_Q(bool), n_args, 0, 1, n_kw, false);
    return n_args == 0 ? ES_FALSE : es_bool(es_truthy(args[0]));
}

static es_val_t bool_unary_op(es_unary_op_t op, es_val_t self) {
    if (op == ES_UOP_BOOL) {
        return self;
    }
    return es_int_unary_op(op, self);
}

static es_val_t bool_binary_op(es_binary_op_t op, es_val_t a, es_val_t b) {
    bool both = (a == ES_TRUE || a == ES_FALSE)
        && (b == ES_TRUE || b == ES_FALSE);
    if (both && op >= ES_BOP_INPLACE_OR && op <= ES_BOP_INPLACE_AND) {
        op -= ES_OP_INPLACE_OFFSET;
    }
    if (both && op == ES_BOP_AND) {
        return es_bool(a == ES_TRUE && b == ES_TRUE);
    }
    if (both && op == ES_BOP_OR) {
        return es_bool(a == ES_TRUE || b == ES_TRUE);
    }
    if (both && op == ES_BOP_XOR) {
        return es_bool(a != b);
    }
    return es_int_binary_op(op, a, b);
}

const es_type_t es_type_bool = {
    .base = {&es_type_type},
    .name = ES_Q(bool),
    .parent = &es_type_int,
    .print = bool_print,
    .make_new = bool_make_new,
    .unary_op = bool_unary_op,
    .binary_op = bool_binary_op,
    .load_attr = es_int_load_attr,
    .locals = ES_PTR(&es_int_locals),
};
