// SPDX-License-Identifier: MIT
// Import, with MicroPython's rules (docs/import.md). A top-level name is
// looked for in sys.modules (skipped when sys.path is empty: that forces a
// built-in), then among the built-in modules that cannot be extended (and
// uNAME for any built-in NAME), then on sys.path in order, then among the
// extensible built-ins. On a path entry, name is a package when name/ is a
// directory (its __init__ runs if there is one), else name.py, name.mpy
// (refused) or name.epy (precompiled, core/epy.c). The entry ".frozen"
// holds the modules compiled into the firmware (core/frozen.c). A module
// is registered in sys.modules before its body runs, so circular imports
// see it, and removed again when loading it fails.
#include <string.h>

#include "compile.h"
#include "epy.h"
#include "exc.h"
#include "frozen.h"
#include "gc.h"
#include "intern.h"
#include "list.h"
#include "map.h"
#include "module.h"
#include "nlr.h"
#include "port.h"
#include "print.h"
#include "runtime.h"
#include "state.h"
#include "str.h"
#include "tuple.h"
#include "vfs.h"
#include "vm.h"

// The sys.path entry of the frozen modules, with its separator.
#define FROZEN_PREFIX ".frozen/"
#define FROZEN_PREFIX_LEN 8

// What a path names: nothing, a file or a directory (es_vfs_import_stat's codes).
typedef enum { STAT_NONE = 0, STAT_FILE = 1, STAT_DIR = 2 } stat_t;

// A module global, or ES_NULL.
static es_val_t global(es_val_t m, es_qstr_t name) {
    return es_dict_get(es_module_globals(m), es_qstr_val(name));
}

// --- reading source files

typedef struct file_reader {
    es_val_t f;      // the file object (modules/vfs.c's reader)
    int pos, len;
    char buf[128];
} file_reader_t;

// The reader's next byte, refilling the small buffer from the port; -1
// at the end (and after a read error, which ends the source).
static int file_next(void *data) {
    file_reader_t *r = data;
    if (r->pos == r->len) {
        if (r->len < 0) {
            return -1;
        }
        r->len = es_vfs_reader_read(r->f, r->buf, sizeof(r->buf));
        r->pos = 0;
        if (r->len <= 0) {
            r->len = -1;
            return -1;
        }
    }
    return (uint8_t)r->buf[r->pos++];
}

// What a module file holds.
typedef enum { FILE_SOURCE, FILE_EPY, FILE_MPY } file_kind_t;

// An .mpy file is MicroPython's compiled code, which espy cannot run: its
// header is read, as MicroPython reads it to check the version, then the
// file is refused.
ES_NORETURN static es_val_t mpy_refuse(es_reader_t *reader) {
    for (int i = 0; i < 4 && reader->next(reader->data) >= 0; i++) {
    }
    es_raise_msg(&es_type_ValueError, ES_ERR("incompatible .mpy file"));
}

// Compile the file [file] (open as [fd]) as a module body, or load it as
// precompiled code (.epy), or refuse it (.mpy); closes fd.
static es_val_t code_from_fd(es_val_t fd, es_qstr_t file, file_kind_t kind) {
    file_reader_t fr = {fd, 0, 0, {0}};
    es_reader_t reader = {&fr, file_next};
    es_val_t code = ES_NULL;
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        code = kind == FILE_EPY ? es_epy_load(&reader, file)
            : kind == FILE_MPY ? mpy_refuse(&reader)
            : es_compile(&reader, file, ES_COMPILE_FILE);
        es_nlr_pop();
    } else {
        es_vfs_reader_close(fd);
        es_nlr_jump(buf.value);
    }
    es_vfs_reader_close(fd);
    return code;
}

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

// The code of the module file [path] (interned as [file]): a frozen
// module, an .epy file, or a source file; an .mpy file is opened and
// refused. Not inlined: the file object must not stay in the caller's
// registers or frame while the module runs (the collector scans them
// conservatively; es_gc_clear_stack clears only what lies below).
__attribute__((noinline)) static es_val_t module_code(const char *path,
    es_qstr_t file) {
    if (strncmp(path, FROZEN_PREFIX, FROZEN_PREFIX_LEN) == 0) {
        es_val_t code = es_frozen_code(path + FROZEN_PREFIX_LEN);
        if (code != ES_NULL) {
            return code;
        }
    }
    return code_from_fd(es_vfs_reader_open(path), file,
        ends_with(path, ".epy") ? FILE_EPY
        : ends_with(path, ".mpy") ? FILE_MPY : FILE_SOURCE);
}

