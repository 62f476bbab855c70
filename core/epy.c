// SPDX-License-Identifier: MIT
// The .epy loader (stub).
#include "epy.h"
#include "exc.h"

es_val_t es_epy_load(es_reader_t *src, es_qstr_t file) {
    ES_UNUSED(src);
    ES_UNUSED(file);
    es_raise_msg(&es_type_ValueError, ES_ERR("invalid .epy file"));
}
