// SPDX-License-Identifier: MIT
// The bytecode: the contract between the compiler (core/compile.c) and the
// VM (core/vm.c). One byte of opcode, then its operands:
//   U  unsigned LEB128 varint (7 bits a byte, low group first, high bit =
//      more follows)
//   S  signed varint: LEB128 of the zigzag-encoded value
//   J  16-bit signed little-endian offset, relative to the end of the
//      instruction (so 0 falls through)
// Stack effects are written before -> after, top of stack last.
//
// Exceptions use a per-frame block stack. SETUP_EXCEPT/SETUP_FINALLY push a
// block recording the handler and the stack depth; POP_BLOCK pops it. When
// an exception reaches a block, the VM cuts the stack back to the recorded
// depth, pushes the exception and jumps to the handler. For an EXCEPT block
// it also marks the exception as "being handled" (for bare `raise` and
// __context__) until POP_EXCEPT. A finally body is entered with None (normal
// exit) or the exception on the stack and ends with END_FINALLY, which
// re-raises an exception and drops None. return/break/continue out of a try
// with finally are compiled by emitting the finally body inline on that path.
#ifndef ES_BYTECODE_H
#define ES_BYTECODE_H

#define ES_OPCODES(X) \
    X(NOP)               /* - */ \
    X(POP_TOP)           /* a -> */ \
    X(ROT_TWO)           /* a b -> b a */ \
    X(ROT_THREE)         /* a b c -> c a b */ \
    X(DUP_TOP)           /* a -> a a */ \
    X(DUP_TOP_TWO)       /* a b -> a b a b */ \
    X(LOAD_CONST_NONE)   /* -> None */ \
    X(LOAD_CONST_FALSE) \
    X(LOAD_CONST_TRUE) \
    X(LOAD_CONST_ELLIPSIS) \
    X(LOAD_CONST_SMALL_INT) /* S: -> int */ \
    X(LOAD_CONST_STR)    /* U name: -> interned str */ \
    X(LOAD_CONST_OBJ)    /* U index into code consts: -> obj */ \
    X(LOAD_FAST)         /* U slot (UnboundLocalError if empty) */ \
    X(STORE_FAST)        /* U slot */ \
    X(DELETE_FAST)       /* U slot */ \
    X(LOAD_DEREF)        /* U slot holding a cell (NameError if empty) */ \
    X(STORE_DEREF)       /* U slot */ \
    X(DELETE_DEREF)      /* U slot */ \
    X(LOAD_NAME)         /* U name: locals dict, globals, builtins */ \
    X(STORE_NAME)        /* U name */ \
    X(DELETE_NAME)       /* U name */ \
    X(LOAD_GLOBAL)       /* U name: globals, builtins */ \
    X(STORE_GLOBAL)      /* U name */ \
    X(DELETE_GLOBAL)     /* U name */ \
    X(LOAD_ATTR)         /* U name: obj -> value */ \
    X(STORE_ATTR)        /* U name: value obj -> */ \
    X(DELETE_ATTR)       /* U name: obj -> */ \
    X(LOAD_METHOD)       /* U name: obj -> meth self|NULL */ \
    X(LOAD_SUBSCR)       /* obj index -> value */ \
    X(STORE_SUBSCR)      /* value obj index -> */ \
    X(DELETE_SUBSCR)     /* obj index -> */ \
    X(LOAD_BUILD_CLASS)  /* -> __build_class__ */ \
    X(UNARY_OP)          /* U es_unary_op_t: a -> op a */ \
    X(BINARY_OP)         /* U es_binary_op_t: a b -> a op b */ \
    X(JUMP)              /* J */ \
    X(POP_JUMP_IF_FALSE) /* J: a -> */ \
    X(POP_JUMP_IF_TRUE)  /* J: a -> */ \
    X(JUMP_IF_FALSE_OR_POP) /* J: a -> a (jump) | -> (no jump) */ \
    X(JUMP_IF_TRUE_OR_POP)  /* J */ \
    X(GET_ITER)          /* obj -> iterator */ \
    X(FOR_ITER)          /* J: it -> it next | (exhausted: pop, jump) */ \
    X(FOR_RANGE_SETUP)   /* U n (1..3): fn a1..an -> x y z, the loop \
                            state of `for _ in fn(a1..an)` (vm.c) */ \
    X(GET_ITER_STACK)    /* obj -> x y z, the loop state of `for _ in obj` */ \
    X(FOR_STACK)         /* J: x y z -> x' y' z next | (exhausted: pop 3, \
                            jump); FOR_ITER over the state above */ \
    X(SETUP_EXCEPT)      /* J handler */ \
    X(SETUP_FINALLY)     /* J handler */ \
    X(SETUP_WITH)        /* J handler: mgr -> exit self enter_result */ \
    X(WITH_CLEANUP)      /* exit self None|exc -> None|exc (None if suppressed) */ \
    X(POP_BLOCK)         /* - */ \
    X(POP_EXCEPT)        /* - ends an except handler */ \
    X(END_FINALLY)       /* None|exc -> (re-raises exc) */ \
    X(RETURN_VALUE)      /* a -> */ \
    X(RAISE_VARARGS)     /* U 0 (re-raise), 1 (exc), 2 (exc cause) */ \
    X(YIELD_VALUE)       /* a -> sent */ \
    X(YIELD_FROM)        /* iter sent -> result (loops until done) */ \
    X(GET_AWAITABLE)     /* obj -> iterator: a generator itself, else \
                            __await__() or (as MicroPython) __iter__() */ \
    X(CALL_ASYNC)        /* U name: obj -> obj.name() for __aiter__, \
                            __anext__ or __aenter__ (TypeError as CPython \
                            when missing; __aenter__ also needs __aexit__) */ \
    X(ASYNC_EXIT)        /* mgr None|exc -> None|exc awaitable: \
                            mgr.__aexit__(type, exc, None) or (None x 3) */ \
    X(ASYNC_EXIT_END)    /* None|exc result -> None|exc (None if the \
                            exception is suppressed: result is true) */ \
    X(BUILD_TUPLE)       /* U n: a1..an -> tuple */ \
    X(BUILD_LIST)        /* U n */ \
    X(BUILD_MAP)         /* U n: k1 v1 .. kn vn -> dict */ \
    X(BUILD_SET)         /* U n */ \
    X(BUILD_SLICE)       /* U 2|3: start stop [step] -> slice */ \
    X(LIST_APPEND)       /* U depth: list .. (depth items) a -> list .. */ \
    X(SET_ADD)           /* U depth */ \
    X(MAP_ADD)           /* U depth: map .. k v -> map .. */ \
    X(LIST_EXTEND)       /* U depth: list .. iterable -> list .. */ \
    X(SET_UPDATE)        /* U depth */ \
    X(DICT_UPDATE)       /* U depth: dict .. mapping -> dict .. */ \
    X(DICT_MERGE)        /* U depth: as DICT_UPDATE, a key already in \
                            dict is a TypeError (a call's **kwargs) */ \
    X(LIST_TO_TUPLE)     /* list -> tuple */ \
    X(UNPACK_SEQUENCE)   /* U n: seq -> an .. a1 */ \
    X(UNPACK_EX)         /* U before | after << 8: seq -> ... */ \
    X(FORMAT_VALUE)      /* U flags: value [spec] -> str; flags & 3: 0 none, \
                            1 !s, 2 !r, 3 !a; flags & 4: spec on stack */ \
    X(BUILD_STRING)      /* U n: s1..sn -> str */ \
    X(MAKE_FUNCTION)     /* U const index of code, U flags: 1 defaults \
                            tuple, 2 kw-defaults dict, 4 closure tuple, \
                            popped in the order closure, kwdefaults, \
                            defaults (last pushed first) -> function; \
                            the closure tuple holds the cells themselves, \
                            pushed with LOAD_FAST of the cell slots */ \
    X(CALL_FUNCTION)     /* U n_pos, U n_kw: fn a1..an (kname kval)*n_kw \
                            -> result; knames are interned-str values */ \
    X(CALL_METHOD)       /* U n_pos, U n_kw: meth self|NULL args -> result */ \
    X(CALL_FUNCTION_EX)  /* U flags (1: kwargs): fn args_tuple [kwargs] */ \
    X(IMPORT_NAME)       /* U name: level fromlist -> module */ \
    X(IMPORT_FROM)       /* U name: module -> module value */ \
    X(IMPORT_STAR)       /* module -> */

// Code that a loader relocates (frozen modules, .epy files) has each name
// operand (Q in core/disasm.c's formats) in exactly this many bytes: a
// varint whose first bytes carry a continuation bit even when not needed.
#define ES_NAME_WIDTH 3

typedef enum {
#define ES_OP_ENUM(name) ES_OP_##name,
    ES_OPCODES(ES_OP_ENUM)
#undef ES_OP_ENUM
    ES_N_OPCODES
} es_opcode_t;

#endif
