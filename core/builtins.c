// SPDX-License-Identifier: MIT
// The builtins module: the built-in functions, the built-in types and
// exception types, and the constants, in one const dict (flash on the
// chip). Lazy iterators (enumerate, zip, map...) are in builtins_iter.c.
//
// Each function checks its arguments as CPython does and raises CPython's
// messages, since tests compare them. Functions taking keywords get them as
// (name, value) pairs after the positionals and pick them with
// es_builtins_get_kw. Nothing here allocates unless its result must be new
// (len, isinstance, getattr... allocate nothing).
#include <errno.h>
#include <string.h>

#include "builtins.h"
#include "bytes.h" // modules: bytes, bytearray entries
#include "class.h"
#include "exc.h"
#include "file.h"
#include "float.h" // floats: float, complex entries
#include "format.h"
#include "frozen.h"
#include "fun.h"
#include "gen.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "list.h"
#include "loop.h"
#include "module.h"
#include "port.h"
#include "print.h"
#include "range.h"
#include "runtime.h"
#include "set.h" // sets
#include "slice.h"
#include "state.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

void es_builtins_get_kw(es_qstr_t fname, size_t n_args, size_t n_kw,
    const es_val_t *args, size_t n, const es_qstr_t *names, es_val_t *out) {
    for (size_t i = 0; i < n; i++) {
        out[i] = ES_NULL;
    }
    const es_val_t *kw = args + n_args;
    for (size_t k = 0; k < n_kw; k++) {
        es_qstr_t key = es_qstr_get(kw[2 * k]);
        size_t i = 0;
        while (i < n && names[i] != key) {
            i++;
        }
        if (i == n) {
            es_raise_fmt(&es_type_TypeError,
                ES_ERR("'%q' is an invalid keyword argument for %q()"), key,
                fname);
        }
        out[i] = kw[2 * k + 1];
    }
}

// Was an optional argument passed with a value other than None?
static bool given(es_val_t v) {
    return v != ES_NULL && v != ES_NONE;
}

// --- print and input

// file.write(str([v])), as CPython's print: each argument, separator and
// the end are written one call each. A write that claims more than its
// text's bytes is a broken stream: OSError(EIO), as MicroPython's stream
// layer (its count is otherwise ignored, as CPython does).
static void write_piece(es_val_t dest[3], es_val_t v) {
    es_val_t s = es_to_str(v);
    size_t n;
    es_str_data(s, &n);
    es_val_t d[3] = {dest[0], dest[1], s};
    es_val_t r = es_call_method(1, 0, d);
    if (es_is_small(r) && es_small_get(r) > (es_int_t)n) {
        es_raise_os_error(-EIO);
    }
}

static void print_to_file(es_val_t file, size_t n_args, const es_val_t *args,
    es_val_t sep, es_val_t end) {
    es_val_t dest[3];
    es_load_method(file, ES_Q(write), dest);
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            write_piece(dest, sep);
        }
        write_piece(dest, args[i]);
    }
    write_piece(dest, end);
}

// sep= / end=: None means the default; anything else must be a str.
static es_val_t check_sep(es_val_t v, const char *what, const char *dflt) {
    if (v == ES_NULL || v == ES_NONE) {
        return es_str_from_cstr(dflt);
    }
    if (!es_is_str(v)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("%s must be None or a string, not %T"), what, v);
    }
    return v;
}

// Print str([v]) to [p]. The whole text is made first, so a __str__ that
// raises writes nothing of it; a short text is made on the C stack, so
// printing ints, floats or small tuples allocates nothing (heap_lock).
static void print_whole(const es_print_t *p, es_val_t v) {
    if (es_is_str(v)) {
        es_print_val(p, v, ES_PRINT_STR);
        return;
    }
    char stage[128];
    es_vstr_t vs;
    es_print_t sp;
    es_vstr_init_on(&vs, stage, sizeof(stage));
    es_vstr_printer(&vs, &sp);
    es_print_val(&sp, v, ES_PRINT_STR);
    es_print_strn(p, vs.buf, vs.len);
    es_vstr_drop(&vs);
}

