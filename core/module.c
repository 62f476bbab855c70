// SPDX-License-Identifier: MIT
// Module objects and the table of built-in modules. Built-in modules are
// const objects over const dicts, listed in es_builtin_modules with their
// extensible flag; "u"-prefixed names (utime) find the same module. Two of
// them take stores: builtins (into an override dict that name lookup reads
// first, as MicroPython's MICROPY_CAN_OVERRIDE_BUILTINS) and sys (path,
// the streams: modules/sys.c). A Python module's __getattr__ answers for
// names it lacks (PEP 562). Import itself is core/import.c.
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
#include "rom.h"
#include "runtime.h"
#include "state.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

const es_module_def_t es_builtin_modules[] = {
    {ES_Q(builtins), &es_module_builtins, false},
    {ES_Q(sys), &es_module_sys, false},
    {ES_Q(gc), &es_module_gc, false},
    {ES_Q(micropython), &es_module_micropython, false},
    {ES_Q(_espy), &es_module_espy, false},
    {ES_Q(math), &es_module_math, false}, // floats
    {ES_Q(cmath), &es_module_cmath, false}, // floats
    {ES_Q(random), &es_module_random, true}, // modules
    {ES_Q(time), &es_module_time, true}, // modules
    {ES_Q(io), &es_module_io, true}, // modules
    {ES_Q(struct), &es_module_struct, true}, // modules
    {ES_Q(esp), &es_module_esp, false}, // filesystem
    {ES_Q(vfs), &es_module_vfs, false}, // filesystem
    {ES_Q(flashbdev), &es_module_flashbdev, true}, // filesystem
    {ES_Q(os), &es_module_os, true}, // filesystem
    {ES_Q(json), &es_module_json, true}, // data modules
    {ES_Q(binascii), &es_module_binascii, true}, // data modules
    {ES_Q(errno), &es_module_errno, true}, // data modules
    {ES_Q(heapq), &es_module_heapq, true}, // data modules
    {ES_Q(re), &es_module_re, true}, // re
    {ES_Q(array), &es_module_array, true}, // modules
    {ES_Q(collections), &es_module_collections, true}, // modules
    {ES_Q(select), &es_module_select, true}, // asyncio
    {ES_Q(_asyncio), &es_module_asyncio, false}, // asyncio
    {ES_Q(machine), &es_module_machine, false}, // board
    {ES_Q_NULL, NULL, false},
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

// A name of builtins, overridden ones first (es_g.builtins_override).
static es_val_t builtins_attr(es_qstr_t name) {
    es_val_t over = es_g.builtins_override;
    es_val_t v = over != ES_NULL ? es_dict_get(over, es_qstr_val(name))
        : ES_NULL;
    return v != ES_NULL ? v : global(es_val(&es_module_builtins), name);
}

// builtins.name = value: kept in the override dict (made on first use);
// deleting removes an override.
static bool builtins_store(es_qstr_t name, es_val_t value) {
    if (value == ES_NULL) {
        es_val_t over = es_g.builtins_override;
        return over != ES_NULL && es_map_lookup(es_dict_map(over),
            es_qstr_val(name), ES_MAP_REMOVE) != NULL;
    }
    if (es_g.builtins_override == ES_NULL) {
        es_g.builtins_override = es_dict_new(1);
    }
    es_dict_store(es_g.builtins_override, es_qstr_val(name), value);
    return true;
}

// A module's __getattr__(name) for a name it lacks (PEP 562); ES_NULL
// when it has none. What it raises propagates (AttributeError included).
static es_val_t module_getattr_hook(es_val_t self, es_qstr_t name) {
    es_val_t fn = name == ES_Q(__getattr__) ? ES_NULL
        : global(self, ES_Q(__getattr__));
    if (fn == ES_NULL) {
        return ES_NULL;
    }
    es_val_t arg = es_qstr_val(name);
    return es_call(fn, 1, 0, &arg);
}

static es_val_t module_load_attr(es_val_t self, es_qstr_t name) {
    if (name == ES_Q(__dict__)) {
        return es_module_globals(self);
    }
    if (self == es_val(&es_module_builtins)) {
        return builtins_attr(name);
    }
    if (self == es_val(&es_module_sys)) {
        es_val_t v = es_sys_load_attr(name);
        if (v != ES_NULL) {
            return v;
        }
    }
    es_val_t v = global(self, name);
    return v != ES_NULL ? v : module_getattr_hook(self, name);
}

// Built-in modules live in flash: their dicts are read-only, but for
// builtins' overrides and sys's mutable attributes.
static bool module_store_attr(es_val_t self, es_qstr_t name, es_val_t value) {
    if (self == es_val(&es_module_builtins)) {
        return builtins_store(name, value);
    }
    if (self == es_val(&es_module_sys)) {
        return es_sys_store_attr(name, value);
    }
    if (self == es_val(&es_module_flashbdev)) {
        return es_flashbdev_store_attr(name, value);
    }
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

bool es_module_def_extensible(const es_module_def_t *d) {
    return es_rom_u8(&d->extensible) != 0;
}

es_qstr_t es_module_builtin_name(es_val_t fn) {
    for (const es_module_def_t *d = es_builtin_modules; d->module; d++) {
        es_map_t *m = es_dict_map(d->module->globals);
        for (size_t i = 0; i < m->used; i++) {
            if (m->table[i].value == fn && es_is_qstr(m->table[i].key)) {
                return es_qstr_get(m->table[i].key);
            }
        }
    }
    return ES_Q_NULL;
}

// The entry named [name] whose extensible flag is [extensible], or NULL.
static const es_module_t *lookup(es_qstr_t name, int extensible) {
    for (const es_module_def_t *d = es_builtin_modules; d->module; d++) {
        if (d->name == name && (extensible < 0
            || es_module_def_extensible(d) == (extensible != 0))) {
            return d->module;
        }
    }
    return NULL;
}

const es_module_t *es_module_find_builtin(es_qstr_t name, bool extensible) {
    const es_module_t *m = lookup(name, extensible);
    if (m != NULL || extensible) {
        return m;
    }
    // uNAME: any built-in NAME, before sys.path is searched.
    size_t len;
    const char *s = es_qstr_str(name, &len);
    if (len > 1 && es_rom_u8(s) == 'u') {
        es_qstr_t q = es_intern_find(s + 1, len - 1);
        return q != ES_Q_NULL ? lookup(q, -1) : NULL;
    }
    return NULL;
}