es_val_t es_module_file_code(const char *path) {
    return module_code(path, es_intern_lossy(path, strlen(path)));
}

void es_module_exec_file(const char *path, es_val_t globals) {
    // The path is interned once: __file__ and the code's traceback entries
    // share it.
    es_qstr_t file = es_intern_lossy(path, strlen(path));
    es_dict_store(globals, es_qstr_val(ES_Q(__file__)), es_qstr_val(file));
    es_val_t code = module_code(path, file);
    if (globals == es_g.main_globals) {
        // The main program starts on a swept heap: what reading and
        // compiling it left behind (the file object and its buffer, the
        // compiler's temporaries) does not count against its
        // gc.mem_free() (tests/limits/mem_free_start_38k.py), nor what
        // stale words of the compiler's and the collector's C frames point
        // to, which the program's frames would cover.
        es_gc_collect();
        es_gc_clear_stack();
    }
    es_vm_exec_code(code, globals, globals);
}

// --- finding modules

// What [path] names, in the frozen modules for ".frozen/..." paths.
static stat_t stat_path(const char *path) {
    if (strncmp(path, FROZEN_PREFIX, FROZEN_PREFIX_LEN) == 0) {
        return (stat_t)es_frozen_stat(path + FROZEN_PREFIX_LEN);
    }
    return (stat_t)es_vfs_import_stat(path);
}

// Replace the last [n] characters of [v] with [s] (of the same length or
// longer) and keep it NUL-terminated.
static void vstr_set_tail(es_vstr_t *v, size_t n, const char *s) {
    v->len -= n;
    v->buf[v->len] = '\0';
    es_vstr_add(v, s, strlen(s));
}

// [path] + ".py", else + ".mpy" (refused when loaded), else + ".epy", as
// a file; [path] is left with the extension found. MicroPython looks for
// .py then .mpy: a filesystem written in Python sees the same stat calls.
static stat_t stat_file(es_vstr_t *path) {
    static const char *const exts[] = {".py", ".mpy", ".epy"};
    es_vstr_add(path, exts[0], 3);
    for (size_t i = 0; i < 3; i++) {
        if (i > 0) {
            vstr_set_tail(path, strlen(exts[i - 1]), exts[i]);
        }
        if (stat_path(path->buf) == STAT_FILE) {
            return STAT_FILE;
        }
    }
    return STAT_NONE;
}

// [path] as a package directory or a module file (see stat_file).
static stat_t stat_module(es_vstr_t *path) {
    if (stat_path(path->buf) == STAT_DIR) {
        return STAT_DIR;
    }
    return stat_file(path);
}

// The items of sys.path (a list or a tuple; anything else: none).
static void path_items(es_val_t path, size_t *n, es_val_t **items) {
    *n = 0;
    if (es_is_list(path)) {
        es_list_get(path, n, items);
    } else if (es_is_tuple(path)) {
        es_tuple_get(path, n, items);
    }
}

// Look for [name] ("a/b" for -m) in each entry of sys.path; [path] gets
// the entry + "/" + name (+ extension).
static stat_t stat_top(es_vstr_t *path, const char *name, size_t len) {
    size_t n;
    es_val_t *dirs;
    path_items(es_g.sys_path, &n, &dirs);
    for (size_t i = 0; i < n; i++) {
        if (!es_is_str(dirs[i])) {
            continue;
        }
        size_t dl;
        const char *d = es_str_data(dirs[i], &dl);
        path->len = 0;
        if (dl > 0) {
            es_vstr_add(path, d, dl);
            es_vstr_add(path, "/", 1);
        }
        es_vstr_add(path, name, len);
        stat_t st = stat_module(path);
        if (st != STAT_NONE) {
            return st;
        }
    }
    return STAT_NONE;
}

// --- loading

static ES_NORETURN void raise_not_found(es_qstr_t name) {
    es_raise_fmt(&es_type_ModuleNotFoundError,
        ES_ERR("No module named '%q'"), name);
}