// print(*args, sep=' ', end='\n', file=None, flush=False): straight to
// the console unless a file object is given.
static es_val_t bi_print(size_t n_args, size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(sep), ES_Q(end), ES_Q(file),
        ES_Q(flush)};
    es_val_t kw[4];
    es_builtins_get_kw(ES_Q(print), n_args, n_kw, args, 4, names, kw);
    es_val_t sep = kw[0] == ES_NULL || kw[0] == ES_NONE ? ES_NULL
        : check_sep(kw[0], "sep", " ");
    es_val_t end = kw[1] == ES_NULL || kw[1] == ES_NONE ? ES_NULL
        : check_sep(kw[1], "end", "\n");
    bool flush = given(kw[3]) && es_truthy(kw[3]); // as CPython: before writing
    if (given(kw[2]) || es_sys_stdout_replaced()) {
        es_val_t file = given(kw[2]) ? kw[2] : es_sys_stdout();
        print_to_file(file, n_args, args, sep ? sep : es_str_from_cstr(" "),
            end ? end : es_str_from_cstr("\n"));
        if (flush) {
            es_val_t dest[3];
            es_load_method(file, ES_Q(flush), dest);
            es_call_method(0, 0, dest);
        }
        return ES_NONE;
    }
    const es_print_t *p = &es_print_stdout;
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            if (sep) {
                es_print_val(p, sep, ES_PRINT_STR);
            } else {
                es_print_strn(p, " ", 1);
            }
        }
        print_whole(p, args[i]);
    }
    if (end) {
        es_print_val(p, end, ES_PRINT_STR);
    } else {
        es_print_strn(p, "\n", 1);
    }
    if (flush) {
        port_flush();
    }
    return ES_NONE;
}
static ES_FUN_KW(fun_print, 0, ES_FUN_ARGS_MAX, bi_print);

// input([prompt]): one line from the console without its newline;
// EOFError at end of input.
static es_val_t bi_input(size_t n_args, const es_val_t *args) {
    if (n_args == 1) {
        es_print_val(&es_print_stdout, args[0], ES_PRINT_STR);
    }
    es_vstr_t v;
    es_vstr_init(&v, 32);
    int got = port_read_line(&v); // the port's line editor, if it has one
    int c = got > 0 ? '\n' : -1;
    if (got < 0) {
        while ((c = port_read_char()) >= 0 && c != '\n') {
            char ch = (char)c;
            es_vstr_add(&v, &ch, 1);
        }
    }
    if (c < 0 && es_g.pending && es_g.pending_exc != ES_NULL) {
        // Ctrl-C while waiting for input.
        es_val_t exc = es_g.pending_exc;
        es_g.pending = 0;
        es_g.pending_exc = ES_NULL;
        es_raise(exc);
    }
    if (c < 0 && v.len == 0) {
        es_raise_msg(&es_type_EOFError, ES_ERR("EOF when reading a line"));
    }
    es_utf8_validate(v.buf, v.len);
    return es_vstr_to_str(&v);
}
static ES_FUN_VAR(fun_input, 0, 1, bi_input);

// --- simple functions of one value

static es_val_t bi_len(es_val_t v) {
    return es_int_from((es_int_t)es_len(v));
}
static ES_FUN_1(fun_len, bi_len);

static ES_FUN_1(fun_repr, es_repr);

static es_val_t bi_format(size_t n_args, const es_val_t *args) {
    if (n_args > 1 && !es_is_str(args[1])) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("format() argument 2 must be str, not %T"), args[1]);
    }
    return es_format(args[0], n_args > 1 ? args[1] : es_str_empty());
}
static ES_FUN_VAR(fun_format, 1, 2, bi_format);

static es_val_t bi_abs(es_val_t v) {
    return es_unary_op(ES_UOP_ABS, v);
}
static ES_FUN_1(fun_abs, bi_abs);

static es_val_t bi_hash(es_val_t v) {
    return es_int_from(es_hash(v));
}
static ES_FUN_1(fun_hash, bi_hash);

// id(): the value word itself, unique while the object lives.
static es_val_t bi_id(es_val_t v) {
    return es_int_from_ull((uintptr_t)v);
}
static ES_FUN_1(fun_id, bi_id);

static es_val_t bi_callable(es_val_t v) {
    return es_bool(es_type_of(v)->call != NULL);
}
static ES_FUN_1(fun_callable, bi_callable);

// any() and all(): stop at the first item whose truth is [stop_at].
static es_val_t any_all(es_val_t iterable, bool stop_at) {
    es_val_t loop[3] = {iterable}; // no heap for the built-in containers
    es_loop_start(loop);
    for (es_val_t v; (v = es_loop_next(loop)) != ES_STOP;) {
        if (es_truthy(v) == stop_at) {
            return es_bool(stop_at);
        }
    }
    return es_bool(!stop_at);
}

static es_val_t bi_any(es_val_t v) {
    return any_all(v, true);
}
static ES_FUN_1(fun_any, bi_any);

static es_val_t bi_all(es_val_t v) {
    return any_all(v, false);
}
static ES_FUN_1(fun_all, bi_all);

// --- characters

