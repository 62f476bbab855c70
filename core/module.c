// SPDX-License-Identifier: MIT
// Module objects and import. Built-in modules are const objects over const
// dicts, listed in es_builtin_modules; "u"-prefixed names (utime) import
// the same module. Python modules are found on sys.path as name.py or as a
// package directory name/__init__.py, compiled through a small buffered
// reader over the port's file calls, and run in a new module registered in
// sys.modules before its body runs (so circular imports see it).
#include <string.h>

#include "compile.h"
#include "exc.h"
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
#include "vm.h"

const es_module_def_t es_builtin_modules[] = {
    {ES_Q(builtins), &es_module_builtins},
    {ES_Q(sys), &es_module_sys},
    {ES_Q(gc), &es_module_gc},
    {ES_Q(micropython), &es_module_micropython},
    {ES_Q(_espy), &es_module_espy},
    {ES_Q(math), &es_module_math}, // floats
    {ES_Q(cmath), &es_module_cmath}, // floats
    {ES_Q(random), &es_module_random}, // modules
    {ES_Q(time), &es_module_time}, // modules
    {ES_Q(io), &es_module_io}, // modules
    {ES_Q(struct), &es_module_struct}, // modules
    {ES_Q_NULL, NULL},
};

// --- the module type

// A module global, or ES_NULL.
static es_val_t global(es_val_t m, es_qstr_t name) {
    return es_dict_get(es_module_globals(m), es_qstr_val(name));
}

// <module 'name' from 'path'> for files, <module 'name' (built-in)>.
static void module_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_val_t name = global(self, ES_Q(__name__));
    es_val_t file = global(self, ES_Q(__file__));
    if (file != ES_NULL) {
        es_printf(p, "<module '%S' from '%S'>", name, file);
    } else {
        es_printf(p, "<module '%S' (built-in)>", name);
    }
}

static es_val_t module_load_attr(es_val_t self, es_qstr_t name) {
    if (name == ES_Q(__dict__)) {
        return es_module_globals(self);
    }
    return global(self, name);
}

// Built-in modules live in flash: their dicts are read-only.
static bool module_store_attr(es_val_t self, es_qstr_t name, es_val_t value) {
    es_map_t *m = es_dict_map(es_module_globals(self));
    if (m->flags & ES_MAP_CONST) {
        return false;
    }
    if (value == ES_NULL) {
        return es_map_lookup(m, es_qstr_val(name), ES_MAP_REMOVE) != NULL;
    }
    es_dict_store(es_module_globals(self), es_qstr_val(name), value);
    return true;
}

const es_type_t es_type_module = {
    .base = {&es_type_type},
    .name = ES_Q(module),
    .parent = &es_type_object,
    .print = module_print,
    .load_attr = module_load_attr,
    .store_attr = module_store_attr,
};

// sys.modules and __main__ are objects in es_g: only their tables are in
// the arena. sys.modules starts with sys and __main__, as in CPython.
void es_module_init(void) {
    es_g.modules_obj.base.type = &es_type_dict;
    es_map_init(&es_g.modules_obj.map, 4);
    es_g.modules = es_val(&es_g.modules_obj);
    es_g.main_dict.base.type = &es_type_dict;
    es_map_init(&es_g.main_dict.map, 4);
    es_g.main_globals = es_val(&es_g.main_dict);
    es_dict_store(es_g.main_globals, es_qstr_val(ES_Q(__name__)),
        es_qstr_val(ES_Q(__main__)));
    es_g.main_obj = (es_module_t){{&es_type_module}, es_g.main_globals};
    es_dict_store(es_g.modules, es_qstr_val(ES_Q(sys)),
        es_val(&es_module_sys));
    es_dict_store(es_g.modules, es_qstr_val(ES_Q(__main__)),
        es_val(&es_g.main_obj));
}

es_val_t es_module_new(es_qstr_t name) {
    es_module_t *m = es_gc_alloc(sizeof(es_module_t), 0);
    m->base.type = &es_type_module;
    m->globals = es_dict_new(4);
    es_dict_store(m->globals, es_qstr_val(ES_Q(__name__)), es_qstr_val(name));
    return es_val(m);
}

// --- reading source files

typedef struct file_reader {
    int fd;
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
        r->len = port_file_read(r->fd, r->buf, sizeof(r->buf));
        r->pos = 0;
        if (r->len <= 0) {
            r->len = -1;
            return -1;
        }
    }
    return (uint8_t)r->buf[r->pos++];
}

