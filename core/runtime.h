// SPDX-License-Identifier: MIT
// The object protocol: the generic operations on values that the VM,
// built-in types and modules all use. Each goes to the type's slot and
// raises CPython's TypeError (or AttributeError, ...) when the slot is
// missing. Everything here may raise and may allocate unless it says not.
#ifndef ES_RUNTIME_H
#define ES_RUNTIME_H

#include "obj.h"
#include "state.h"

// --- calls. [args] holds n_args positionals, then n_kw (key, value) pairs
// whose keys are interned-name values.
es_val_t es_call(es_val_t fn, size_t n_args, size_t n_kw, const es_val_t *args);
es_val_t es_call0(es_val_t fn);
es_val_t es_call1(es_val_t fn, es_val_t a);
es_val_t es_call2(es_val_t fn, es_val_t a, es_val_t b);
// Check a built-in's argument count; raises TypeError naming [fname].
void es_check_nargs(es_qstr_t fname, size_t n_args, size_t lo, size_t hi,
    size_t n_kw, bool takes_kw);

// --- operators
// Dispatch rules (runtime): a binary op first calls lhs's type's slot; when
// that returns ES_NULL (or NotImplemented) it calls rhs's type's slot with
// the SAME (op, lhs, rhs), so a slot must check which operand is its own.
// An in-place op that both refuse falls back to the plain op. `x in c`
// calls c's type's slot as binary_op(ES_BOP_IN, x, c) (lhs = the item); on
// ES_NULL it iterates c comparing with ==. == falls back to identity, != is
// not ==, `is` is identity. A unary_op slot of NULL means the defaults: bool
// True, hash by identity; a slot returning ES_NULL for ES_UOP_HASH means
// unhashable.
es_val_t es_unary_op(es_unary_op_t op, es_val_t v);
es_val_t es_binary_op(es_binary_op_t op, es_val_t lhs, es_val_t rhs);
bool es_truthy(es_val_t v);
// a == b, with the identity shortcut; may call __eq__.
bool es_equal(es_val_t a, es_val_t b);
// hash(v) as a small-int-sized value; TypeError when unhashable.
es_int_t es_hash(es_val_t v);
// The hash of an object hashed by identity (object's default __hash__).
es_int_t es_identity_hash(es_val_t v);
size_t es_len(es_val_t v);
bool es_contains(es_val_t container, es_val_t item);

// --- attributes and methods
es_val_t es_load_attr(es_val_t obj, es_qstr_t name); // AttributeError
es_val_t es_load_attr_maybe(es_val_t obj, es_qstr_t name); // ES_NULL
// As es_load_attr_maybe, and ES_NULL too when the lookup raises
// AttributeError (a __getattr__ or property saying no); other exceptions
// propagate.
es_val_t es_load_attr_or_null(es_val_t obj, es_qstr_t name);
void es_store_attr(es_val_t obj, es_qstr_t name, es_val_t value);
void es_delete_attr(es_val_t obj, es_qstr_t name);
// The method [name] of [obj] without making a bound method: dest[0] is the
// function and dest[1] is obj (call dest[0] with obj first), or dest[1] is
// ES_NULL and dest[0] is a plain callable. Raises AttributeError.
void es_load_method(es_val_t obj, es_qstr_t name, es_val_t dest[2]);
// Same, but dest[0] = ES_NULL instead of raising.
void es_load_method_maybe(es_val_t obj, es_qstr_t name, es_val_t dest[2]);
// Call what es_load_method produced: args[0..1] are dest, then the
// arguments; args must have room (it is the VM's stack).
es_val_t es_call_method(size_t n_args, size_t n_kw, es_val_t *args);
// Look [name] up in [type]'s locals and its bases; ES_NULL when absent.
es_val_t es_type_lookup(const es_type_t *type, es_qstr_t name);
// [name] in the locals of [t] itself (not its bases), or ES_NULL.
es_val_t es_type_own_lookup(const es_type_t *t, es_qstr_t name);

// --- subscription and iteration
es_val_t es_subscr_load(es_val_t obj, es_val_t index);
void es_subscr_store(es_val_t obj, es_val_t index, es_val_t value);
void es_subscr_delete(es_val_t obj, es_val_t index);
es_val_t es_getiter(es_val_t obj);
es_val_t es_iternext(es_val_t it); // ES_STOP when exhausted
// An iterator over [seq] by index (seq[0], seq[1]...) until IndexError.
es_val_t es_seq_iter_new(es_val_t seq);

// --- text
void es_print_val(const es_print_t *p, es_val_t v, es_print_kind_t kind);
es_val_t es_repr(es_val_t v); // a str value
es_val_t es_to_str(es_val_t v);
// The name of [v]'s type, as an interned name.
es_qstr_t es_type_name(es_val_t v);

// --- types and conversions
bool es_isinstance(es_val_t v, const es_type_t *type);
bool es_issubclass(const es_type_t *t, const es_type_t *base);
// [v] as an int for indexing: an int, a class I(int) instance's value,
// or what a class's __index__ returns; ES_NULL when [v] has none.
es_val_t es_index_of(es_val_t v);
// The C value of an int (bool included): TypeError for a non-int,
// OverflowError when it does not fit.
es_int_t es_get_int(es_val_t v);
// An index for a sequence of [len] items: negative counts from the end;
// IndexError naming [what] ("list", "tuple"...) when out of range.
size_t es_get_index(es_qstr_t what, size_t len, es_val_t index);

// Run the callbacks queued by micropython.schedule() (es_g.sched), in
// order; called by the VM at a pending-event poll. An exception from a
// callback propagates (the rest stay queued).
void es_sched_run(void);
// Queue [f](arg) for es_sched_run (modules/micropython.c) and make the VM
// poll: false when the queue is full (ES_CFG_SCHED_DEPTH). Never raises:
// interrupt paths call it. While es_g.sched_locked (a hard handler runs)
// the queue waits.
bool es_sched_schedule(es_val_t f, es_val_t arg);

// The pending-event poll, for es_g.pending set: clears it, lets the port
// service its events (port_poll), then raises es_g.pending_exc if one is
// set and, when [run_sched], runs the scheduled callbacks. The VM calls it
// at backward jumps and calls; C loops over Python iterators (es_iternext)
// with [run_sched] false, so Ctrl-C stops sum(range(10**12)) too.
void es_pending_poll(bool run_sched);
// The poll of a C loop that can run long without calling Python (a step
// per exponent bit, a merge pass, a long search): es_pending_poll(false)
// when an event is pending, else one load.
static inline void es_poll(void) {
    if (es_g.pending) {
        es_pending_poll(false);
    }
}

#endif