// Decode the one UTF-8 character at [s] of [n] bytes.
static uint32_t utf8_decode(const char *s, size_t n) {
    const uint8_t *u = (const uint8_t *)s;
    if (n == 1) {
        return u[0];
    }
    uint32_t c = u[0] & (0x7f >> n);
    for (size_t i = 1; i < n; i++) {
        c = (c << 6) | (u[i] & 0x3f);
    }
    return c;
}

// ord(c): the code of a one-character str, or the byte of a bytes or
// bytearray of length 1.
static es_val_t bi_ord(es_val_t v) {
    v = es_class_unbox(v); // class S(str) instances
    const uint8_t *b;
    size_t len;
    if (es_is_bytes_like(v) && es_bytes_get(v, &b, &len)) {
        if (len != 1) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("ord() expected a "
                "character, but string of length %u found"), (unsigned)len);
        }
        return es_small_new(b[0]);
    }
    if (!es_is_str(v)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("ord() expected string of length 1, but %T found"), v);
    }
    size_t n;
    const char *s = es_str_data(v, &n);
    size_t chars = es_utf8_count(s, n);
    if (chars != 1) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("ord() expected a character, "
            "but string of length %u found"), (unsigned)chars);
    }
    return es_small_new((es_int_t)utf8_decode(s, n));
}
static ES_FUN_1(fun_ord, bi_ord);

static es_val_t bi_chr(es_val_t v) {
    es_int_t c = es_get_int(v);
    if (c < 0 || c > 0x10ffff) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("chr() arg not in range(0x110000)"));
    }
    return es_str_from_codepoint((uint32_t)c);
}
static ES_FUN_1(fun_chr, bi_chr);

// hex(), oct(), bin(): the int in [base] with its prefix.
static es_val_t int_to_base(es_val_t v, int base) {
    es_val_t ix = es_index_of(v); // also I(int) instances, __index__
    v = ix != ES_NULL ? ix : v;
    if (!es_is_int(v)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("'%T' object cannot be interpreted as an integer"), v);
    }
    es_vstr_t s;
    es_print_t p;
    es_vstr_init(&s, 16);
    es_vstr_printer(&s, &p);
    es_int_print_ex(&p, v, base, ES_INT_PREFIX);
    return es_vstr_to_str(&s);
}

static es_val_t bi_hex(es_val_t v) {
    return int_to_base(v, 16);
}
static ES_FUN_1(fun_hex, bi_hex);

static es_val_t bi_oct(es_val_t v) {
    return int_to_base(v, 8);
}
static ES_FUN_1(fun_oct, bi_oct);

static es_val_t bi_bin(es_val_t v) {
    return int_to_base(v, 2);
}
static ES_FUN_1(fun_bin, bi_bin);

// --- arithmetic

static es_val_t bi_divmod(es_val_t a, es_val_t b) {
    es_val_t r[2];
    if ((r[0] = es_float_divmod(a, b)) != ES_NULL) { // floats
        return r[0];
    }
    r[0] = es_binary_op(ES_BOP_FLOORDIV, a, b);
    r[1] = es_binary_op(ES_BOP_MOD, a, b);
    return es_tuple_new(2, r);
}
static ES_FUN_2(fun_divmod, bi_divmod);

// pow(base, exp[, mod]); the three-argument form is for ints only.
static es_val_t bi_pow(size_t n_args, size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(base), ES_Q(exp), ES_Q(mod)};
    es_val_t kw[3];
    es_builtins_get_kw(ES_Q(pow), n_args, n_kw, args, 3, names, kw);
    for (size_t i = 0; i < n_args && i < 3; i++) {
        kw[i] = args[i];
    }
    if (kw[0] == ES_NULL || kw[1] == ES_NULL || n_args > 3) {
        es_check_nargs(ES_Q(pow), n_args, 2, 3, 0, false);
    }
    if (given(kw[2])) {
        return es_int_pow3(kw[0], kw[1], kw[2]);
    }
    return es_binary_op(ES_BOP_POW, kw[0], kw[1]);
}
static ES_FUN_KW(fun_pow, 0, 3, bi_pow);

// round(int, ndigits): negative ndigits round to tens, halves to even.
static es_val_t round_int(es_val_t x, es_val_t ndigits) {
    es_int_t nd = es_get_int(ndigits);
    if (nd >= 0) {
        return x;
    }
    es_val_t m = es_binary_op(ES_BOP_POW, es_small_new(10), es_int_from(-nd));
    es_val_t q = es_binary_op(ES_BOP_FLOORDIV, x, m);
    es_val_t r = es_binary_op(ES_BOP_MOD, x, m);
    es_val_t twice = es_binary_op(ES_BOP_MUL, r, es_small_new(2));
    es_val_t up = es_binary_op(ES_BOP_GT, twice, m);
    if (es_equal(twice, m)) {
        up = es_binary_op(ES_BOP_MOD, q, es_small_new(2)) == es_small_new(1)
            ? ES_TRUE : ES_FALSE;
    }
    if (up == ES_TRUE) {
        q = es_binary_op(ES_BOP_ADD, q, es_small_new(1));
    }
    return es_binary_op(ES_BOP_MUL, q, m);
}

