// SPDX-License-Identifier: MIT
// littlefs v1 (see lfs1.h). A metadata block holds the whole pair:
//   0x00 revision, 0x04 size (bit 31: the tail continues this directory),
//   0x08 tail pair, 0x10 entries, size-4 the CRC-32 of what precedes it
// (littlefs's CRC: reflected 0x04c11db7 from 0xffffffff, no final
// inversion, so the CRC over the whole size is 0). An entry is type,
// data length, attribute length, name length, then those bytes; types
// 0x11 file (head, size), 0x22 directory (pair), 0x2e superblock, bit 7 a
// rename in progress ("moved": ignored when the entry exists elsewhere).
// A change loads the newer block of the pair, edits it in RAM and writes
// it whole to the other block with the revision + 1, so each commit is
// atomic. Changes of several commits (mkdir, rmdir, rename) leave at
// worst an orphan pair on the threaded list or a moved entry, repaired
// before the first change after a mount, as v1 does.
#include <string.h>

#include "config.h"

#if ES_CFG_VFS_LFS1

#include "gc.h"
#include "lfs1.h"
#include "lfs_util.h"

#define T_FILE 0x11
#define T_DIR 0x22
#define T_SUPER 0x2e
#define T_MOVED 0x80
#define HDR 16          // revision, size, tail
#define EMPTY (HDR + 4) // a pair with no entries
#define CONT 0x80000000u
#define PROG 32         // MicroPython's program size

#define ECORRUPT (-LFS1_ECORRUPT)

static bool pair_eq(const uint32_t a[2], const uint32_t b[2]) {
    return (a[0] == b[0] && a[1] == b[1]) || (a[0] == b[1] && a[1] == b[0]);
}

static bool pair_null(const uint32_t p[2]) {
    return p[0] == LFS1_NULL || p[1] == LFS1_NULL;
}

// --- the device

static int bd_read(lfs1_t *fs, uint32_t block, uint32_t off, void *buf,
    uint32_t n) {
    if (block >= fs->bc || off + n > fs->bs) {
        return ECORRUPT;
    }
    return fs->bd->read(fs->bd->ctx, block, off, buf, n);
}

// Erase [block] and program its first [n] bytes, padded with 0xff in
// [buf] (bs bytes) to a multiple of the program size (32), which devices
// such as the flash (whole words) need.
static int bd_write(lfs1_t *fs, uint32_t block, uint8_t *buf, uint32_t n) {
    if (fs->bd->readonly) {
        return -FS_EROFS;
    }
    if (block >= fs->bc) {
        return ECORRUPT;
    }
    uint32_t len = (n + PROG - 1) / PROG * PROG;
    len = len < fs->bs ? len : fs->bs;
    memset(buf + n, 0xff, len - n);
    int r = fs->bd->erase(fs->bd->ctx, block);
    return r != 0 ? r : fs->bd->write(fs->bd->ctx, block, 0, buf, len);
}

// --- metadata pairs

// A pair loaded in RAM: b holds the newer valid block's contents.
typedef struct mdir {
    uint32_t pair[2];      // pair[0]: the block b came from
    uint32_t rev;
    uint32_t size;         // bytes used, header and CRC included
    bool cont;             // the tail continues this directory
    uint32_t tail[2];
    uint8_t *b;            // bs bytes
} mdir_t;

static void mdir_free(mdir_t *m) {
    if (m->b != NULL) {
        es_gc_free(m->b);
        m->b = NULL;
    }
}

// Is revision [a] newer than [b] (sequence comparison)?
static bool rev_newer(uint32_t a, uint32_t b) {
    return (int32_t)(a - b) > 0;
}

// Read block [block] into m->b: 1 when it holds a valid pair, 0 if not.
static int fetch_block(lfs1_t *fs, uint32_t block, mdir_t *m) {
    int r = bd_read(fs, block, 0, m->b, HDR);
    if (r != 0) {
        return r;
    }
    uint32_t size = ld32(m->b + 4) & ~CONT;
    if (size < EMPTY || size > fs->bs) {
        return 0;
    }
    if ((r = bd_read(fs, block, HDR, m->b + HDR, size - HDR)) != 0) {
        return r;
    }
    if (crc32(0xffffffff, m->b, size) != 0) {
        return 0;
    }
    m->rev = ld32(m->b);
    m->size = size;
    m->cont = (ld32(m->b + 4) & CONT) != 0;
    m->tail[0] = ld32(m->b + 8);
    m->tail[1] = ld32(m->b + 12);
    return 1;
}

// Load pair [pair] (the newer of its valid blocks). -ECORRUPT when
// neither is valid.
static int fetch(lfs1_t *fs, const uint32_t pair[2], mdir_t *m) {
    memset(m, 0, sizeof(*m));
    if (pair[0] >= fs->bc || pair[1] >= fs->bc) {
        return ECORRUPT;
    }
    m->b = es_gc_alloc(fs->bs, ES_GC_LEAF);
    uint8_t h[2][4];
    for (int i = 0; i < 2; i++) {
        int r = bd_read(fs, pair[i], 0, h[i], 4);
        if (r != 0) {
            return r;
        }
    }
    int first = rev_newer(ld32(h[1]), ld32(h[0])) ? 1 : 0;
    for (int k = 0; k < 2; k++) {
        int i = first ^ k;
        int r = fetch_block(fs, pair[i], m);
        if (r < 0) {
            return r;
        }
        if (r == 1) {
            m->pair[0] = pair[i];
            m->pair[1] = pair[i ^ 1];
            return 0;
        }
    }
    return ECORRUPT;
}

// Write [m] to the other block of its pair with the revision + 1; that
// block becomes pair[0].
static int commit(lfs1_t *fs, mdir_t *m) {
    uint32_t rev = m->rev + 1;
    st32(m->b, rev);
    st32(m->b + 4, m->size | (m->cont ? CONT : 0));
    st32(m->b + 8, m->tail[0]);
    st32(m->b + 12, m->tail[1]);
    st32(m->b + m->size - 4, crc32(0xffffffff, m->b, m->size - 4));
    int r = bd_write(fs, m->pair[1], m->b, m->size);
    if (r == 0) {
        uint32_t t = m->pair[0];
        m->pair[0] = m->pair[1];
        m->pair[1] = t;
        m->rev = rev;
    }
    return r;
}

