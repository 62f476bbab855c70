// SPDX-License-Identifier: MIT
// The errno module (also `uerrno`): the error codes MicroPython's ports
// raise, with Linux's numbers as MicroPython uses them, and errorcode
// (code -> name). OSError's printing asks es_errno_name for the name
// ("[Errno 2] ENOENT", core/exc.c).
#include "intern.h"
#include "map.h"
#include "module.h"

// (name, code): MicroPython's list, plus ENOTDIR, ENOSPC and ENOTEMPTY
// that the filesystem raises.
#define ERRNO_LIST(X) \
    X(ES_QV(EPERM), 1) X(ES_QV(ENOENT), 2) X(ES_QV(EIO), 5) \
    X(ES_QV(EBADF), 9) X(ES_QV(EAGAIN), 11) X(ES_QV(ENOMEM), 12) \
    X(ES_QV(EACCES), 13) X(ES_QV(EEXIST), 17) X(ES_QV(ENODEV), 19) \
    X(ES_QV(ENOTDIR), 20) X(ES_QV(EISDIR), 21) X(ES_QV(EINVAL), 22) \
    X(ES_QV(ENOSPC), 28) X(ES_QV(ENOTEMPTY), 39) X(ES_QV(EOPNOTSUPP), 95) \
    X(ES_QV(EADDRINUSE), 98) X(ES_QV(ECONNABORTED), 103) \
    X(ES_QV(ECONNRESET), 104) X(ES_QV(ENOBUFS), 105) \
    X(ES_QV(ENOTCONN), 107) X(ES_QV(ETIMEDOUT), 110) \
    X(ES_QV(ECONNREFUSED), 111) X(ES_QV(EHOSTUNREACH), 113) \
    X(ES_QV(EALREADY), 114) X(ES_QV(EINPROGRESS), 115)

#define CODE_TO_NAME(qname, code) {ES_SMALL(code), qname},
static const es_map_elem_t errorcode_table[] = {ERRNO_LIST(CODE_TO_NAME)};
static ES_CONST_DICT(errorcode_dict, errorcode_table);

#define NAME_TO_CODE(qname, code) {qname, ES_SMALL(code)},
static const es_map_elem_t errno_table[] = {
    {ES_QV(__name__), ES_QV(errno)},
    {ES_QV(errorcode), ES_PTR(&errorcode_dict)},
    ERRNO_LIST(NAME_TO_CODE)
};
static ES_CONST_DICT(errno_dict, errno_table);

const es_module_t es_module_errno = {{&es_type_module}, ES_PTR(&errno_dict)};

es_qstr_t es_errno_name(es_val_t code) {
    for (size_t i = 0; i < ES_ARRAY_SIZE(errorcode_table); i++) {
        if (errorcode_table[i].key == code) {
            return es_qstr_get(errorcode_table[i].value);
        }
    }
    return ES_Q_NULL;
}