// round(number[, ndigits]): ints here, other types through __round__.
static es_val_t bi_round(size_t n_args, size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(number), ES_Q(ndigits)};
    es_val_t kw[2];
    es_builtins_get_kw(ES_Q(round), n_args, n_kw, args, 2, names, kw);
    for (size_t i = 0; i < n_args && i < 2; i++) {
        kw[i] = args[i];
    }
    if (kw[0] == ES_NULL) {
        es_check_nargs(ES_Q(round), n_args, 1, 2, 0, false);
    }
    if (es_is_int(es_class_unbox(kw[0]))) {
        kw[0] = es_class_unbox(kw[0]);
        es_val_t x = kw[0] == ES_TRUE ? es_small_new(1)
            : kw[0] == ES_FALSE ? es_small_new(0) : kw[0];
        return given(kw[1]) ? round_int(x, kw[1]) : x;
    }
    es_val_t dest[4];
    es_load_method_maybe(kw[0], ES_Q(__round__), dest);
    if (dest[0] == ES_NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("type %T doesn't define __round__ method"), kw[0]);
    }
    dest[2] = kw[1];
    return es_call_method(given(kw[1]) ? 1 : 0, 0, dest);
}
static ES_FUN_KW(fun_round, 0, 2, bi_round);

// sum(iterable, /, start=0)
static es_val_t bi_sum(size_t n_args, size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(start)};
    es_val_t start;
    es_builtins_get_kw(ES_Q(sum), n_args, n_kw, args, 1, names, &start);
    if (n_args == 2) {
        start = args[1];
    }
    es_val_t acc = start == ES_NULL ? es_small_new(0) : start;
    if (es_is_str(acc)) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    es_val_t loop[3] = {args[0]};
    es_loop_start(loop);
    for (es_val_t v; (v = es_loop_next(loop)) != ES_STOP;) {
        acc = es_binary_op(ES_BOP_ADD, acc, v);
    }
    return acc;
}
static ES_FUN_KW(fun_sum, 1, 2, bi_sum);

// --- min and max

// The best of the items of [iterable] by [key] with comparison [op];
// ES_NULL when there are none.
static es_val_t best_of(es_val_t iterable, es_val_t key, es_binary_op_t op) {
    es_val_t best = ES_NULL, best_key = ES_NULL;
    es_val_t loop[3] = {iterable};
    es_loop_start(loop);
    for (es_val_t v; (v = es_loop_next(loop)) != ES_STOP;) {
        es_val_t k = given(key) ? es_call(key, 1, 0, &v) : v;
        if (best == ES_NULL || es_truthy(es_binary_op(op, k, best_key))) {
            best = v;
            best_key = k;
        }
    }
    return best;
}

// min()/max() of one iterable or of several arguments, with key= and
// default=; ties keep the first item, as CPython.
static es_val_t min_max(es_qstr_t fname, es_binary_op_t op, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(key), ES_Q(default)};
    es_val_t kw[2];
    es_builtins_get_kw(fname, n_args, n_kw, args, 2, names, kw);
    if (n_args == 0) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("%q expected at least 1 argument, got 0"), fname);
    }
    if (n_args > 1 && kw[1] != ES_NULL) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("Cannot specify a default for "
            "%q() with multiple positional arguments"), fname);
    }
    es_val_t best = best_of(n_args == 1 ? args[0]
        : es_tuple_new(n_args, args), kw[0], op);
    if (best != ES_NULL) {
        return best;
    }
    if (kw[1] != ES_NULL) {
        return kw[1];
    }
    es_raise_fmt(&es_type_ValueError, ES_ERR("%q() arg is an empty sequence"),
        fname);
}

static es_val_t bi_min(size_t n_args, size_t n_kw, const es_val_t *args) {
    return min_max(ES_Q(min), ES_BOP_LT, n_args, n_kw, args);
}
static ES_FUN_KW(fun_min, 0, ES_FUN_ARGS_MAX, bi_min);

static es_val_t bi_max(size_t n_args, size_t n_kw, const es_val_t *args) {
    return min_max(ES_Q(max), ES_BOP_GT, n_args, n_kw, args);
}
static ES_FUN_KW(fun_max, 0, ES_FUN_ARGS_MAX, bi_max);