// The size of the entry at [off] of [m], or 0 when it runs past the end.
static uint32_t ent_size(const mdir_t *m, uint32_t off) {
    if (off + 4 > m->size - 4) {
        return 0;
    }
    const uint8_t *e = m->b + off;
    uint32_t n = 4u + e[1] + e[2] + e[3];
    return off + n <= m->size - 4 ? n : 0;
}

static const uint8_t *ent_name(const mdir_t *m, uint32_t off) {
    const uint8_t *e = m->b + off;
    return e + 4 + e[1] + e[2];
}

// A file or directory entry (moved or not) with its 8 bytes of data.
static bool ent_user(const mdir_t *m, uint32_t off) {
    uint8_t t = m->b[off] & 0x7f;
    return (t == T_FILE || t == T_DIR) && m->b[off + 1] >= 8;
}

static void ent_pair(const mdir_t *m, uint32_t off, uint32_t p[2]) {
    p[0] = ld32(m->b + off + 4);
    p[1] = ld32(m->b + off + 8);
}

// --- walking the threaded list

// Call [fn] on each pair of the threaded list, from the superblock's,
// with [arg]; stops at a non-zero result (1: found, < 0: error).
typedef int (*pair_fn)(lfs1_t *fs, mdir_t *m, void *arg);

static int each_pair(lfs1_t *fs, pair_fn fn, void *arg) {
    uint32_t pair[2] = {0, 1};
    for (uint32_t guard = 0; !pair_null(pair); guard++) {
        mdir_t m = {.b = NULL};
        int r = guard > fs->bc ? ECORRUPT : fetch(fs, pair, &m);
        if (r == 0) {
            r = fn(fs, &m, arg);
            pair[0] = m.tail[0];
            pair[1] = m.tail[1];
        }
        mdir_free(&m);
        if (r != 0) {
            return r;
        }
    }
    return 0;
}

typedef struct moved_arg {
    uint8_t type;
    const uint8_t *data;   // 8 bytes
} moved_arg_t;

static int moved_fn(lfs1_t *fs, mdir_t *m, void *arg) {
    (void)fs;
    moved_arg_t *a = arg;
    for (uint32_t off = HDR, n; (n = ent_size(m, off)) != 0; off += n) {
        if (m->b[off] == a->type && m->b[off + 1] >= 8
            && memcmp(m->b + off + 4, a->data, 8) == 0) {
            return 1;
        }
    }
    return 0;
}

// Is the moved entry at [off] of [m] present elsewhere (1), else 0?
static int moved_away(lfs1_t *fs, const mdir_t *m, uint32_t off) {
    moved_arg_t a = {(uint8_t)(m->b[off] & 0x7f), m->b + off + 4};
    uint8_t data[8];
    memcpy(data, a.data, 8);  // m's buffer is not the walk's
    a.data = data;
    return each_pair(fs, moved_fn, &a);
}

typedef struct pred_arg {
    const uint32_t *pair;
    mdir_t *out;
} pred_arg_t;

static int pred_fn(lfs1_t *fs, mdir_t *m, void *arg) {
    (void)fs;
    pred_arg_t *a = arg;
    if (!pair_eq(m->tail, a->pair)) {
        return 0;
    }
    *a->out = *m;
    m->b = NULL;  // handed over
    return 1;
}

// Load into [p] the pair whose tail is [pair]: 1 found, 0 none.
static int pred(lfs1_t *fs, const uint32_t pair[2], mdir_t *p) {
    memset(p, 0, sizeof(*p));
    pred_arg_t a = {pair, p};
    return each_pair(fs, pred_fn, &a);
}

// --- allocation

static void mark(lfs1_t *fs, uint32_t b) {
    fs->seen++;
    if (b < fs->bc) {
        fs->used[b / 8] |= (uint8_t)(1 << (b % 8));
    }
}

// Mark the blocks of a list from block [block] of index [idx] down.
static int mark_chain(lfs1_t *fs, uint32_t block, uint32_t idx) {
    for (;; idx--) {
        if (block >= fs->bc) {
            return ECORRUPT;
        }
        mark(fs, block);
        if (idx == 0) {
            return 0;
        }
        uint8_t p[4];
        int r = bd_read(fs, block, 0, p, 4);
        if (r != 0) {
            return r;
        }
        block = ld32(p);
    }
}

static int mark_list(lfs1_t *fs, uint32_t head, uint32_t size) {
    if (size == 0) {
        return 0;
    }
    uint32_t last = size - 1;
    return mark_chain(fs, head, ctz_index(fs->bs, &last));
}