// Fill module [m] from [path]: a package directory gets __path__ and runs
// its __init__ file if it has one; a file runs.
static void load_into(es_val_t m, es_vstr_t *path, stat_t st) {
    es_val_t g = es_module_globals(m);
    if (st == STAT_DIR) {
        es_dict_store(g, es_qstr_val(ES_Q(__path__)),
            es_str_new(path->buf, path->len));
        es_vstr_add(path, "/__init__", 9);
        if (stat_file(path) == STAT_NONE) {
            return; // a namespace package
        }
    }
    es_module_exec_file(path->buf, g);
}

// Run [path] as module [full]; registered before, removed on failure.
// Returns what sys.modules holds for [full] afterwards (a module may put
// another object there), as CPython.
static es_val_t load(es_qstr_t full, es_vstr_t *path, stat_t st) {
    es_val_t m = es_module_new(full);
    es_val_t key = es_qstr_val(full);
    es_dict_store(es_g.modules, key, m);
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        load_into(m, path, st);
        es_nlr_pop();
    } else {
        es_map_lookup(es_dict_map(es_g.modules), key, ES_MAP_REMOVE);
        es_nlr_jump(buf.value);
    }
    es_val_t now = es_dict_get(es_g.modules, key);
    return now != ES_NULL ? now : m;
}

// A built-in module as the result of importing [full]: recorded in
// sys.modules unless that already holds something under the name (a
// module extending the built-in, being loaded).
static es_val_t use_builtin(es_qstr_t full, const es_module_t *b) {
    es_val_t key = es_qstr_val(full);
    if (es_dict_get(es_g.modules, key) == ES_NULL) {
        es_dict_store(es_g.modules, key, es_val(b));
    }
    return es_val(b);
}

// Whether sys.path has no entries: then imports skip sys.modules and the
// path, which gives the built-in module (`sys.path = ()` in a module that
// extends a built-in of its own name).
static bool path_empty(void) {
    size_t n;
    es_val_t *items;
    path_items(es_g.sys_path, &n, &items);
    return n == 0;
}

// Import a top-level module [full] (see the order at the top).
static es_val_t import_top(es_qstr_t full, const char *s, size_t len) {
    const es_module_t *b = es_module_find_builtin(full, false);
    if (b != NULL) {
        return use_builtin(full, b);
    }
    es_vstr_t path;
    es_vstr_init(&path, 64);
    stat_t st = stat_top(&path, s, len);
    if (st != STAT_NONE) {
        return load(full, &path, st);
    }
    b = es_module_find_builtin(full, true);
    if (b == NULL) {
        raise_not_found(full);
    }
    return use_builtin(full, b);
}

// Import [full] whose last part is [last], in the package [parent]: found
// in the directory its __path__ names, then bound as an attribute of it.
static es_val_t import_sub(es_qstr_t full, const char *last, size_t last_len,
    es_val_t parent) {
    es_val_t dir = es_load_attr_maybe(parent, ES_Q(__path__));
    if (dir == ES_NULL || !es_is_str(dir)) {
        raise_not_found(full);
    }
    size_t dl;
    const char *d = es_str_data(dir, &dl);
    es_vstr_t path;
    es_vstr_init(&path, dl + last_len + 8);
    es_vstr_add(&path, d, dl);
    es_vstr_add(&path, "/", 1);
    es_vstr_add(&path, last, last_len);
    stat_t st = stat_module(&path);
    if (st == STAT_NONE) {
        raise_not_found(full);
    }
    es_val_t m = load(full, &path, st);
    es_store_attr(parent, es_intern(last, last_len), m);
    return m;
}

// Import one level: [full] is the dotted name, [last] its last part,
// [parent] the package it is in (ES_NULL at top level).
static es_val_t import_one(es_qstr_t full, const char *last, size_t last_len,
    es_val_t parent) {
    if (!path_empty()) {
        es_val_t m = es_dict_get(es_g.modules, es_qstr_val(full));
        if (m != ES_NULL) {
            return m;
        }
    }
    if (parent == ES_NULL) {
        return import_top(full, last, last_len);
    }
    return import_sub(full, last, last_len, parent);
}