// sorted(iterable, /, *, key=None, reverse=False)
static es_val_t bi_sorted(size_t n_args, size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(key), ES_Q(reverse)};
    es_val_t kw[2];
    es_builtins_get_kw(ES_Q(sorted), n_args, n_kw, args, 2, names, kw);
    es_val_t l = es_list_new(0, NULL);
    es_val_t it = es_getiter(args[0]);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        es_list_append(l, v);
    }
    es_list_sort(l, given(kw[0]) ? kw[0] : ES_NONE,
        kw[1] != ES_NULL && es_truthy(kw[1]));
    return l;
}
static ES_FUN_KW(fun_sorted, 1, 1, bi_sorted);

// --- iteration

static es_val_t bi_iter(size_t n_args, const es_val_t *args) {
    if (n_args == 2) {
        if (es_type_of(args[0])->call == NULL) {
            es_raise_msg(&es_type_TypeError,
                ES_ERR("iter(v, w): v must be callable"));
        }
        return es_callable_iter_new(args[0], args[1]);
    }
    return es_getiter(args[0]);
}
static ES_FUN_VAR(fun_iter, 1, 2, bi_iter);

// next(it[, default]); a generator's return value rides on StopIteration.
static es_val_t bi_next(size_t n_args, const es_val_t *args) {
    es_val_t v, ret = ES_NONE;
    if (es_is_type(args[0], &es_type_gen)) {
        if (es_gen_resume(args[0], ES_NONE, ES_NULL, &v)) {
            return v;
        }
        ret = v;
    } else {
        es_g.stop_exc = ES_NULL; // set when a class's __next__ ends it
        if ((v = es_iternext(args[0])) != ES_STOP) {
            return v;
        }
    }
    es_val_t stop = es_g.stop_exc;
    es_g.stop_exc = ES_NULL;
    if (n_args == 2) {
        return args[1];
    }
    if (stop != ES_NULL) { // as CPython: StopIteration(42) stays itself,
        es_raise(stop);    // also through map, zip, enumerate
    }
    es_raise(es_exc_new(&es_type_StopIteration, ret == ES_NONE ? 0 : 1, &ret));
}
static ES_FUN_VAR(fun_next, 1, 2, bi_next);

// --- types

// isinstance/issubclass against a type or a (nested) tuple of types.
static bool isinstance_of(es_val_t v, es_val_t cls, bool sub,
    const char *fname) {
    if (es_is_tuple(cls)) {
        size_t n;
        es_val_t *items;
        es_tuple_get(cls, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (isinstance_of(v, items[i], sub, fname)) {
                return true;
            }
        }
        return false;
    }
    if (!es_is_type(cls, &es_type_type)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%s() arg 2 must be a type, "
            "a tuple of types, or a union"), fname);
    }
    const es_type_t *t = sub ? (const es_type_t *)v : es_type_of(v);
    return es_issubclass(t, (const es_type_t *)cls);
}

static es_val_t bi_isinstance(es_val_t v, es_val_t cls) {
    return es_bool(isinstance_of(v, cls, false, "isinstance"));
}
static ES_FUN_2(fun_isinstance, bi_isinstance);

static es_val_t bi_issubclass(es_val_t v, es_val_t cls) {
    if (!es_is_type(v, &es_type_type)) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("issubclass() arg 1 must be a class"));
    }
    return es_bool(isinstance_of(v, cls, true, "issubclass"));
}
static ES_FUN_2(fun_issubclass, bi_issubclass);

// --- attributes

// The interned name of an attribute-name argument (TypeError if not str).
static es_qstr_t attr_name(es_val_t name) {
    if (!es_is_str(name)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("attribute name must be string, not '%T'"), name);
    }
    return es_qstr_get(es_str_intern(name));
}

static es_val_t bi_getattr(size_t n_args, const es_val_t *args) {
    es_qstr_t name = attr_name(args[1]);
    if (n_args == 2) {
        return es_load_attr(args[0], name);
    }
    es_val_t v = es_load_attr_or_null(args[0], name);
    return v == ES_NULL ? args[2] : v;
}
static ES_FUN_VAR(fun_getattr, 2, 3, bi_getattr);

static es_val_t bi_setattr(es_val_t obj, es_val_t name, es_val_t value) {
    es_store_attr(obj, attr_name(name), value);
    return ES_NONE;
}
static ES_FUN_3(fun_setattr, bi_setattr);