// Compile the file [file] (open as [fd]) as a module body; closes fd.
static es_val_t compile_fd(int fd, es_qstr_t file) {
    file_reader_t fr = {fd, 0, 0, {0}};
    es_reader_t reader = {&fr, file_next};
    es_val_t code = ES_NULL;
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        code = es_compile(&reader, file, ES_COMPILE_FILE);
        es_nlr_pop();
    } else {
        port_file_close(fd);
        es_nlr_jump(buf.value);
    }
    port_file_close(fd);
    return code;
}

void es_module_exec_file(const char *path, es_val_t globals) {
    // The path is interned once: __file__ and the code's traceback entries
    // share it.
    es_qstr_t file = es_intern_cstr(path);
    es_dict_store(globals, es_qstr_val(ES_Q(__file__)), es_qstr_val(file));
    int fd = port_file_open(path);
    if (fd < 0) {
        es_raise_os_error(fd);
    }
    es_val_t code = compile_fd(fd, file);
    es_vm_exec_code(code, globals, globals);
}

// --- finding modules

// What es_find found: a path to a .py file and, for a package, its
// directory.
typedef struct found {
    es_vstr_t file;
    es_vstr_t dir; // empty unless a package
} found_t;

// Try [dir]/[name] as a package or [dir]/[name].py.
static bool find_in_dir(found_t *f, const char *dir, size_t dir_len,
    const char *name, size_t name_len) {
    f->file.len = f->dir.len = 0;
    if (dir_len > 0) {
        es_vstr_add(&f->file, dir, dir_len);
        es_vstr_add(&f->file, "/", 1);
    }
    es_vstr_add(&f->file, name, name_len);
    if (port_stat(f->file.buf) == 2) {
        es_vstr_add(&f->dir, f->file.buf, f->file.len);
        es_vstr_add(&f->file, "/__init__.py", 12);
        if (port_stat(f->file.buf) == 1) {
            return true;
        }
        f->dir.len = 0;
        f->file.len -= 12;
        f->file.buf[f->file.len] = '\0';
    }
    es_vstr_add(&f->file, ".py", 3);
    return port_stat(f->file.buf) == 1;
}

// Search [path] (a list of dir strs, or one dir str for a package's
// __path__) for module [name].
static bool find_on_path(found_t *f, es_val_t path, const char *name,
    size_t name_len) {
    size_t n = 1;
    es_val_t *dirs = &path;
    if (!es_is_str(path)) {
        es_list_get(path, &n, &dirs);
    }
    for (size_t i = 0; i < n; i++) {
        if (!es_is_str(dirs[i])) {
            continue;
        }
        size_t dl;
        const char *d = es_str_data(dirs[i], &dl);
        if (find_in_dir(f, d, dl, name, name_len)) {
            return true;
        }
    }
    return false;
}

// A built-in module by name; "uname" finds "name" (MicroPython's
// utime, uos... spellings).
static const es_module_t *find_builtin(es_qstr_t name) {
    for (const es_module_def_t *d = es_builtin_modules; d->module; d++) {
        if (d->name == name) {
            return d->module;
        }
    }
    size_t len;
    const char *s = es_qstr_str(name, &len);
    if (len > 1 && s[0] == 'u') {
        es_qstr_t q = es_intern_find(s + 1, len - 1);
        if (q != ES_Q_NULL && q != name) {
            return find_builtin(q);
        }
    }
    return NULL;
}

// --- loading

static ES_NORETURN void raise_not_found(es_qstr_t name) {
    es_raise_fmt(&es_type_ModuleNotFoundError,
        ES_ERR("No module named '%q'"), name);
}

// Run [f]'s file as module [full]; registered before, removed on failure.
static es_val_t load_file(es_qstr_t full, found_t *f) {
    es_val_t m = es_module_new(full);
    es_val_t g = es_module_globals(m);
    if (f->dir.len > 0) {
        es_dict_store(g, es_qstr_val(ES_Q(__path__)),
            es_str_new(f->dir.buf, f->dir.len));
    }
    es_dict_store(es_g.modules, es_qstr_val(full), m);
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_module_exec_file(f->file.buf, g);
        es_nlr_pop();
    } else {
        es_map_lookup(es_dict_map(es_g.modules), es_qstr_val(full),
            ES_MAP_REMOVE);
        es_nlr_jump(buf.value);
    }
    return m;
}

