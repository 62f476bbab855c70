// SPDX-License-Identifier: MIT
// Module objects and import: a module is its globals dict; built-in modules
// are const objects listed in one const table (core/module.c); Python
// modules are found on sys.path (files, frozen modules, .epy files),
// loaded and run in a fresh module (core/import.c, docs/import.md).
#ifndef ES_MODULE_H
#define ES_MODULE_H

#include "obj.h"

typedef struct es_module {
    es_obj_t base;
    es_val_t globals; // dict; __name__ (and __file__ for files) inside
} es_module_t;

extern const es_type_t es_type_module;

// A built-in module: its name, its (usually const) module object, and
// whether a Python module of the same name on sys.path comes first
// (MicroPython's extensible built-ins: time, random, io, json...; a
// micropython-lib package can extend them and reach the C module as
// uNAME). Non-extensible ones (sys, micropython, gc...) always win.
// Read [extensible] through es_module_def_extensible (flash).
typedef struct es_module_def {
    es_qstr_t name;
    const es_module_t *module;
    bool extensible;
} es_module_def_t;

// The table of built-in modules (core/module.c), ending with {0, NULL}.
extern const es_module_def_t es_builtin_modules[];
// The const module objects of the built-in modules. sys's table points to
// the per-interpreter sys.argv, sys.path and sys.modules objects in es_g.
extern const es_module_t es_module_builtins, es_module_gc,
    es_module_micropython, es_module_espy, es_module_sys;
// The math and cmath modules (modules/math.c, modules/cmath.c: floats).
extern const es_module_t es_module_math, es_module_cmath;
// random, time, io and struct (modules/random.c, time.c, io.c, struct.c;
// also urandom, utime, uio, ustruct).
extern const es_module_t es_module_random, es_module_time, es_module_io,
    es_module_struct;
// esp, vfs, os's filesystem part and flashbdev (modules/esp.c,
// modules/vfs*.c, modules/flashbdev.c).
extern const es_module_t es_module_esp, es_module_vfs, es_module_os,
    es_module_flashbdev;
// flashbdev.bdev = dev (the reference's is a Python module global, which
// a program may rebind; tests/fs/powercut_setup.py boots over its own
// device this way): true when [name] is bdev and [value] no deletion.
bool es_flashbdev_store_attr(es_qstr_t name, es_val_t value);
// json, binascii, errno and heapq (modules/json.c, binascii.c, errno.c,
// heapq.c; also ujson, ubinascii, uerrno, uheapq).
extern const es_module_t es_module_json, es_module_binascii,
    es_module_errno, es_module_heapq;
// The errno module's name for code [code] (ES_Q(ENOENT)...), or ES_Q_NULL
// when it has none (modules/errno.c). Never raises.
es_qstr_t es_errno_name(es_val_t code);
// re (modules/re.c; also ure).
extern const es_module_t es_module_re;
// array and collections (modules/array.c, collections.c; also uarray,
// ucollections).
extern const es_module_t es_module_array, es_module_collections;
// select and _asyncio, asyncio's C core (modules/select.c, asyncio.c).
extern const es_module_t es_module_select, es_module_asyncio;
// machine (modules/machine.c): the board's pins and peripherals.
extern const es_module_t es_module_machine;
// Set up sys.modules (es_g.modules) holding sys and __main__ (whose
// globals are es_g.main_globals). Called by es_init. Raises MemoryError.
void es_module_init(void);
// sys's attributes that a program may rebind (sys.path...): the value of
// [name] or ES_NULL when it is not one of them; storing one (ES_NULL
// value: deleting) returns false when [name] is not one (modules/sys.c).
es_val_t es_sys_load_attr(es_qstr_t name);
bool es_sys_store_attr(es_qstr_t name, es_val_t value);
// sys.stdout as it is now, and whether a program replaced the console's.
es_val_t es_sys_stdout(void);
bool es_sys_stdout_replaced(void);
// Set up sys.argv (empty) and sys.path ([""]): es_g.sys_argv and
// es_g.sys_path (modules/sys.c). Called by es_init. Raises MemoryError.
void es_sys_init(void);
// A board's sys.path after es_sys_init's: adds "/lib" and "/" (names
// known at build time, so they cost the heap no name records). Raises
// MemoryError.
void es_sys_path_board(void);

// A new, empty module named [name] (globals holds __name__). Raises
// MemoryError. Does not register it in sys.modules.
es_val_t es_module_new(es_qstr_t name);
// The globals dict of module [m].
static inline es_val_t es_module_globals(es_val_t m) {
    return ((es_module_t *)m)->globals;
}

// Whether the built-in [d] is extensible (a word read: the table is flash).
bool es_module_def_extensible(const es_module_def_t *d);
// The built-in module [name] or NULL. [extensible]: look only at the
// extensible ones, else only at the others and at the uNAME spelling of
// any built-in NAME (utime, usys: always the C module).
const es_module_t *es_module_find_builtin(es_qstr_t name, bool extensible);
// The name a built-in module gives [fn] (a built-in function), or
// ES_Q_NULL: printing only (a search of every built-in module's table).
es_qstr_t es_module_builtin_name(es_val_t fn);

// IMPORT_NAME: import [name] (dotted) relative to [level] (small int; 0 =
// absolute) of the package of [globals] (dict of the importing code, may be
// ES_NULL for absolute imports). Returns the top-level package when
// [fromlist] is None or empty, else the named (sub)module itself, as
// __import__ does. Calls builtins.__import__ instead when a program has
// overridden it. Raises ImportError/ModuleNotFoundError, SyntaxError,
// ValueError (a bad .epy/.mpy file) and anything the module body raises.
es_val_t es_import(es_qstr_t name, es_val_t fromlist, es_val_t level,
    es_val_t globals);
// The built-in __import__ itself (es_import without the override check):
// [level] < 0 raises ValueError, as does an empty name; [globals] must be
// a dict (or ES_NULL/None) when [level] > 0 (TypeError).
es_val_t es_import_default(es_qstr_t name, es_val_t fromlist, es_val_t level,
    es_val_t globals);
// IMPORT_FROM: [module].[name], importing the submodule [module].[name] when
// there is no such attribute; ImportError "cannot import name ...".
es_val_t es_import_from(es_val_t module, es_qstr_t name);
// IMPORT_STAR: copy the public names of [module] (its __all__, or every
// name not starting with '_') into the dict [locals].
void es_import_star(es_val_t module, es_val_t locals);

// Run the module [name] found on sys.path as __main__ (python -m). Raises
// like es_import.
void es_module_run_main(es_qstr_t name);
// Compile the file [path] and run it in the dict [globals] (which gets
// __file__: the path as an interned name, as the code's tracebacks name
// it). Raises OSError (ENOENT...) when it cannot be read. Into __main__'s
// globals (the main program) it collects first.
void es_module_exec_file(const char *path, es_val_t globals);
// The code of the file [path] as import reads it (source compiled, .epy
// loaded, .mpy refused), for execfile(). Raises OSError when it cannot be
// read.
es_val_t es_module_file_code(const char *path);

#endif