static es_val_t bi_hasattr(es_val_t obj, es_val_t name) {
    return es_bool(es_load_attr_or_null(obj, attr_name(name)) != ES_NULL);
}
static ES_FUN_2(fun_hasattr, bi_hasattr);

static es_val_t bi_delattr(es_val_t obj, es_val_t name) {
    es_delete_attr(obj, attr_name(name));
    return ES_NONE;
}
static ES_FUN_2(fun_delattr, bi_delattr);

static es_val_t bi_globals(void) {
    return es_vm_globals();
}
static ES_FUN_0(fun_globals, bi_globals);

static es_val_t bi_locals(void) {
    return es_vm_locals();
}
static ES_FUN_0(fun_locals, bi_locals);

// vars([obj]): obj.__dict__, or the local namespace.
static es_val_t bi_vars(size_t n_args, const es_val_t *args) {
    if (n_args == 0) {
        return es_vm_locals();
    }
    es_val_t d = es_load_attr_maybe(args[0], ES_Q(__dict__));
    if (d == ES_NULL) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("vars() argument must have __dict__ attribute"));
    }
    return d;
}
static ES_FUN_VAR(fun_vars, 0, 1, bi_vars);

// Add the str keys of dict [d] to list [l].
static void add_keys(es_val_t l, es_val_t d) {
    es_map_t *m = es_dict_map(d);
    for (size_t i = 0; i < m->used; i++) {
        if (m->table[i].key != ES_NULL && es_is_str(m->table[i].key)) {
            es_list_append(l, m->table[i].key);
        }
    }
}

// dir(): the names of the current scope; dir(x): those of x, its type and
// the type's bases (duplicates removed by sorting into a new list).
static es_val_t bi_dir(size_t n_args, const es_val_t *args) {
    es_val_t l = es_list_new(0, NULL);
    es_val_t dir_fn = n_args == 1 && es_is_class(es_type_of(args[0]))
        ? es_type_lookup(es_type_of(args[0]), ES_Q(__dir__)) : ES_NULL;
    if (dir_fn != ES_NULL) { // a class's __dir__: its list, sorted
        l = es_call(es_val(&es_type_list), 1, 0,
            (es_val_t[]){es_call(dir_fn, 1, 0, args)});
        es_list_sort(l, ES_NONE, false);
        return l;
    }
    if (n_args == 0) {
        add_keys(l, es_vm_locals());
    } else {
        es_val_t v = args[0];
        if (es_is_type(v, &es_type_module)) {
            add_keys(l, es_module_globals(v));
        }
        const es_type_t *t = es_is_type(v, &es_type_type)
            ? (const es_type_t *)v : es_type_of(v);
        if (es_is_class(es_type_of(v))) {
            add_keys(l, es_load_attr(v, ES_Q(__dict__)));
        }
        size_t n;
        es_val_t *mro;
        es_tuple_get(es_class_mro(t), &n, &mro);
        for (size_t i = 0; i < n; i++) {
            const es_type_t *m = (const es_type_t *)mro[i];
            if (m->locals != ES_NULL) {
                add_keys(l, m->locals);
            }
        }
    }
    es_list_sort(l, ES_NONE, false);
    size_t n, out = 0;
    es_val_t *items;
    es_list_get(l, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (out == 0 || !es_equal(items[out - 1], items[i])) {
            items[out++] = items[i];
        }
    }
    ((es_list_t *)l)->len = out;
    return l;
}
static ES_FUN_VAR(fun_dir, 0, 1, bi_dir);

// help(): a short welcome; help(obj): obj's type and the names it offers,
// as MicroPython prints them.
static es_val_t bi_help(size_t n_args, const es_val_t *args) {
    const es_print_t *p = &es_print_stdout;
    if (n_args == 0) {
        es_print_cstr(p, "Welcome to espy, a Python 3 for the ESP8266 "
            "(MicroPython-compatible).\n\nControl commands:\n"
            "  CTRL-A        -- on a blank line, enter raw REPL mode\n"
            "  CTRL-B        -- on a blank line, enter normal REPL mode\n"
            "  CTRL-C        -- interrupt a running program\n"
            "  CTRL-D        -- on a blank line, exit (on the board: "
            "soft reset)\n"
            "  CTRL-E        -- on a blank line, enter paste mode\n\n"
            "For a list of available modules, type help('modules')\n");
        return ES_NONE;
    }
    es_val_t v = args[0];
    if (es_is_str(v) && es_str_equal(v, es_qstr_val(ES_Q(modules)))) {
        for (const es_module_def_t *d = es_builtin_modules; d->module; d++) {
            es_printf(p, "%q ", d->name);
        }
        es_frozen_print_names(p);
        es_print_cstr(p, "\n");
        return ES_NONE;
    }
    es_printf(p, "object %r is of type %T\n", v, v);
    es_val_t names = bi_dir(1, &v);
    size_t n;
    es_val_t *items;
    es_list_get(names, &n, &items);
    for (size_t i = 0; i < n; i++) {
        const char *name = es_str_data(items[i], NULL);
        if (name[0] == '_' && name[1] == '_') {
            continue;
        }
        es_val_t attr = es_load_attr_maybe(v,
            es_qstr_get(es_str_intern(items[i])));
        if (attr != ES_NULL) {
            es_printf(p, "  %S -- %r\n", items[i], attr);
        }
    }
    return ES_NONE;
}
static ES_FUN_VAR(fun_help, 0, 1, bi_help);

