// SPDX-License-Identifier: MIT
// The virtual machine: runs bytecode (core/bytecode.h) of code objects
// (core/code.h) in frames (core/frame.h). Python-to-Python calls inside the
// VM push a frame and continue in the same loop, so they never recurse in
// C; calls from C (a built-in calling back into Python, a generator being
// resumed) start a nested loop, guarded by es_stack_check().
#ifndef ES_VM_H
#define ES_VM_H

#include "frame.h"
#include "fun.h"

// Run a module or class body [code] with [globals] and [locals] (dicts;
// locals may be globals). Returns what the body returns (None, or the
// __class__ cell of a class body). Raises what the body raises.
es_val_t es_vm_exec_code(es_val_t code, es_val_t globals, es_val_t locals);

// Run the body of Python function [fun] (a class body made by
// MAKE_FUNCTION, with its closure) with the locals dict [locals], no
// arguments. Returns what it returns. Used by __build_class__.
es_val_t es_vm_exec_body(es_val_t fun, es_val_t locals);

// Call Python function [fun] from C (the fun type's call slot): binds the
// arguments, runs a nested VM loop, returns the result. A generator
// function returns a new generator. Raises.
es_val_t es_vm_call_fun(const es_fun_t *fun, size_t n_args, size_t n_kw,
    const es_val_t *args);

// Run [frame] (initialised, with cells set up; a stack frame on top of the
// frame stack, or a generator's heap frame) until it returns or yields.
// [throw] (ES_NULL for none) is raised at the frame's current instruction
// first. Sets *yielded (when not NULL) to whether it yielded. A stack frame
// is popped when it returns or raises. Raises what the code raises.
es_val_t es_vm_run(es_frame_t *frame, es_val_t throw, bool *yielded);

// The globals dict of the running Python code (globals()), or ES_NULL when
// none runs.
es_val_t es_vm_globals(void);
// The locals of the running Python code (locals()): the locals dict of a
// module or class body, or a new dict of a function's bound locals.
es_val_t es_vm_locals(void);

// The implicit arguments of super() with no arguments, from the running
// function: its __class__ cell and its first argument. Raises RuntimeError
// ("super(): no arguments", "super(): __class__ cell not found").
void es_vm_super_args(es_val_t *cls, es_val_t *self);

#endif