// Import every prefix of dotted [name]; returns the first and last module.
static void import_dotted(const char *name, size_t len, es_val_t *top,
    es_val_t *last) {
    es_val_t parent = ES_NULL;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && name[i] != '.') {
            continue;
        }
        if (i == start) {
            es_raise_msg(&es_type_ValueError, ES_ERR("Empty module name"));
        }
        es_qstr_t full = es_intern(name, i);
        parent = import_one(full, name + start, i - start, parent);
        if (start == 0) {
            *top = parent;
        }
        start = i + 1;
    }
    *last = parent;
}

static ES_NORETURN void raise_no_parent(void) {
    es_raise_msg(&es_type_ImportError,
        ES_ERR("attempted relative import with no known parent package"));
}

// The package that a relative import of [level] in [globals] starts from,
// as a vstr holding its dotted name.
static void relative_base(es_vstr_t *base, es_val_t globals, es_int_t level) {
    es_val_t name = globals == ES_NULL ? ES_NULL
        : es_dict_get(globals, es_qstr_val(ES_Q(__name__)));
    bool is_pkg = globals != ES_NULL
        && es_dict_get(globals, es_qstr_val(ES_Q(__path__))) != ES_NULL;
    if (name == ES_NULL || !es_is_str(name)) {
        raise_no_parent();
    }
    size_t len;
    const char *s = es_str_data(name, &len);
    for (es_int_t i = is_pkg ? 1 : 0; i < level; i++) {
        while (len > 0 && s[len - 1] != '.') {
            len--;
        }
        if (len == 0) {
            raise_no_parent();
        }
        len--;
    }
    if (len == 0) {
        raise_no_parent();
    }
    es_vstr_add(base, s, len);
}

static bool fromlist_empty(es_val_t fromlist) {
    return fromlist == ES_NULL || fromlist == ES_NONE || !es_truthy(fromlist);
}

// __import__ semantics: `import a.b` binds a (the top package), `from
// a.b import c` needs a.b itself; relative names start from the package.
es_val_t es_import_default(es_qstr_t name, es_val_t fromlist, es_val_t level,
    es_val_t globals) {
    es_int_t lvl = level == ES_NULL || level == ES_NONE ? 0 : es_get_int(level);
    if (lvl < 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("level must be >= 0"));
    }
    size_t len;
    const char *s = es_qstr_str(name, &len);
    es_val_t top, last;
    if (lvl == 0) {
        if (len == 0) {
            es_raise_msg(&es_type_ValueError, ES_ERR("Empty module name"));
        }
        import_dotted(s, len, &top, &last);
        return fromlist_empty(fromlist) ? top : last;
    }
    if (globals != ES_NULL && globals != ES_NONE) {
        es_val_t d = es_dict_arg(globals);
        if (d == ES_NULL) {
            es_raise_msg(&es_type_TypeError, ES_ERR("globals must be a dict"));
        }
        globals = d;
    } else {
        globals = ES_NULL;
    }
    es_vstr_t full;
    es_vstr_init(&full, 32);
    relative_base(&full, globals, lvl);
    if (len > 0) {
        es_vstr_add(&full, ".", 1);
        es_vstr_add(&full, s, len);
    }
    import_dotted(full.buf, full.len, &top, &last);
    return last;
}

// The import statement: builtins.__import__ when a program replaced it
// (called as __import__(name, globals, None, fromlist, level)).
es_val_t es_import(es_qstr_t name, es_val_t fromlist, es_val_t level,
    es_val_t globals) {
    es_val_t over = es_g.builtins_override;
    es_val_t fn = over != ES_NULL
        ? es_dict_get(over, es_qstr_val(ES_Q(__import__))) : ES_NULL;
    if (fn == ES_NULL) {
        return es_import_default(name, fromlist, level, globals);
    }
    es_val_t args[5] = {es_qstr_val(name), globals != ES_NULL ? globals
        : ES_NONE, ES_NONE, fromlist, level};
    return es_call(fn, 5, 0, args);
}