// --- program control

static es_val_t bi_exit(size_t n_args, const es_val_t *args) {
    es_raise(es_exc_new(&es_type_SystemExit, n_args, args));
}
static ES_FUN_VAR(fun_exit, 0, 1, bi_exit);

// __build_class__(body, name, *bases): run the class body into a fresh
// namespace, make the class, and fill the __class__ cell the body returns
// (for super() and __class__ in methods).
static es_val_t bi_build_class(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    if (n_args < 2 || !es_is_fun(args[0])
        || !es_is_str(args[1])) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("__build_class__: bad arguments"));
    }
    // the keywords but metaclass= (accepted, ignored) go to __init_subclass__
    es_val_t *kw = es_gc_alloc((2 * n_kw + 1) * sizeof(es_val_t), 0);
    size_t n = 0;
    for (size_t k = 0; k < n_kw; k++) {
        if (args[n_args + 2 * k] != es_qstr_val(ES_Q(metaclass))) {
            kw[2 * n] = args[n_args + 2 * k];
            kw[2 * n++ + 1] = args[n_args + 2 * k + 1];
        }
    }
    es_val_t bases = es_tuple_new(n_args - 2, args + 2);
    es_val_t ns = es_dict_new(4);
    es_val_t cell = es_vm_exec_body(args[0], ns);
    es_val_t cls = es_class_new(es_qstr_get(es_str_intern(args[1])), bases,
        ns);
    if (es_is_type(cell, &es_type_cell)) {
        ((es_cell_t *)cell)->value = cls;
    }
    es_class_created(cls, n, kw);
    return cls;
}
static ES_FUN_KW(fun_build_class, 0, ES_FUN_ARGS_MAX, bi_build_class);

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
static es_val_t bi_import(size_t n_args, size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(name), ES_Q(globals), ES_Q(locals),
        ES_Q(fromlist), ES_Q(level)};
    es_val_t kw[5];
    es_builtins_get_kw(ES_Q(__import__), n_args, n_kw, args, 5, names, kw);
    for (size_t i = 0; i < n_args && i < 5; i++) {
        kw[i] = args[i];
    }
    if (kw[0] == ES_NULL || !es_is_str(kw[0])) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("module name must be a string"));
    }
    // globals: ES_NULL for __import__(name); checked for relative imports
    return es_import_default(es_qstr_get(es_str_intern(kw[0])),
        kw[3] == ES_NULL ? ES_NONE : kw[3],
        kw[4] == ES_NULL ? es_small_new(0) : kw[4], kw[1]);
}
static ES_FUN_KW(fun_import, 0, 5, bi_import);

// --- the module dict

#define EXC_ENTRY(name) {ES_QV(name), ES_PTR(&es_type_##name)},