// Import one level: [full] is the dotted name, [last] its last part,
// [parent] the package it is in (ES_NULL at top level).
// Search order: sys.modules, built-in modules (top level only), then the
// path (sys.path, or the parent package's __path__ directory).
static es_val_t import_one(es_qstr_t full, const char *last, size_t last_len,
    es_val_t parent) {
    es_val_t m = es_dict_get(es_g.modules, es_qstr_val(full));
    if (m != ES_NULL) {
        return m;
    }
    if (parent == ES_NULL) {
        const es_module_t *b = find_builtin(full);
        if (b != NULL) {
            es_dict_store(es_g.modules, es_qstr_val(full), es_val(b));
            return es_val(b);
        }
    }
    es_val_t path = parent == ES_NULL ? es_g.sys_path
        : global(parent, ES_Q(__path__));
    if (path == ES_NULL) {
        raise_not_found(full);
    }
    found_t f;
    es_vstr_init(&f.file, 64);
    es_vstr_init(&f.dir, 64);
    if (!find_on_path(&f, path, last, last_len)) {
        raise_not_found(full);
    }
    m = load_file(full, &f);
    if (parent != ES_NULL) {
        es_store_attr(parent, es_intern(last, last_len), m);
    }
    return m;
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

// The package that a relative import of [level] in [globals] starts from,
// as a vstr holding its dotted name.
static void relative_base(es_vstr_t *base, es_val_t globals, es_int_t level) {
    es_val_t name = globals == ES_NULL ? ES_NULL
        : es_dict_get(globals, es_qstr_val(ES_Q(__name__)));
    bool is_pkg = globals != ES_NULL
        && es_dict_get(globals, es_qstr_val(ES_Q(__path__))) != ES_NULL;
    if (name == ES_NULL || !es_is_str(name)) {
        es_raise_msg(&es_type_ImportError,
            ES_ERR("attempted relative import with no known parent package"));
    }
    size_t len;
    const char *s = es_str_data(name, &len);
    for (es_int_t i = is_pkg ? 1 : 0; i < level; i++) {
        while (len > 0 && s[len - 1] != '.') {
            len--;
        }
        if (len == 0) {
            es_raise_msg(&es_type_ImportError, ES_ERR(
                "attempted relative import with no known parent package"));
        }
        len--;
    }
    es_vstr_add(base, s, len);
}

static bool fromlist_empty(es_val_t fromlist) {
    return fromlist == ES_NULL || fromlist == ES_NONE || !es_truthy(fromlist);
}

// __import__ semantics: `import a.b` binds a (the top package), `from
// a.b import c` needs a.b itself; relative names start from the package.
es_val_t es_import(es_qstr_t name, es_val_t fromlist, es_val_t level,
    es_val_t globals) {
    es_int_t lvl = level == ES_NULL || level == ES_NONE ? 0 : es_get_int(level);
    size_t len;
    const char *s = es_qstr_str(name, &len);
    es_val_t top, last;
    if (lvl <= 0) {
        import_dotted(s, len, &top, &last);
        return fromlist_empty(fromlist) ? top : last;
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

es_val_t es_import_from(es_val_t module, es_qstr_t name) {
    es_val_t v = es_load_attr_maybe(module, name);
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
    es_val_t v = es_load_attr_maybe(module, name);
    if (v != ES_NULL) {
        return v;
    }
    bool package = es_is_type(module, &es_type_module)
        && global(module, ES_Q(__path__)) != ES_NULL;
    return package ? es_import_from(module, name) : es_load_attr(module, name);
}

// As CPython: the names in __all__ (attributes of [module], which may be
// any object sys.modules holds), else the public names of its __dict__.
void es_import_star(es_val_t module, es_val_t locals) {
    es_val_t all = es_load_attr_maybe(module, ES_Q(__all__));
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
// its __main__.py) runs in __main__'s globals.
void es_module_run_main(es_qstr_t name) {
    size_t len;
    const char *s = es_qstr_str(name, &len);
    es_vstr_t rel;
    es_vstr_init(&rel, len + 4);
    for (size_t i = 0; i < len; i++) {
        es_vstr_add(&rel, s[i] == '.' ? "/" : s + i, 1);
    }
    found_t f;
    es_vstr_init(&f.file, 64);
    es_vstr_init(&f.dir, 64);
    if (!find_on_path(&f, es_g.sys_path, rel.buf, rel.len)) {
        raise_not_found(name);
    }
    if (f.dir.len > 0) {
        // A package runs its __main__.py.
        f.file.len -= strlen("__init__.py");
        f.file.buf[f.file.len] = '\0';
        es_vstr_add(&f.file, "__main__.py", 11);
    }
    es_module_exec_file(f.file.buf, es_g.main_globals);
}