es_val_t es_import_from(es_val_t module, es_qstr_t name) {
    es_val_t v = es_load_attr_or_null(module, name);
    if (v != ES_NULL) {
        return v;
    }
    es_val_t mod_name = es_is_type(module, &es_type_module)
        ? global(module, ES_Q(__name__)) : ES_NULL;
    if (mod_name != ES_NULL && global(module, ES_Q(__path__)) != ES_NULL) {
        es_vstr_t full;
        es_vstr_init(&full, 32);
        size_t nl, ml;
        const char *ns = es_qstr_str(name, &nl);
        const char *ms = es_str_data(mod_name, &ml);
        es_vstr_add(&full, ms, ml);
        es_vstr_add(&full, ".", 1);
        es_vstr_add(&full, ns, nl);
        es_val_t top, last;
        import_dotted(full.buf, full.len, &top, &last);
        return last;
    }
    es_val_t file = es_is_type(module, &es_type_module)
        ? global(module, ES_Q(__file__)) : ES_NULL;
    if (file != ES_NULL) {
        es_raise_fmt(&es_type_ImportError,
            ES_ERR("cannot import name '%q' from '%S' (%S)"), name, mod_name,
            file);
    }
    es_raise_fmt(&es_type_ImportError,
        ES_ERR("cannot import name '%q' from '%S' (unknown location)"), name,
        mod_name == ES_NULL ? es_qstr_val(ES_Q(module)) : mod_name);
}

// Store each public name of the dict [d] in [locals].
static void import_public(es_val_t d, es_val_t locals) {
    es_map_t *m = es_dict_map(d);
    for (size_t i = 0; i < m->used; i++) {
        es_val_t k = m->table[i].key;
        if (k == ES_NULL || !es_is_str(k) || es_str_data(k, NULL)[0] == '_') {
            continue;
        }
        es_dict_store(locals, k, m->table[i].value);
    }
}

// A name listed in __all__: an attribute, or a package's submodule
// (imported); else AttributeError, as CPython.
static es_val_t star_name(es_val_t module, es_qstr_t name) {
    es_val_t v = es_load_attr_or_null(module, name);
    if (v != ES_NULL) {
        return v;
    }
    bool package = es_is_type(module, &es_type_module)
        && global(module, ES_Q(__path__)) != ES_NULL;
    es_nlr_buf_t buf;
    if (package && es_nlr_push(&buf) == 0) {
        v = es_import_from(module, name);
        es_nlr_pop();
        return v;
    } else if (package
        && !es_isinstance(buf.value, &es_type_ModuleNotFoundError)) {
        es_nlr_jump(buf.value);
    }
    return es_load_attr(module, name);
}

// As CPython: the names in __all__ (attributes of [module], which may be
// any object sys.modules holds), else the public names of its __dict__.
void es_import_star(es_val_t module, es_val_t locals) {
    // A module __getattr__ raising AttributeError for __all__ means none.
    es_val_t all = es_load_attr_or_null(module, ES_Q(__all__));
    if (all != ES_NULL) {
        es_val_t it = es_getiter(all);
        for (es_val_t k; (k = es_iternext(it)) != ES_STOP;) {
            if (!es_is_str(k)) {
                es_raise_fmt(&es_type_TypeError, ES_ERR("Item in "
                    "__all__ must be str, not %T"), k);
            }
            es_dict_store(locals, k, star_name(module,
                es_qstr_get(es_str_intern(k))));
        }
        return;
    }
    es_val_t d = es_load_attr_maybe(module, ES_Q(__dict__));
    d = d != ES_NULL ? es_dict_arg(d) : ES_NULL;
    if (d == ES_NULL) {
        es_raise_msg(&es_type_ImportError, ES_ERR("from-import-* object has "
            "no __dict__ and no __all__"));
    }
    import_public(d, locals);
}

// python -m: the module's file (dots become directories; a package runs
// its __main__ file) runs in __main__'s globals.
void es_module_run_main(es_qstr_t name) {
    size_t len;
    const char *s = es_qstr_str(name, &len);
    es_vstr_t rel;
    es_vstr_init(&rel, len + 4);
    for (size_t i = 0; i < len; i++) {
        es_vstr_add(&rel, s[i] == '.' ? "/" : s + i, 1);
    }
    es_vstr_t path;
    es_vstr_init(&path, 64);
    stat_t st = stat_top(&path, rel.buf, rel.len);
    if (st == STAT_DIR) {
        es_vstr_add(&path, "/__main__", 9);
        st = stat_file(&path);
    }
    if (st == STAT_NONE) {
        raise_not_found(name);
    }
    es_module_exec_file(path.buf, es_g.main_globals);
}