static const es_map_elem_t builtins_table[] = {
    {ES_QV(__name__), ES_QV(builtins)},
    // functions
    {ES_QV(print), ES_PTR(&fun_print)},
    {ES_QV(open), ES_PTR(&es_builtin_open)},
    {ES_QV(input), ES_PTR(&fun_input)},
    {ES_QV(len), ES_PTR(&fun_len)},
    {ES_QV(repr), ES_PTR(&fun_repr)},
    {ES_QV(format), ES_PTR(&fun_format)},
    {ES_QV(abs), ES_PTR(&fun_abs)},
    {ES_QV(hash), ES_PTR(&fun_hash)},
    {ES_QV(id), ES_PTR(&fun_id)},
    {ES_QV(callable), ES_PTR(&fun_callable)},
    {ES_QV(any), ES_PTR(&fun_any)},
    {ES_QV(all), ES_PTR(&fun_all)},
    {ES_QV(ord), ES_PTR(&fun_ord)},
    {ES_QV(chr), ES_PTR(&fun_chr)},
    {ES_QV(hex), ES_PTR(&fun_hex)},
    {ES_QV(oct), ES_PTR(&fun_oct)},
    {ES_QV(bin), ES_PTR(&fun_bin)},
    {ES_QV(divmod), ES_PTR(&fun_divmod)},
    {ES_QV(pow), ES_PTR(&fun_pow)},
    {ES_QV(round), ES_PTR(&fun_round)},
    {ES_QV(sum), ES_PTR(&fun_sum)},
    {ES_QV(min), ES_PTR(&fun_min)},
    {ES_QV(max), ES_PTR(&fun_max)},
    {ES_QV(sorted), ES_PTR(&fun_sorted)},
    {ES_QV(iter), ES_PTR(&fun_iter)},
    {ES_QV(next), ES_PTR(&fun_next)},
    {ES_QV(isinstance), ES_PTR(&fun_isinstance)},
    {ES_QV(issubclass), ES_PTR(&fun_issubclass)},
    {ES_QV(getattr), ES_PTR(&fun_getattr)},
    {ES_QV(setattr), ES_PTR(&fun_setattr)},
    {ES_QV(hasattr), ES_PTR(&fun_hasattr)},
    {ES_QV(delattr), ES_PTR(&fun_delattr)},
    {ES_QV(globals), ES_PTR(&fun_globals)},
    {ES_QV(locals), ES_PTR(&fun_locals)},
    {ES_QV(vars), ES_PTR(&fun_vars)},
    {ES_QV(dir), ES_PTR(&fun_dir)},
    {ES_QV(help), ES_PTR(&fun_help)},
    {ES_QV(compile), ES_PTR(&es_builtin_compile)},
    {ES_QV(exec), ES_PTR(&es_builtin_exec)},
    {ES_QV(eval), ES_PTR(&es_builtin_eval)},
    {ES_QV(execfile), ES_PTR(&es_builtin_execfile)},
    {ES_QV(exit), ES_PTR(&fun_exit)},
    {ES_QV(quit), ES_PTR(&fun_exit)},
    {ES_QV(__build_class__), ES_PTR(&fun_build_class)},
    {ES_QV(__import__), ES_PTR(&fun_import)},
    // types
    {ES_QV(object), ES_PTR(&es_type_object)},
    {ES_QV(type), ES_PTR(&es_type_type)},
    {ES_QV(int), ES_PTR(&es_type_int)},
    {ES_QV(bool), ES_PTR(&es_type_bool)},
    {ES_QV(float), ES_PTR(&es_type_float)}, // floats
    {ES_QV(complex), ES_PTR(&es_type_complex)}, // floats
    {ES_QV(str), ES_PTR(&es_type_str)},
    {ES_QV(bytes), ES_PTR(&es_type_bytes)}, // modules
    {ES_QV(bytearray), ES_PTR(&es_type_bytearray)}, // modules
    {ES_QV(memoryview), ES_PTR(&es_type_memoryview)}, // modules
    {ES_QV(list), ES_PTR(&es_type_list)},
    {ES_QV(tuple), ES_PTR(&es_type_tuple)},
    {ES_QV(dict), ES_PTR(&es_type_dict)},
    {ES_QV(set), ES_PTR(&es_type_set)}, // sets
    {ES_QV(frozenset), ES_PTR(&es_type_frozenset)}, // sets
    {ES_QV(range), ES_PTR(&es_type_range)},
    {ES_QV(slice), ES_PTR(&es_type_slice)},
    {ES_QV(enumerate), ES_PTR(&es_type_enumerate)},
    {ES_QV(zip), ES_PTR(&es_type_zip)},
    {ES_QV(map), ES_PTR(&es_type_map)},
    {ES_QV(filter), ES_PTR(&es_type_filter)},
    {ES_QV(reversed), ES_PTR(&es_type_reversed)},
    {ES_QV(property), ES_PTR(&es_type_property)},
    {ES_QV(staticmethod), ES_PTR(&es_type_staticmethod)},
    {ES_QV(classmethod), ES_PTR(&es_type_classmethod)},
    {ES_QV(super), ES_PTR(&es_type_super)},
    // constants
    {ES_QV(NotImplemented), ES_NOT_IMPLEMENTED},
    {ES_QV(Ellipsis), ES_ELLIPSIS},
    {ES_QV(__debug__), ES_TRUE},
    // exceptions
    ES_EXC_TYPES(EXC_ENTRY)
    {ES_QV(EnvironmentError), ES_PTR(&es_type_OSError)},
    {ES_QV(IOError), ES_PTR(&es_type_OSError)},
};

ES_CONST_DICT(es_builtins_dict, builtins_table);

const es_module_t es_module_builtins = {{&es_type_module},
    ES_PTR(&es_builtins_dict)};
