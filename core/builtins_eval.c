// SPDX-License-Identifier: MIT
// compile(), exec(), eval() and execfile(): source text (or a code object from
// compile) run through the same compiler and VM as a module, in the
// caller's namespaces or in dicts the caller passes.
#include "builtins.h"
#include "bytes.h"
#include "code.h"
#include "compile.h"
#include "exc.h"
#include "fun.h"
#include "intern.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "vm.h"

// The code object for [src] (a str, a buffer such as bytes, or already a
// code object) in [mode].
static es_val_t to_code(es_val_t src, es_qstr_t file, es_compile_mode_t mode,
    const char *fname) {
    if (es_is_type(src, &es_type_code)) {
        return src;
    }
    size_t len;
    const char *s;
    const uint8_t *b;
    if (es_is_str(src)) {
        s = es_str_data(src, &len);
    } else if (es_bytes_get(src, &b, &len)) {
        // bytes, bytearray, memoryview, array: the lexer checks the UTF-8
        // of what becomes a str (string literals, names), as CPython's
        s = (const char *)b;
    } else {
        es_raise_fmt(&es_type_TypeError, ES_ERR("%s() arg 1 must be a "
            "string, bytes or code object"), fname);
    }
    es_mem_reader_t state;
    es_reader_t reader;
    es_reader_from_mem(&reader, &state, s, len);
    return es_compile(&reader, file, mode);
}

// Run [code] with the globals and locals given in args[1], args[2] (None
// or absent: the caller's).
static es_val_t run(es_val_t code, size_t n_args, const es_val_t *args) {
    es_val_t globals = n_args > 1 && args[1] != ES_NONE ? args[1] : ES_NULL;
    es_val_t locals = n_args > 2 && args[2] != ES_NONE ? args[2] : ES_NULL;
    if (globals != ES_NULL && (globals = es_dict_arg(globals)) == ES_NULL) {
        es_raise_msg(&es_type_TypeError, ES_ERR("globals must be a dict"));
    }
    // Names are looked up in dicts only: a mapping that is not a dict
    // (which CPython accepts) is refused up front.
    if (locals != ES_NULL && es_dict_arg(locals) == ES_NULL) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("locals must be a mapping "
            "or None, not %T"), locals);
    }
    locals = locals != ES_NULL ? es_dict_arg(locals) : ES_NULL;
    if (globals == ES_NULL) {
        globals = es_vm_globals();
        if (locals == ES_NULL) {
            locals = es_vm_locals();
        }
    }
    if (locals == ES_NULL) {
        locals = globals;
    }
    return es_vm_exec_code(code, globals, locals);
}

static es_val_t bi_eval(size_t n_args, const es_val_t *args) {
    es_val_t code = to_code(args[0], ES_QS(lt_string_gt, "<string>"),
        ES_COMPILE_EVAL, "eval");
    return run(code, n_args, args);
}
const es_fun_builtin_t es_builtin_eval = {{&es_type_fun_builtin},
    ES_FUN_KIND_VAR, 1, 3, {.var = bi_eval}};

static es_val_t bi_exec(size_t n_args, const es_val_t *args) {
    es_val_t code = to_code(args[0], ES_QS(lt_string_gt, "<string>"),
        ES_COMPILE_FILE, "exec");
    run(code, n_args, args);
    return ES_NONE;
}
const es_fun_builtin_t es_builtin_exec = {{&es_type_fun_builtin},
    ES_FUN_KIND_VAR, 1, 3, {.var = bi_exec}};

// execfile(path, globals=None, locals=None): the file's code (compiled as
// import compiles a module) run as exec runs it; MicroPython's unix port
// has it.
static es_val_t bi_execfile(size_t n_args, const es_val_t *args) {
    if (!es_is_str(args[0])) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("execfile() arg 1 must be str, not %T"), args[0]);
    }
    run(es_module_file_code(es_str_data(args[0], NULL)), n_args, args);
    return ES_NONE;
}
const es_fun_builtin_t es_builtin_execfile = {{&es_type_fun_builtin},
    ES_FUN_KIND_VAR, 1, 3, {.var = bi_execfile}};

// compile(source, filename, mode): mode 'exec', 'eval' or 'single'.
static es_val_t bi_compile(size_t n_args, const es_val_t *args) {
    ES_UNUSED(n_args);
    if (!es_is_str(args[1]) || !es_is_str(args[2])) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("compile() filename and mode must be str"));
    }
    es_val_t m = args[2];
    es_compile_mode_t mode;
    if (es_str_equal(m, es_qstr_val(ES_Q(exec)))) {
        mode = ES_COMPILE_FILE;
    } else if (es_str_equal(m, es_qstr_val(ES_Q(eval)))) {
        mode = ES_COMPILE_EVAL;
    } else if (es_str_equal(m, es_qstr_val(ES_Q(single)))) {
        mode = ES_COMPILE_SINGLE;
    } else {
        es_raise_msg(&es_type_ValueError, ES_ERR(
            "compile() mode must be 'exec', 'eval' or 'single'"));
    }
    return to_code(args[0], es_qstr_get(es_str_intern(args[1])), mode,
        "compile");
}
const es_fun_builtin_t es_builtin_compile = {{&es_type_fun_builtin},
    ES_FUN_KIND_VAR, 3, 6, {.var = bi_compile}};