static int mark_fn(lfs1_t *fs, mdir_t *m, void *arg) {
    (void)arg;
    mark(fs, m->pair[0]);
    mark(fs, m->pair[1]);
    for (uint32_t off = HDR, n; (n = ent_size(m, off)) != 0; off += n) {
        if ((m->b[off] & 0x70) == (T_FILE & 0x70) && m->b[off + 1] >= 8) {
            int r = mark_list(fs, ld32(m->b + off + 4),
                ld32(m->b + off + 8));
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

// Rebuild the bitmap from the threaded list, the open files' lists
// not yet committed and the pairs being made. fs->seen counts what v1's
// traverse visits: every pair of the list, every block of every file
// entry (moved ones too), of open files' uncommitted lists.
static int rebuild(lfs1_t *fs) {
    memset(fs->used, 0, (fs->bc + 7) / 8);
    fs->used_valid = false;
    fs->seen = 0;
    int r = each_pair(fs, mark_fn, NULL);
    for (lfs1_file_t *f = fs->files; r == 0 && f != NULL; f = f->next) {
        if (f->dirty) {
            r = mark_list(fs, f->head, f->size);
        }
        if (r == 0 && f->writing) {
            mark(fs, f->wblock);
            if (f->windex > 0) {
                r = mark_chain(fs, ld32(f->buf), f->windex - 1);
            }
        }
    }
    uint32_t seen = fs->seen;
    for (uint32_t i = 0; i < fs->n_flight; i++) {
        mark(fs, fs->flight[i]);
    }
    fs->seen = seen;
    fs->used_valid = r == 0;
    return r;
}

static int alloc(lfs1_t *fs, uint32_t *out) {
    for (int pass = 0; pass < 2; pass++) {
        if (!fs->used_valid || pass == 1) {
            int r = rebuild(fs);
            if (r != 0) {
                return r;
            }
        }
        for (uint32_t k = 0; k < fs->bc; k++) {
            uint32_t b = (fs->next + k) % fs->bc;
            if (!(fs->used[b / 8] >> (b % 8) & 1)) {
                mark(fs, b);
                fs->next = (b + 1) % fs->bc;
                *out = b;
                return 0;
            }
        }
    }
    return -FS_ENOSPC;
}

int lfs1_used_blocks(lfs1_t *fs, uint32_t *n) {
    int r = rebuild(fs);
    *n = fs->seen;
    return r;
}

// [m]: an empty pair of blocks [a] and [b], to be written into [b] with
// a revision after [a]'s.
static int pair_init(lfs1_t *fs, uint32_t a, uint32_t b, mdir_t *m) {
    uint8_t rev[4];
    memset(m, 0, sizeof(*m));
    int r = bd_read(fs, a, 0, rev, 4);
    if (r != 0) {
        return r;
    }
    m->b = es_gc_alloc(fs->bs, ES_GC_LEAF);
    m->pair[0] = a;
    m->pair[1] = b;
    m->rev = ld32(rev);
    m->size = EMPTY;
    m->tail[0] = m->tail[1] = LFS1_NULL;
    return 0;
}

// A new empty pair in [m] (not written; its tail null). Each block is
// in flight as soon as it is allocated, so that the rebuild the second
// allocation may do keeps the first (an operation makes two pairs at
// most: four blocks).
static int new_pair(lfs1_t *fs, mdir_t *m) {
    uint32_t p[2];
    m->b = NULL;
    for (int i = 0; i < 2; i++) {
        int r = alloc(fs, &p[i]);
        if (r != 0) {
            return r;
        }
        if (fs->n_flight < 4) {
            fs->flight[fs->n_flight++] = p[i];
        }
    }
    return pair_init(fs, p[0], p[1], m);
}

// --- entries

// Insert entry [e] of [n] bytes at [off] of [m] (it fits).
static void ent_insert(mdir_t *m, uint32_t off, const uint8_t *e,
    uint32_t n) {
    memmove(m->b + off + n, m->b + off, m->size - 4 - off);
    memcpy(m->b + off, e, n);
    m->size += n;
}

static void ent_cut(mdir_t *m, uint32_t off) {
    uint32_t n = ent_size(m, off);
    memmove(m->b + off, m->b + off + n, m->size - 4 - off - n);
    m->size -= n;
}

// Add entry [e] ([n] bytes) to the directory whose first pair is
// [first]: into the first pair with room, else a new pair continuing
// the directory.
static int dir_append(lfs1_t *fs, const uint32_t first[2], const uint8_t *e,
    uint32_t n) {
    if (EMPTY + n > fs->bs) {
        return -FS_ENAMETOOLONG; // fits in no pair of this block size
    }
    uint32_t pair[2] = {first[0], first[1]};
    for (uint32_t guard = 0; guard <= fs->bc; guard++) {
        mdir_t m = {.b = NULL};
        int r = fetch(fs, pair, &m);
        if (r == 0 && m.size + n <= fs->bs) {
            ent_insert(&m, m.size - 4, e, n);
            r = commit(fs, &m);
        } else if (r == 0 && !m.cont) {
            mdir_t c = {.b = NULL};
            r = new_pair(fs, &c);
            if (r == 0) {
                c.tail[0] = m.tail[0];
                c.tail[1] = m.tail[1];
                ent_insert(&c, HDR, e, n);
                r = commit(fs, &c);
                mdir_free(&c);
            }
            if (r == 0) {
                m.cont = true;
                m.tail[0] = c.pair[0];
                m.tail[1] = c.pair[1];
                r = commit(fs, &m);
            }
        } else if (r == 0) {
            pair[0] = m.tail[0];
            pair[1] = m.tail[1];
            mdir_free(&m);
            continue;
        }
        mdir_free(&m);
        return r;
    }
    return ECORRUPT;
}

// Remove the entry at [off] of [m] (freed here). A pair left empty that
// continues a directory leaves the chain.
static int ent_remove(lfs1_t *fs, mdir_t *m, uint32_t off) {
    ent_cut(m, off);
    if (m->size == EMPTY) {
        mdir_t p = {.b = NULL};
        int r = pred(fs, m->pair, &p);
        if (r == 1 && p.cont) {
            p.cont = m->cont;
            p.tail[0] = m->tail[0];
            p.tail[1] = m->tail[1];
            r = commit(fs, &p);
            mdir_free(&p);
            mdir_free(m);
            return r;
        }
        mdir_free(&p);
        if (r < 0) {
            mdir_free(m);
            return r;
        }
    }
    int r = commit(fs, m);
    mdir_free(m);
    return r;
}

// --- paths

// Where a path leads: the entry at [off] of [m] when [found]; else [m]
// is the parent directory's first pair and [name] the missing last
// component. [root]: the path is "/".
typedef struct where {
    mdir_t m;
    uint32_t off;
    bool found, root;
    uint32_t dir[2];       // the first pair of the directory searched last
    const char *name;
    uint32_t nlen;
} where_t;

// Find [name] in the directory from pair [first]: 1 with [w->m] and
// [w->off] on it, 0 when absent ([w->m] freed). With [moved], only a
// moved entry of that name matches.
static int dir_find(lfs1_t *fs, const uint32_t first[2], const char *name,
    uint32_t nlen, bool moved, where_t *w) {
    uint32_t pair[2] = {first[0], first[1]};
    for (uint32_t guard = 0; guard <= fs->bc; guard++) {
        int r = fetch(fs, pair, &w->m);
        for (uint32_t off = HDR, n; r == 0 && (n = ent_size(&w->m, off)) != 0;
            off += n) {
            uint8_t *e = w->m.b + off;
            if (!ent_user(&w->m, off) || e[3] != nlen
                || memcmp(ent_name(&w->m, off), name, nlen) != 0
                || (moved && !(e[0] & T_MOVED))) {
                continue;
            }
            if (!moved && (e[0] & T_MOVED)) {
                r = moved_away(fs, &w->m, off);
                if (r != 0) {
                    r = r == 1 ? 0 : r;
                    continue;
                }
            }
            w->off = off;
            return 1;
        }
        bool more = r == 0 && w->m.cont;
        pair[0] = w->m.tail[0];
        pair[1] = w->m.tail[1];
        mdir_free(&w->m);
        if (!more) {
            return r;
        }
    }
    return ECORRUPT;
}

// Walk [path] from the root. 0 with [w] filled (found or not, when only
// the last component is missing); -ENOENT or -ENOTDIR on the way.
static int walk(lfs1_t *fs, const char *path, where_t *w) {
    memset(w, 0, sizeof(*w));
    w->dir[0] = fs->root[0];
    w->dir[1] = fs->root[1];
    while (*path == '/') {
        path++;
    }
    if (*path == '\0') {
        w->root = w->found = true;
        return fetch(fs, fs->root, &w->m);
    }
    for (;;) {
        const char *end = strchr(path, '/');
        uint32_t n = end != NULL ? (uint32_t)(end - path)
            : (uint32_t)strlen(path);
        w->name = path;
        w->nlen = n;
        int r = dir_find(fs, w->dir, path, n, false, w);
        if (r <= 0) {
            return r < 0 ? r : end != NULL ? -FS_ENOENT : 0;
        }
        if (end == NULL) {
            w->found = true;
            return 0;
        }
        bool dir = (w->m.b[w->off] & 0x7f) == T_DIR;
        ent_pair(&w->m, w->off, w->dir);
        mdir_free(&w->m);
        if (!dir) {
            return -FS_ENOTDIR;
        }
        path = end + 1;
    }
}

static void info_of(const mdir_t *m, uint32_t off, lfs1_info_t *info) {
    const uint8_t *e = m->b + off;
    info->type = (e[0] & 0x7f) == T_DIR ? 2 : 1;
    info->size = info->type == 1 ? ld32(e + 8) : 0;
    memcpy(info->name, ent_name(m, off), e[3]);
    info->name[e[3]] = '\0';
}

int lfs1_stat(lfs1_t *fs, const char *path, lfs1_info_t *info) {
    where_t w;
    int r = walk(fs, path, &w);
    if (r == 0 && !w.found) {
        r = -FS_ENOENT;
    } else if (r == 0 && w.root) {
        info->type = 2;
        info->size = 0;
        strcpy(info->name, "/");
    } else if (r == 0) {
        info_of(&w.m, w.off, info);
    }
    mdir_free(&w.m);
    return r;
}

// --- repairs after a power cut

typedef struct orphan_arg {
    mdir_t prev;           // the pair before the one looked at
    bool have_prev;
    int fixed;
} orphan_arg_t;

typedef struct ref_arg {
    const uint32_t *pair;
} ref_arg_t;

static int ref_fn(lfs1_t *fs, mdir_t *m, void *arg) {
    (void)fs;
    const uint32_t *pair = ((ref_arg_t *)arg)->pair;
    for (uint32_t off = HDR, n; (n = ent_size(m, off)) != 0; off += n) {
        uint32_t p[2];
        if ((m->b[off] & 0x7f) == T_DIR && m->b[off + 1] >= 8) {
            ent_pair(m, off, p);
            if (pair_eq(p, pair)) {
                return 1;
            }
        }
    }
    return 0;
}

// The last pair of the directory chain from [m]'s pair, into [m].
static int chain_last(lfs1_t *fs, mdir_t *m) {
    for (uint32_t guard = 0; m->cont; guard++) {
        uint32_t t[2] = {m->tail[0], m->tail[1]};
        mdir_free(m);
        int r = guard > fs->bc ? ECORRUPT : fetch(fs, t, m);
        if (r != 0) {
            return r;
        }
    }
    return 0;
}

// Take the directory chain from [first] off the threaded list.
static int unlink_chain(lfs1_t *fs, const uint32_t first[2]) {
    mdir_t last = {.b = NULL}, p = {.b = NULL};
    int r = fetch(fs, first, &last);
    if (r == 0) {
        r = chain_last(fs, &last);
    }
    if (r == 0 && (r = pred(fs, first, &p)) == 1) {
        p.tail[0] = last.tail[0];
        p.tail[1] = last.tail[1];
        r = commit(fs, &p);
    }
    mdir_free(&p);
    mdir_free(&last);
    return r;
}

static int orphan_fn(lfs1_t *fs, mdir_t *m, void *arg) {
    orphan_arg_t *a = arg;
    int r = 0;
    if (a->have_prev && !a->prev.cont && !pair_eq(m->pair, fs->root)) {
        ref_arg_t ra = {m->pair};
        r = each_pair(fs, ref_fn, &ra);
        if (r == 0) {
            r = unlink_chain(fs, m->pair);
            a->fixed = 1;
            return r != 0 ? r : 1;
        }
        r = r == 1 ? 0 : r;
    }
    for (uint32_t off = HDR, n; r == 0 && (n = ent_size(m, off)) != 0;
        off += n) {
        if ((m->b[off] & T_MOVED) && ent_user(m, off)) {
            r = moved_away(fs, m, off);
            if (r == 1) {
                r = ent_remove(fs, m, off);
            } else if (r == 0) {
                m->b[off] &= 0x7f;
                r = commit(fs, m);
                mdir_free(m);
            }
            a->fixed = 1;
            return r != 0 ? r : 1;
        }
    }
    mdir_free(&a->prev);
    a->prev = *m;
    a->have_prev = true;
    m->b = NULL;
    return r;
}

// Drop directories left on the list by a cut mkdir or rmdir, finish
// renames cut short; once per mount, before the first change.
static int deorphan(lfs1_t *fs) {
    if (fs->deorphaned || fs->bd->readonly) {
        return 0;
    }
    for (uint32_t guard = 0; guard <= 2 * fs->bc; guard++) {
        orphan_arg_t a;
        memset(&a, 0, sizeof(a));
        int r = each_pair(fs, orphan_fn, &a);
        mdir_free(&a.prev);
        if (r < 0) {
            return r;
        }
        if (!a.fixed) {
            fs->deorphaned = true;
            return 0;
        }
    }
    return ECORRUPT;
}

// Start a change: repairs done, no pairs in flight.
static int begin(lfs1_t *fs) {
    fs->n_flight = 0;
    return deorphan(fs);
}

// --- directories

// Is the directory chain from [first] empty (1), else 0?
static int dir_empty(lfs1_t *fs, const uint32_t first[2]) {
    mdir_t m = {.b = NULL};
    int r = fetch(fs, first, &m);
    for (uint32_t guard = 0; r == 0; guard++) {
        if (m.size != EMPTY || guard > fs->bc) {
            break;
        }
        if (!m.cont) {
            r = 1;
            break;
        }
        uint32_t t[2] = {m.tail[0], m.tail[1]};
        mdir_free(&m);
        r = fetch(fs, t, &m);
    }
    mdir_free(&m);
    return r;
}

// Entry bytes: [type], 8 bytes of [data], name [name] of [n] bytes.
static uint32_t ent_make(uint8_t *e, uint8_t type, const uint32_t data[2],
    const char *name, uint32_t n) {
    e[0] = type;
    e[1] = 8;
    e[2] = 0;
    e[3] = (uint8_t)n;
    st32(e + 4, data[0]);
    st32(e + 8, data[1]);
    memcpy(e + 12, name, n);
    return 12 + n;
}

// Walk to the place of a new entry [path]: 0 when it can be made there.
static int walk_new(lfs1_t *fs, const char *path, where_t *w) {
    int r = walk(fs, path, w);
    if (r == 0 && w->found) {
        r = -FS_EEXIST;
    } else if (r == 0 && (w->nlen > LFS1_NAME_MAX
        || EMPTY + 12 + w->nlen > fs->bs)) {
        r = -FS_ENAMETOOLONG;
    }
    return r;
}

int lfs1_mkdir(lfs1_t *fs, const char *path) {
    int r = begin(fs);
    where_t w;
    memset(&w, 0, sizeof(w));
    if (r != 0 || (r = walk_new(fs, path, &w)) != 0) {
        mdir_free(&w.m);
        return r;
    }
    // the new pair goes on the list after the parent's last one, then
    // the entry goes in (a cut between leaves an orphan)
    mdir_t last = {.b = NULL}, d = {.b = NULL};
    r = fetch(fs, w.dir, &last);
    if (r == 0) {
        r = chain_last(fs, &last);
    }
    if (r == 0 && (r = new_pair(fs, &d)) == 0) {
        d.tail[0] = last.tail[0];
        d.tail[1] = last.tail[1];
        r = commit(fs, &d);
    }
    if (r == 0) {
        last.tail[0] = d.pair[0];
        last.tail[1] = d.pair[1];
        r = commit(fs, &last);
    }
    mdir_free(&last);
    if (r == 0) {
        uint8_t e[12 + LFS1_NAME_MAX];
        uint32_t n = ent_make(e, T_DIR, d.pair, w.name, w.nlen);
        r = dir_append(fs, w.dir, e, n);
        if (r != 0) {
            fs->deorphaned = false;
        }
    }
    mdir_free(&d);
    return r;
}

int lfs1_remove(lfs1_t *fs, const char *path) {
    int r = begin(fs);
    where_t w;
    memset(&w, 0, sizeof(w));
    if (r != 0 || (r = walk(fs, path, &w)) != 0 || !w.found || w.root) {
        mdir_free(&w.m);
        return r != 0 ? r : w.root ? -FS_EINVAL : -FS_ENOENT;
    }
    uint32_t sub[2];
    bool dir = (w.m.b[w.off] & 0x7f) == T_DIR;
    ent_pair(&w.m, w.off, sub);
    if (dir && (r = dir_empty(fs, sub)) != 1) {
        mdir_free(&w.m);
        return r < 0 ? r : -FS_ENOTEMPTY;
    }
    r = ent_remove(fs, &w.m, w.off);
    return r == 0 && dir ? unlink_chain(fs, sub) : r;
}

// Can entry [src] replace [dst] (0), else an error?
static int replaceable(lfs1_t *fs, const where_t *src, const where_t *dst) {
    bool sdir = (src->m.b[src->off] & 0x7f) == T_DIR;
    bool ddir = (dst->m.b[dst->off] & 0x7f) == T_DIR;
    if (sdir != ddir) {
        return sdir ? -FS_ENOTDIR : -FS_EISDIR;
    }
    if (!ddir) {
        return 0;
    }
    uint32_t p[2];
    ent_pair(&dst->m, dst->off, p);
    int r = dir_empty(fs, p);
    return r < 0 ? r : r == 1 ? 0 : -FS_ENOTEMPTY;
}

// Put entry [e] of [n] bytes at [path]: in place of what is there
// ([w->found]) or added to the directory.
static int place(lfs1_t *fs, where_t *w, const uint8_t *e, uint32_t n) {
    if (!w->found) {
        return dir_append(fs, w->dir, e, n);
    }
    uint32_t old = ent_size(&w->m, w->off);
    if (w->m.size - old + n <= fs->bs) {
        ent_cut(&w->m, w->off);
        ent_insert(&w->m, w->off, e, n);
        return commit(fs, &w->m);
    }
    int r = ent_remove(fs, &w->m, w->off);
    return r != 0 ? r : dir_append(fs, w->dir, e, n);
}


// Is [to] inside directory [from] (or [from] itself)?
static bool inside(const char *from, const char *to) {
    size_t n = strlen(from);
    return strncmp(from, to, n) == 0 && (to[n] == '/' || to[n] == '\0');
}

// The entry [s] renamed to [d]'s name, in [e]: its size.
static uint32_t renamed(const where_t *s, const where_t *d, uint8_t *e) {
    const uint8_t *se = s->m.b + s->off;
    uint32_t n = 4u + se[1] + se[2];
    memcpy(e, se, n);
    e[0] &= 0x7f;
    e[3] = (uint8_t)d->nlen;
    memcpy(e + n, d->name, d->nlen);
    return n + d->nlen;
}

// Check a rename and build its new entry: 0, or an error.
static int rename_check(lfs1_t *fs, where_t *s, where_t *d, uint8_t *e,
    uint32_t *n) {
    if (!s->found || s->root) {
        return s->root ? -FS_EINVAL : -FS_ENOENT;
    }
    if (d->root) {
        return -FS_EINVAL;
    }
    if (d->nlen > LFS1_NAME_MAX) {
        return -FS_ENAMETOOLONG;
    }
    int r = d->found ? replaceable(fs, s, d) : 0;
    *n = renamed(s, d, e);
    return r == 0 && EMPTY + *n > fs->bs ? -FS_ENAMETOOLONG : r;
}

int lfs1_rename(lfs1_t *fs, const char *from, const char *to) {
    where_t s, d;
    memset(&s, 0, sizeof(s));
    memset(&d, 0, sizeof(d));
    int r = begin(fs);
    if (r != 0 || (r = walk(fs, from, &s)) != 0 || (r = strcmp(from, to) == 0
        ? (s.found ? 0 : -FS_ENOENT) : inside(from, to) ? -FS_EINVAL
        : walk(fs, to, &d)) != 0 || strcmp(from, to) == 0) {
        mdir_free(&s.m);
        mdir_free(&d.m);
        return r;
    }
    uint8_t e[4 + 255 + 255 + LFS1_NAME_MAX];
    uint32_t n = 0, old[2];
    r = rename_check(fs, &s, &d, e, &n);
    bool old_dir = r == 0 && d.found && (d.m.b[d.off] & 0x7f) == T_DIR;
    if (old_dir) {
        ent_pair(&d.m, d.off, old);
    }
    mdir_free(&d.m);
    if (r == 0) {
        s.m.b[s.off] |= T_MOVED;
        r = commit(fs, &s.m);
    }
    mdir_free(&s.m);
    if (r == 0 && (r = walk(fs, to, &d)) == 0) {
        r = place(fs, &d, e, n);
    }
    mdir_free(&d.m);
    if (r == 0 && (r = dir_find(fs, s.dir, s.name, s.nlen, true, &s)) == 1) {
        r = ent_remove(fs, &s.m, s.off);
    }
    mdir_free(&s.m);
    if (r == 0 && old_dir) {
        r = unlink_chain(fs, old);
    }
    if (r != 0) {
        fs->deorphaned = false;
    }
    return r;
}

int lfs1_opendir(lfs1_t *fs, const char *path, lfs1_dir_t *d) {
    where_t w;
    int r = walk(fs, path, &w);
    d->off = HDR;
    if (r == 0 && !w.found) {
        r = -FS_ENOENT;
    } else if (r == 0 && w.root) {
        d->pair[0] = fs->root[0];
        d->pair[1] = fs->root[1];
    } else if (r == 0 && (w.m.b[w.off] & 0x7f) != T_DIR) {
        r = -FS_ENOTDIR;
    } else if (r == 0) {
        ent_pair(&w.m, w.off, d->pair);
    }
    mdir_free(&w.m);
    return r;
}

// The next entry of the pair [m] from d->off: 1 with [info], else 0.
static int next_entry(lfs1_t *fs, lfs1_dir_t *d, mdir_t *m,
    lfs1_info_t *info) {
    for (uint32_t n; (n = ent_size(m, d->off)) != 0;) {
        uint32_t off = d->off;
        d->off += n;
        if (!ent_user(m, off)) {
            continue;
        }
        if (m->b[off] & T_MOVED) {
            int r = moved_away(fs, m, off);
            if (r != 0) {
                if (r < 0) {
                    return r;
                }
                continue;
            }
        }
        info_of(m, off, info);
        return 1;
    }
    return 0;
}

int lfs1_readdir(lfs1_t *fs, lfs1_dir_t *d, lfs1_info_t *info) {
    for (uint32_t guard = 0; guard <= fs->bc; guard++) {
        if (pair_null(d->pair)) {
            return 0;
        }
        mdir_t m = {.b = NULL};
        int r = fetch(fs, d->pair, &m);
        if (r == 0 && (r = next_entry(fs, d, &m, info)) == 0) {
            d->pair[0] = m.cont ? m.tail[0] : LFS1_NULL;
            d->pair[1] = m.cont ? m.tail[1] : LFS1_NULL;
            d->off = HDR;
        }
        mdir_free(&m);
        if (r != 0) {
            return r;
        }
    }
    return ECORRUPT;
}

// --- files

// Block and offset of byte [pos] of the list [head] of [size] bytes.
static int ctz_find(lfs1_t *fs, uint32_t head, uint32_t size, uint32_t pos,
    uint32_t *block, uint32_t *off) {
    uint32_t last = size - 1;
    uint32_t cur = ctz_index(fs->bs, &last);
    *off = pos;
    uint32_t target = ctz_index(fs->bs, off);
    while (cur > target) {
        uint32_t skip = ctz32(cur);
        uint32_t most = npw2(cur - target + 1) - 1; // floor(log2())
        skip = skip < most ? skip : most;
        uint8_t p[4];
        int r = bd_read(fs, head, 4 * skip, p, 4);
        if (r != 0) {
            return r;
        }
        head = ld32(p);
        cur -= 1u << skip;
    }
    *block = head;
    return head < fs->bc ? 0 : ECORRUPT;
}

// Begin block [nb] of index [idx] after block [prev] (index idx - 1):
// its pointers to blocks idx - 2^k.
static int start_block(lfs1_file_t *f, uint32_t nb, uint32_t idx,
    uint32_t prev) {
    uint32_t ptr[32];
    uint32_t np = ctz32(idx) + 1;
    ptr[0] = prev;
    for (uint32_t j = 1; j < np; j++) {
        uint8_t p[4];
        int r = bd_read(f->fs, ptr[j - 1], 4 * (j - 1), p, 4);
        if (r != 0) {
            return r;
        }
        ptr[j] = ld32(p);
    }
    for (uint32_t j = 0; j < np; j++) {
        st32(f->buf + 4 * j, ptr[j]);
    }
    f->wblock = nb;
    f->windex = idx;
    f->woff = 4 * np;
    return 0;
}

// Start a new list holding the file's first f->pos bytes (<= size): the
// block with byte pos - 1 is copied, unless it is full.
static int begin_write(lfs1_file_t *f) {
    lfs1_t *fs = f->fs;
    if (f->buf == NULL) {
        f->buf = es_gc_alloc(fs->bs, ES_GC_LEAF);
    }
    uint32_t nb, block, off = f->pos - 1, idx = 0;
    int r = f->pos > 0 ? ctz_find(fs, f->head, f->size, off, &block, &off)
        : 0;
    if (r == 0 && f->pos > 0) {
        uint32_t o = f->pos - 1;
        idx = ctz_index(fs->bs, &o);
    }
    if (r == 0) {
        r = alloc(fs, &nb);
    }
    if (r != 0) {
        return r;
    }
    if (f->pos == 0) {
        f->wblock = nb;
        f->windex = f->woff = 0;
    } else if (off + 1 == fs->bs) {
        r = start_block(f, nb, idx + 1, block);
    } else if ((r = bd_read(fs, block, 0, f->buf, off + 1)) == 0) {
        f->wblock = nb;
        f->windex = idx;
        f->woff = off + 1;
    }
    f->wsize = f->pos;
    f->writing = r == 0;
    return r;
}

// Append [n] bytes to the list being written.
static int put(lfs1_file_t *f, const uint8_t *data, uint32_t n) {
    lfs1_t *fs = f->fs;
    while (n > 0) {
        if (f->woff == fs->bs) {
            uint32_t nb;
            int r = bd_write(fs, f->wblock, f->buf, fs->bs);
            if (r == 0) {
                r = alloc(fs, &nb);
            }
            if (r == 0) {
                r = start_block(f, nb, f->windex + 1, f->wblock);
            }
            if (r != 0) {
                return r;
            }
        }
        uint32_t k = fs->bs - f->woff < n ? fs->bs - f->woff : n;
        if (data != NULL) {
            memcpy(f->buf + f->woff, data, k);
            data += k;
        } else {
            memset(f->buf + f->woff, 0, k);
        }
        f->woff += k;
        f->wsize += k;
        n -= k;
    }
    return 0;
}

// Finish the list being written: the rest of the old contents copied,
// its last block programmed; it becomes the file's contents.
static int flush(lfs1_file_t *f) {
    lfs1_t *fs = f->fs;
    if (!f->writing) {
        return 0;
    }
    while (f->wsize < f->size) {
        uint8_t tmp[128];
        uint32_t block, off;
        int r = ctz_find(fs, f->head, f->size, f->wsize, &block, &off);
        uint32_t k = f->size - f->wsize;
        k = k < sizeof(tmp) ? k : sizeof(tmp);
        k = k < fs->bs - off ? k : fs->bs - off;
        if (r != 0 || (r = bd_read(fs, block, off, tmp, k)) != 0
            || (r = put(f, tmp, k)) != 0) {
            return r;
        }
    }
    int r = bd_write(fs, f->wblock, f->buf, f->woff);
    if (r == 0) {
        f->head = f->wblock;
        f->size = f->wsize;
        f->writing = false;
        f->dirty = true;
    }
    return r;
}

int lfs1_flush(lfs1_file_t *f) {
    return flush(f);
}

int lfs1_read(lfs1_file_t *f, void *buf, uint32_t n) {
    lfs1_t *fs = f->fs;
    int r = flush(f);
    uint8_t *d = buf;
    uint32_t done = 0;
    while (r == 0 && done < n && f->pos < f->size) {
        uint32_t block, off;
        r = ctz_find(fs, f->head, f->size, f->pos, &block, &off);
        uint32_t k = n - done;
        k = k < fs->bs - off ? k : fs->bs - off;
        k = k < f->size - f->pos ? k : f->size - f->pos;
        if (r == 0 && (r = bd_read(fs, block, off, d + done, k)) == 0) {
            done += k;
            f->pos += k;
        }
    }
    return r != 0 ? r : (int)done;
}

int lfs1_write(lfs1_file_t *f, const void *buf, uint32_t n) {
    if (n == 0) {
        return 0;
    }
    int r = 0;
    if (!f->writing) {
        if (f->mode & LFS1_APPEND) {
            f->pos = f->size;
        }
        uint32_t target = f->pos;
        f->pos = f->pos < f->size ? f->pos : f->size;
        r = begin_write(f);
        if (r == 0 && target > f->wsize) {
            r = put(f, NULL, target - f->wsize);  // a hole reads as zeros
        }
    }
    if (r == 0) {
        r = put(f, buf, n);
    }
    f->pos = f->writing ? f->wsize : f->pos;
    return r != 0 ? r : (int)n;
}

int lfs1_sync(lfs1_file_t *f) {
    int r = flush(f);
    if (r != 0 || !f->dirty) {
        return r;
    }
    where_t w;
    r = walk(f->fs, f->path, &w);
    if (r == 0 && (!w.found || w.root
        || (w.m.b[w.off] & 0x7f) != T_FILE)) {
        r = -FS_ENOENT;
    }
    if (r == 0) {
        st32(w.m.b + w.off + 4, f->head);
        st32(w.m.b + w.off + 8, f->size);
        r = commit(f->fs, &w.m);
    }
    mdir_free(&w.m);
    if (r == 0) {
        f->dirty = false;
    }
    return r;
}

int lfs1_close(lfs1_file_t *f) {
    int r = f->mode & LFS1_WRITE ? lfs1_sync(f) : 0;
    for (lfs1_file_t **p = &f->fs->files; *p != NULL; p = &(*p)->next) {
        if (*p == f) {
            *p = f->next;
            break;
        }
    }
    return r;
}

// Create the entry of a new file at [w].
static int create_file(lfs1_t *fs, const where_t *w) {
    if (fs->bd->readonly) {
        return -FS_EROFS;
    }
    if (w->nlen > LFS1_NAME_MAX) {
        return -FS_ENAMETOOLONG;
    }
    uint8_t e[12 + LFS1_NAME_MAX];
    uint32_t data[2] = {LFS1_NULL, 0};
    uint32_t n = ent_make(e, T_FILE, data, w->name, w->nlen);
    return dir_append(fs, w->dir, e, n);
}

int lfs1_open(lfs1_t *fs, lfs1_file_t *f, const char *path, unsigned mode,
    char create) {
    memset(f, 0, sizeof(*f));
    f->fs = fs;
    f->mode = (uint8_t)mode;
    f->head = LFS1_NULL;
    where_t w;
    memset(&w, 0, sizeof(w));
    int r = mode & LFS1_WRITE ? begin(fs) : 0;
    if (r == 0) {
        r = walk(fs, path, &w);
    }
    if (r == 0 && w.root) {
        r = -FS_EISDIR;
    } else if (r == 0 && !w.found) {
        r = create == 0 ? -FS_ENOENT : create_file(fs, &w);
    } else if (r == 0 && (w.m.b[w.off] & 0x7f) != T_FILE) {
        r = -FS_EISDIR;
    } else if (r == 0 && create == 'x') {
        r = -FS_EEXIST;
    } else if (r == 0 && (mode & LFS1_WRITE) && fs->bd->readonly) {
        r = -FS_EROFS;
    } else if (r == 0 && create != 'w') {
        f->head = ld32(w.m.b + w.off + 4);
        f->size = ld32(w.m.b + w.off + 8);
    } else if (r == 0) {
        f->dirty = true;  // truncated: committed at the first sync
    }
    mdir_free(&w.m);
    if (r == 0) {
        size_t n = strlen(path);
        f->path = es_gc_alloc(n + 1, ES_GC_LEAF);
        memcpy(f->path, path, n + 1);
        f->next = fs->files;
        fs->files = f;
    }
    return r;
}

// --- format and mount

// Geometry and the allocation bitmap.
static int setup(lfs1_t *fs, fs_bdev_t *bd) {
    memset(fs, 0, sizeof(*fs));
    fs->bd = bd;
    fs->bs = bd->block_size;
    fs->bc = bd->block_count;
    if (fs->bs < 128 || fs->bs % 4 != 0 || fs->bc < 2) {
        return -FS_EINVAL;
    }
    fs->used = es_gc_alloc((fs->bc + 7) / 8, ES_GC_LEAF);
    return 0;
}

int lfs1_mkfs(fs_bdev_t *bd) {
    lfs1_t fs;
    int r = setup(&fs, bd);
    if (r == 0 && fs.bc < 4) {
        r = -FS_ENOSPC;
    }
    mdir_t root = {.b = NULL}, sb = {.b = NULL};
    if (r == 0 && (r = pair_init(&fs, 2, 3, &root)) == 0) {
        r = commit(&fs, &root);
    }
    if (r == 0 && (r = pair_init(&fs, 1, 0, &sb)) == 0) {
        uint8_t e[32];
        e[0] = T_SUPER;
        e[1] = 20;
        e[2] = 0;
        e[3] = 8;
        st32(e + 4, root.pair[0]);
        st32(e + 8, root.pair[1]);
        st32(e + 12, fs.bs);
        st32(e + 16, fs.bc);
        st32(e + 20, 0x00010001);
        memcpy(e + 24, "littlefs", 8);
        ent_insert(&sb, HDR, e, 32);
        sb.tail[0] = root.pair[0];
        sb.tail[1] = root.pair[1];
        // both blocks, as v1 writes them
        r = commit(&fs, &sb);
        if (r == 0) {
            r = commit(&fs, &sb);
        }
    }
    mdir_free(&root);
    mdir_free(&sb);
    return r != 0 ? r : bd->sync(bd->ctx);
}

int lfs1_mount(lfs1_t *fs, fs_bdev_t *bd) {
    int r = setup(fs, bd);
    mdir_t m = {.b = NULL};
    static const uint32_t sb_pair[2] = {0, 1};
    if (r == 0) {
        r = fetch(fs, sb_pair, &m);
    }
    if (r == 0) {
        const uint8_t *e = m.b + HDR;
        if (ent_size(&m, HDR) == 0 || e[0] != T_SUPER || e[1] < 20
            || e[3] != 8 || memcmp(ent_name(&m, HDR), "littlefs", 8) != 0) {
            r = ECORRUPT;
        } else if (ld32(e + 20) >> 16 != 1 || (ld32(e + 20) & 0xffff) > 1
            || ld32(e + 12) != fs->bs) {
            r = -FS_EINVAL;
        } else {
            fs->root[0] = ld32(e + 4);
            fs->root[1] = ld32(e + 8);
            r = fs->root[0] < fs->bc && fs->root[1] < fs->bc ? 0 : ECORRUPT;
        }
    }
    mdir_free(&m);
    return r;
}

#endif
