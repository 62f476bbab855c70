// SPDX-License-Identifier: MIT
// littlefs v2.1 on-disk format (littlefs's SPEC.md), written here from the
// specification. Reading: a pair's two blocks start with revision counts;
// the newer block's commits are checked forward (tags XOR-chained from
// 0xffffffff, stored big-endian, each commit closed by a CRC tag over
// everything since the previous one), then replayed into a table of the
// pair's current entries (id -> name, struct and mtime attribute, each a
// reference into the block or to RAM). Writing: the table is changed; a
// change of one entry (sync, create, delete) is appended to the log as one
// commit when it fits after it, else the whole pair is rewritten into its
// other block with the revision + 1 (a compaction); when that does not
// fit, the upper half of the ids moves to a new pair linked by a hard tail.
// Allocation: a bitmap of used blocks, rebuilt by walking the threaded
// list of pairs and every CTZ list (and open files' new lists) when the
// rotating search finds no free block. Power loss: one commit is atomic
// (a torn one fails its CRC and the older block is read); an operation of
// several commits sets the global state (a pending move, a count of
// orphans) in its first commit and clears it in its last, and mount
// completes what a cut left pending. Not done: relocation of worn blocks.
#include <string.h>

#include "gc.h"
#include "lfs.h"
#include "lfs_util.h"

#define RCACHE 128
#define ROOT 1 // walk's answer for the path "/"

// Tag fields (SPEC.md "Metadata tags").
#define TAG(type, id, size) \
    (((uint32_t)(type) << 20) | ((uint32_t)(id) << 10) | (uint32_t)(size))
#define T_TYPE1(t) (((t) >> 28) & 7)
#define T_TYPE3(t) (((t) >> 20) & 0x7ff)
#define T_CHUNK(t) (((t) >> 20) & 0xff)
#define T_ID(t) (((t) >> 10) & 0x3ff)
#define T_SIZE(t) ((t) & 0x3ff)
#define T_DELETED(t) (T_SIZE(t) == 0x3ff)
#define T_DSIZE(t) (4 + (T_DELETED(t) ? 0 : T_SIZE(t)))

enum {
    TY_REG = 0x001, TY_DIR = 0x002, TY_SUPER = 0x0ff,
    TY_DIRSTRUCT = 0x200, TY_INLINE = 0x201, TY_CTZ = 0x202,
    TY_MTIME = 0x301, TY_CREATE = 0x401, TY_DELETE = 0x4ff,
    TY_CRC = 0x500, TY_FCRC = 0x5ff, TY_SOFTTAIL = 0x600, TY_HARDTAIL = 0x601,
    TY_MOVESTATE = 0x7ff,
};
enum { S_NAME, S_STRUCT, S_MTIME, N_SLOTS };

// --- the device

static int bd_read(lfs_t *fs, uint32_t block, uint32_t off, void *buf,
    uint32_t n) {
    if (block >= fs->bc || off + n > fs->bs) {
        return -FS_ECORRUPT;
    }
    uint8_t *d = buf;
    while (n > 0) {
        if (block == fs->rc_block && off >= fs->rc_off
            && off < fs->rc_off + fs->rc_len) {
            uint32_t k = fs->rc_off + fs->rc_len - off;
            k = k < n ? k : n;
            memcpy(d, fs->rcache + (off - fs->rc_off), k);
            d += k;
            off += k;
            n -= k;
            continue;
        }
        uint32_t start = off & ~(fs->prog - 1);
        uint32_t len = fs->bs - start < RCACHE ? fs->bs - start : RCACHE;
        fs->rc_block = LFS_NULL;
        int r = fs->bd->read(fs->bd->ctx, block, start, fs->rcache, len);
        if (r != 0) {
            return r;
        }
        fs->rc_block = block;
        fs->rc_off = start;
        fs->rc_len = len;
    }
    return 0;
}

static int bd_prog(lfs_t *fs, uint32_t block, uint32_t off, const void *buf,
    uint32_t n) {
    if (fs->bd->readonly) {
        return -FS_EROFS;
    }
    if (block == fs->rc_block) {
        fs->rc_block = LFS_NULL;
    }
    return fs->bd->write(fs->bd->ctx, block, off, buf, n);
}

static int bd_erase(lfs_t *fs, uint32_t block) {
    if (fs->bd->readonly) {
        return -FS_EROFS;
    }
    if (block == fs->rc_block) {
        fs->rc_block = LFS_NULL;
    }
    return fs->bd->erase(fs->bd->ctx, block);
}

// --- reading pairs

// Is revision [a] newer than [b] (sequence comparison)?
static bool rev_newer(uint32_t a, uint32_t b) {
    return (int32_t)(a - b) > 0;
}

// Check the commits of [block]: the end of the last valid one in m->off,
// tail and move-state delta from them. -ECORRUPT when none is valid.
static int fetch_block(lfs_t *fs, uint32_t block, lfs_mdir_t *m) {
    uint8_t b[12];
    int r = bd_read(fs, block, 0, b, 4);
    if (r != 0) {
        return r;
    }
    uint32_t crc = crc32(0xffffffff, b, 4);
    uint32_t ptag = 0xffffffff, off = 4;
    uint32_t tail[2] = {LFS_NULL, LFS_NULL};
    bool split = false;
    uint8_t gd[12] = {0};
    m->off = 0;
    m->rev = ld32(b);
    while (off + 4 <= fs->bs) {
        if ((r = bd_read(fs, block, off, b, 4)) != 0) {
            return r;
        }
        uint32_t tag = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16
            | (uint32_t)b[2] << 8 | b[3];
        crc = crc32(crc, b, 4);
        tag ^= ptag;
        if ((tag & 0x80000000u) || off + T_DSIZE(tag) > fs->bs) {
            break;
        }
        ptag = tag;
        if ((T_TYPE3(tag) & 0x780) == TY_CRC) {
            if ((r = bd_read(fs, block, off + 4, b, 4)) != 0) {
                return r;
            }
            if (ld32(b) != crc) {
                break;
            }
            ptag ^= (T_CHUNK(tag) & 1u) << 31;
            m->off = off + T_DSIZE(tag);
            m->etag = ptag;
            m->tail[0] = tail[0];
            m->tail[1] = tail[1];
            m->split = split;
            memcpy(m->gdelta, gd, 12);
            crc = 0xffffffff;
            off += T_DSIZE(tag);
            continue;
        }
        uint32_t size = T_DSIZE(tag) - 4;
        for (uint32_t k = 0; k < size; k += 12) {
            uint32_t c = size - k < 12 ? size - k : 12;
            if ((r = bd_read(fs, block, off + 4 + k, b, c)) != 0) {
                return r;
            }
            crc = crc32(crc, b, c);
            if (k == 0 && T_TYPE1(tag) == 6 && c >= 8) {
                tail[0] = ld32(b);
                tail[1] = ld32(b + 4);
                split = T_CHUNK(tag) & 1;
            }
            if (k == 0 && T_TYPE3(tag) == TY_MOVESTATE && c == 12) {
                for (int i = 0; i < 12; i++) {
                    gd[i] ^= b[i];
                }
            }
        }
        off += T_DSIZE(tag);
    }
    return m->off != 0 ? 0 : -FS_ECORRUPT;
}

// Read pair [pair]: the newer block with a valid commit.
static int fetch(lfs_t *fs, const uint32_t pair[2], lfs_mdir_t *m) {
    uint8_t b[4];
    uint32_t rev[2];
    for (int i = 0; i < 2; i++) {
        if (pair[i] >= fs->bc) {
            return -FS_ECORRUPT;
        }
        int r = bd_read(fs, pair[i], 0, b, 4);
        if (r != 0) {
            return r;
        }
        rev[i] = ld32(b);
    }
    int first = rev_newer(rev[1], rev[0]) ? 1 : 0;
    for (int k = 0; k < 2; k++) {
        int i = first ^ k;
        int r = fetch_block(fs, pair[i], m);
        if (r == 0) {
            m->pair[0] = pair[i];
            m->pair[1] = pair[i ^ 1];
            return 0;
        }
        if (r != -FS_ECORRUPT) {
            return r;
        }
    }
    return -FS_ECORRUPT;
}

// --- the table of a pair's entries

typedef struct slot {
    uint32_t tag;          // 0: none
    uint16_t off;          // data in the old block, when ram is NULL
    const uint8_t *ram;
} slot_t;

typedef struct ent {
    slot_t s[N_SLOTS];
} ent_t;

typedef struct mload {
    lfs_mdir_t m;
    ent_t *e;
    uint32_t n, cap;
    uint32_t disk_n;       // ids in the log (n, unless replay hid some)
} mload_t;

static void tab_reserve(mload_t *L, uint32_t n) {
    if (n > L->cap) {
        uint32_t cap = n < 8 ? 8 : n * 2;
        L->e = es_gc_realloc(L->e, cap * sizeof(ent_t));
        L->cap = cap;
    }
}

static void tab_insert(mload_t *L, uint32_t id, const ent_t *e) {
    tab_reserve(L, L->n + 1);
    memmove(&L->e[id + 1], &L->e[id], (L->n - id) * sizeof(ent_t));
    L->e[id] = *e;
    L->n++;
}

static void tab_remove(mload_t *L, uint32_t id) {
    memmove(&L->e[id], &L->e[id + 1], (L->n - id - 1) * sizeof(ent_t));
    L->n--;
}

static void tab_set(mload_t *L, uint32_t id, int slot, uint32_t tag,
    uint32_t off) {
    if (id >= 0x3ff) {
        return;
    }
    tab_reserve(L, id + 1);
    while (L->n <= id) {
        memset(&L->e[L->n++], 0, sizeof(ent_t));
    }
    slot_t *s = &L->e[id].s[slot];
    s->tag = T_DELETED(tag) ? 0 : tag;
    s->off = (uint16_t)off;
    s->ram = NULL;
}

static bool pair_eq(const uint32_t a[2], const uint32_t b[2]) {
    return (a[0] == b[0] && a[1] == b[1]) || (a[0] == b[1] && a[1] == b[0]);
}

// Replay the valid commits of L->m into the table.
static int replay(lfs_t *fs, mload_t *L) {
    uint32_t block = L->m.pair[0], ptag = 0xffffffff, off = 4;
    uint8_t b[4];
    L->n = 0;
    while (off < L->m.off) {
        int r = bd_read(fs, block, off, b, 4);
        if (r != 0) {
            return r;
        }
        uint32_t tag = ((uint32_t)b[0] << 24 | (uint32_t)b[1] << 16
            | (uint32_t)b[2] << 8 | b[3]) ^ ptag;
        ptag = tag & 0x7fffffff;
        uint32_t t3 = T_TYPE3(tag), id = T_ID(tag);
        if ((t3 & 0x780) == TY_CRC) {
            ptag ^= (T_CHUNK(tag) & 1u) << 31;
        } else if (t3 == TY_CREATE && id <= L->n) {
            ent_t e;
            memset(&e, 0, sizeof(e));
            tab_insert(L, id, &e);
        } else if (t3 == TY_DELETE && id < L->n) {
            tab_remove(L, id);
        } else if (T_TYPE1(tag) == 0) {
            tab_set(L, id, S_NAME, tag, off + 4);
        } else if (T_TYPE1(tag) == 2) {
            tab_set(L, id, S_STRUCT, tag, off + 4);
        } else if (t3 == TY_MTIME) {
            tab_set(L, id, S_MTIME, tag, off + 4);
        }
        off += T_DSIZE(tag);
    }
    L->disk_n = L->n;
    // The source of a pending move is deleted (SPEC.md: "the source of the
    // move should be considered deleted").
    if (T_TYPE1(fs->gs.tag) != 0 && pair_eq(fs->gs.pair, L->m.pair)
        && T_ID(fs->gs.tag) < L->n) {
        tab_remove(L, T_ID(fs->gs.tag));
    }
    // Entries without a name (never complete) are dropped.
    for (uint32_t i = 0; i < L->n;) {
        if (L->e[i].s[S_NAME].tag == 0) {
            tab_remove(L, i);
        } else {
            i++;
        }
    }
    return 0;
}

// Fetch and replay pair [pair] into [L] (its table in the arena).
static int load(lfs_t *fs, const uint32_t pair[2], mload_t *L) {
    memset(L, 0, sizeof(*L));
    int r = fetch(fs, pair, &L->m);
    return r != 0 ? r : replay(fs, L);
}

static void unload(mload_t *L) {
    es_gc_free(L->e);
    L->e = NULL;
}

// The data of slot [s] (at most [n] bytes) into [buf].
static int slot_read(lfs_t *fs, const mload_t *L, const slot_t *s,
    void *buf, uint32_t n) {
    uint32_t size = T_SIZE(s->tag);
    n = n < size ? n : size;
    if (s->ram != NULL) {
        memcpy(buf, s->ram, n);
        return 0;
    }
    return bd_read(fs, L->m.pair[0], s->off, buf, n);
}

// Entry [id] as an lfs_info.
static int ent_info(lfs_t *fs, const mload_t *L, uint32_t id,
    lfs_info_t *info) {
    const ent_t *e = &L->e[id];
    uint32_t nt = e->s[S_NAME].tag, st = e->s[S_STRUCT].tag;
    memset(info, 0, sizeof(*info));
    info->type = (uint8_t)T_CHUNK(nt);
    int r = slot_read(fs, L, &e->s[S_NAME], info->name, LFS_NAME_MAX);
    if (r != 0) {
        return r;
    }
    uint8_t b[8] = {0};
    info->head = LFS_NULL;
    info->pair[0] = info->pair[1] = LFS_NULL;
    if (st != 0 && (r = slot_read(fs, L, &e->s[S_STRUCT], b, 8)) != 0) {
        return r;
    }
    if (T_TYPE3(st) == TY_INLINE) {
        info->size = T_SIZE(st);
    } else if (T_TYPE3(st) == TY_CTZ) {
        info->head = ld32(b);
        info->size = ld32(b + 4);
    } else if (T_TYPE3(st) == TY_DIRSTRUCT) {
        info->pair[0] = ld32(b);
        info->pair[1] = ld32(b + 4);
    }
    info->mtime_ns = -1;
    if (T_SIZE(e->s[S_MTIME].tag) == 8) {
        if ((r = slot_read(fs, L, &e->s[S_MTIME], b, 8)) != 0) {
            return r;
        }
        info->mtime_ns = (int64_t)(ld32(b) | (uint64_t)ld32(b + 4) << 32);
    }
    return 0;
}

// Compare name [s] ([n] bytes) with entry [id]'s: <0, 0, >0, in
// littlefs's directory order: bytes first; when one name is a prefix of
// the other, the longer one comes first ("test_d1" before "test").
static int ent_cmp(lfs_t *fs, const mload_t *L, uint32_t id, const char *s,
    size_t n, int *cmp) {
    const slot_t *sl = &L->e[id].s[S_NAME];
    uint32_t len = T_SIZE(sl->tag);
    char name[LFS_NAME_MAX];
    int r = slot_read(fs, L, sl, name, len);
    if (r != 0) {
        return r;
    }
    int c = memcmp(s, name, n < len ? n : len);
    *cmp = c != 0 ? c : (n < len) - (n > len);
    return 0;
}

// --- allocation

static void mark(lfs_t *fs, uint32_t b) {
    if (b < fs->bc) {
        fs->used[b / 8] |= (uint8_t)(1 << (b % 8));
    }
}

static bool is_used(const lfs_t *fs, uint32_t b) {
    return fs->used[b / 8] >> (b % 8) & 1;
}

static int file_ptr(lfs_file_t *f, uint32_t block, uint32_t i,
    uint32_t *out);

// Mark the blocks of the CTZ list [head] of [size] bytes: a committed
// list ([f] NULL) or one of file [f]'s (whose last block may still be in
// its unit buffer).
static int mark_ctz(lfs_t *fs, lfs_file_t *f, uint32_t head, uint32_t size) {
    if (size == 0 || head == LFS_NULL) {
        return 0;
    }
    uint32_t last = size - 1;
    uint32_t idx = ctz_index(fs->bs, &last);
    for (uint32_t guard = 0; guard <= fs->bc; guard++) {
        if (head >= fs->bc) {
            return -FS_ECORRUPT;
        }
        mark(fs, head);
        if (idx-- == 0) {
            return 0;
        }
        uint8_t b[4];
        int r = f != NULL ? file_ptr(f, head, 0, &head)
            : bd_read(fs, head, 0, b, 4);
        if (r != 0) {
            return r;
        }
        head = f != NULL ? head : ld32(b);
    }
    return -FS_ECORRUPT;
}

// Rebuild the bitmap from what the disk references, plus the blocks of
// the current operation and of open files. *[dirs] (when not NULL): the
// directory entries met.
static int rebuild(lfs_t *fs, uint32_t *dirs) {
    memset(fs->used, 0, (fs->bc + 7) / 8);
    uint32_t pair[2] = {0, 1};
    for (uint32_t guard = 0; pair[0] != LFS_NULL; guard++) {
        if (guard > fs->bc) {
            return -FS_ECORRUPT;
        }
        mload_t L;
        int r = load(fs, pair, &L);
        if (r != 0) {
            unload(&L);
            return r;
        }
        mark(fs, pair[0]);
        mark(fs, pair[1]);
        for (uint32_t i = 0; r == 0 && i < L.n; i++) {
            uint32_t t3 = T_TYPE3(L.e[i].s[S_STRUCT].tag);
            if (dirs != NULL && t3 == TY_DIRSTRUCT) {
                ++*dirs;
            }
            if (t3 == TY_CTZ) {
                lfs_info_t info;
                r = ent_info(fs, &L, i, &info);
                if (r == 0) {
                    r = mark_ctz(fs, NULL, info.head, info.size);
                }
            }
        }
        pair[0] = L.m.tail[0];
        pair[1] = L.m.tail[1];
        unload(&L);
        if (r != 0) {
            return r;
        }
    }
    for (uint32_t i = 0; i < fs->n_flight; i++) {
        mark(fs, fs->flight[i]);
    }
    for (lfs_file_t *f = fs->files; f != NULL; f = f->next) {
        int r = mark_ctz(fs, f, f->nhead, f->nsize);
        if (r == 0 && f->ohead != LFS_NULL) {
            r = mark_ctz(fs, f, f->ohead, f->osize);
        }
        if (r != 0) {
            return r;
        }
    }
    fs->used_valid = true;
    return 0;
}

static int alloc(lfs_t *fs, uint32_t *out) {
    for (int pass = 0; pass < 2; pass++) {
        if (!fs->used_valid || pass == 1) {
            int r = rebuild(fs, NULL);
            if (r != 0) {
                return r;
            }
        }
        for (uint32_t k = 0; k < fs->bc; k++) {
            uint32_t b = (fs->next + k) % fs->bc;
            if (!is_used(fs, b)) {
                mark(fs, b);
                fs->next = (b + 1) % fs->bc;
                if (fs->n_flight < 8) {
                    fs->flight[fs->n_flight++] = b;
                }
                *out = b;
                return 0;
            }
        }
    }
    return -FS_ENOSPC;
}

// --- writing pairs

// A commit being written: bytes go through a program-sized buffer.
typedef struct writer {
    lfs_t *fs;
    uint32_t block, off, crc, ptag;
    uint8_t buf[32];
    uint32_t len;
} writer_t;

static int w_bytes(writer_t *w, const void *data, uint32_t n, bool crc) {
    const uint8_t *p = data;
    if (crc) {
        w->crc = crc32(w->crc, p, n);
    }
    while (n > 0) {
        uint32_t k = w->fs->prog - w->len < n ? w->fs->prog - w->len : n;
        memcpy(w->buf + w->len, p, k);
        w->len += k;
        p += k;
        n -= k;
        if (w->len == w->fs->prog) {
            int r = bd_prog(w->fs, w->block, w->off, w->buf, w->len);
            if (r != 0) {
                return r;
            }
            w->off += w->len;
            w->len = 0;
        }
    }
    return 0;
}

static int w_tag(writer_t *w, uint32_t tag) {
    uint32_t x = (tag & 0x7fffffff) ^ w->ptag;
    uint8_t b[4] = {(uint8_t)(x >> 24), (uint8_t)(x >> 16), (uint8_t)(x >> 8),
        (uint8_t)x};
    w->ptag = tag & 0x7fffffff;
    return w_bytes(w, b, 4, true);
}

// Tag [tag] with the data of slot [s] of table [L] (an old block's data is
// copied in small pieces).
static int w_slot(writer_t *w, const mload_t *L, const slot_t *s,
    uint32_t tag) {
    int r = w_tag(w, tag);
    uint32_t size = T_SIZE(tag);
    if (r != 0 || s->ram != NULL) {
        return r != 0 ? r : w_bytes(w, s->ram, size, true);
    }
    uint8_t b[32];
    for (uint32_t k = 0; k < size; k += sizeof(b)) {
        uint32_t c = size - k < sizeof(b) ? size - k : sizeof(b);
        if ((r = bd_read(w->fs, L->m.pair[0], s->off + k, b, c)) != 0
            || (r = w_bytes(w, b, c, true)) != 0) {
            return r;
        }
    }
    return 0;
}

// End the commit: the CRC tag, whose size pads the commit to a program
// boundary and whose chunk's low bit 0 makes erased (0xff) bytes after it
// read invalid, then the CRC.
static int w_crc(writer_t *w) {
    uint32_t end = w->off + w->len + 8;
    uint32_t pad = (end + w->fs->prog - 1) / w->fs->prog * w->fs->prog - end;
    uint8_t b[12];
    int r = w_tag(w, TAG(TY_CRC, 0x3ff, 4 + pad));
    st32(b, w->crc);
    if (r != 0 || (r = w_bytes(w, b, 4, false)) != 0) {
        return r;
    }
    memset(b, 0xff, sizeof(b));
    while (pad > 0 && r == 0) {
        uint32_t k = pad < 12 ? pad : 12;
        r = w_bytes(w, b, k, false);
        pad -= k;
    }
    return r;
}

// Bytes entries [lo, hi) of [L] take in a commit.
static uint32_t ents_size(const mload_t *L, uint32_t lo, uint32_t hi) {
    uint32_t n = 0;
    for (uint32_t i = lo; i < hi; i++) {
        for (int s = 0; s < N_SLOTS; s++) {
            if (L->e[i].s[s].tag != 0) {
                n += 4 + T_SIZE(L->e[i].s[s].tag);
            }
        }
    }
    return n;
}

// (No const zeros to compare with: on the chip they would sit in flash,
// which memcmp's byte loads cannot read.)
static bool gdelta_zero(const lfs_mdir_t *m) {
    uint8_t any = 0;
    for (int i = 0; i < 12; i++) {
        any |= m->gdelta[i];
    }
    return any == 0;
}

// The fixed part of a commit: revision, tail, move state, CRC and padding.
static uint32_t fixed_size(const lfs_mdir_t *m) {
    return 4 + (m->tail[0] != LFS_NULL ? 12 : 0)
        + (gdelta_zero(m) ? 0 : 16) + 8 + 32;
}

// Write entries [lo, hi) of [L] as one commit at the start of [block] with
// revision [rev], tail and delta of [m].
static int write_commit(lfs_t *fs, const mload_t *L, uint32_t lo,
    uint32_t hi, uint32_t block, uint32_t rev, const lfs_mdir_t *m) {
    int r = bd_erase(fs, block);
    if (r != 0) {
        return r;
    }
    writer_t w = {fs, block, 0, 0xffffffff, 0xffffffff, {0}, 0};
    uint8_t b[12];
    st32(b, rev);
    if ((r = w_bytes(&w, b, 4, true)) != 0) {
        return r;
    }
    for (uint32_t i = lo; r == 0 && i < hi; i++) {
        for (int s = 0; r == 0 && s < N_SLOTS; s++) {
            const slot_t *sl = &L->e[i].s[s];
            if (sl->tag != 0) {
                uint32_t tag = (sl->tag & ~TAG(0, 0x3ff, 0))
                    | TAG(0, i - lo, 0);
                r = w_slot(&w, L, sl, tag);
            }
        }
    }
    if (r == 0 && m->tail[0] != LFS_NULL) {
        st32(b, m->tail[0]);
        st32(b + 4, m->tail[1]);
        if ((r = w_tag(&w, TAG(m->split ? TY_HARDTAIL : TY_SOFTTAIL, 0x3ff,
            8))) == 0) {
            r = w_bytes(&w, b, 8, true);
        }
    }
    if (r == 0 && !gdelta_zero(m)) {
        if ((r = w_tag(&w, TAG(TY_MOVESTATE, 0x3ff, 12))) == 0) {
            r = w_bytes(&w, m->gdelta, 12, true);
        }
    }
    return r != 0 ? r : w_crc(&w);
}

// Allocate a new pair, both blocks erased; [*rev] is the revision its
// first commit must pass (a device may not really erase, and a stale
// commit in the other block must read as older).
static int new_pair(lfs_t *fs, uint32_t pair[2], uint32_t *rev) {
    int r = alloc(fs, &pair[0]);
    if (r == 0 && (r = alloc(fs, &pair[1])) == 0) {
        r = bd_erase(fs, pair[1]);
    }
    uint8_t b[4];
    if (r == 0 && (r = bd_read(fs, pair[1], 0, b, 4)) == 0) {
        *rev = ld32(b);
    }
    return r;
}

// The global state as its 12 bytes on the disk (little-endian words).
static void gs_bytes(const lfs_gstate_t *g, uint8_t b[12]) {
    st32(b, g->tag);
    st32(b + 4, g->pair[0]);
    st32(b + 8, g->pair[1]);
}

// XOR the change from fs->gs to fs->gnext into [m]'s delta.
static void gs_carry(lfs_t *fs, lfs_mdir_t *m) {
    uint8_t a[12], b[12];
    gs_bytes(&fs->gs, a);
    gs_bytes(&fs->gnext, b);
    for (int i = 0; i < 12; i++) {
        m->gdelta[i] ^= a[i] ^ b[i];
    }
}

// Add [n] (+1 or -1) to the orphans of the next commit's global state.
static void gs_orphans(lfs_t *fs, int n) {
    uint32_t t = fs->gnext.tag & 0x7fffffff;
    t = (t & ~0x1ffu) | ((T_SIZE(t) + (uint32_t)n) & 0x1ff);
    fs->gnext.tag = t | (T_SIZE(t) != 0 ? 0x80000000u : 0);
}

static int commit_pair(lfs_t *fs, mload_t *L, bool carry);

// Rewrite [L] (entries, tail, split) into its pair's other block, with
// the change of global state fs->gnext (which becomes fs->gs when the
// commit is written); when it does not fit, the upper entries go to a new
// pair after it (hard tail).
static int commit(lfs_t *fs, mload_t *L) {
    gs_carry(fs, &L->m);
    int r = commit_pair(fs, L, true);
    // A failed commit changes nothing: neither may the next one carry its
    // change of global state.
    if (r == 0) {
        fs->gs = fs->gnext;
    } else {
        fs->gnext = fs->gs;
    }
    return r;
}

// A change made to one entry of a table, for appending it.
enum { CH_SET, CH_CREATE, CH_DELETE };

// Are the bytes [off, end) of [block] erased?
static int erased(lfs_t *fs, uint32_t block, uint32_t off, uint32_t end,
    bool *yes) {
    uint8_t b[32];
    *yes = true;
    for (; off < end && *yes; off += sizeof(b)) {
        uint32_t k = end - off < sizeof(b) ? end - off : sizeof(b);
        int r = bd_read(fs, block, off, b, k);
        if (r != 0) {
            return r;
        }
        for (uint32_t i = 0; i < k; i++) {
            *yes = *yes && b[i] == 0xff;
        }
    }
    return 0;
}

// Append the change [kind] of entry [id] (already made in the table) as
// one commit after the log of [L]'s block (SPEC.md: commits are appended
// until the block is full, then compacted). 1 when written (L reloaded);
// 0 when the pair must be compacted instead: the table's ids are not the
// log's (replay hid some), the global state changes, the commit does not
// fit, or the bytes after the log are not erased (a commit torn by a
// power cut: programming over it would corrupt the new one).
static int append(lfs_t *fs, mload_t *L, int kind, uint32_t id) {
    uint32_t was = L->n + (kind == CH_DELETE) - (kind == CH_CREATE);
    if (L->disk_n != was || L->m.off == 0
        || memcmp(&fs->gs, &fs->gnext, sizeof(fs->gs)) != 0) {
        return 0;
    }
    const ent_t *e = kind == CH_DELETE ? NULL : &L->e[id];
    uint32_t size = kind == CH_SET ? 0 : 4;
    for (int s = kind == CH_SET ? S_STRUCT : 0; e != NULL && s < N_SLOTS;
        s++) {
        size += e->s[s].tag != 0 ? 4 + T_SIZE(e->s[s].tag) : 0;
    }
    uint32_t end = (L->m.off + size + 8 + fs->prog - 1) / fs->prog
        * fs->prog;
    bool yes = false;
    int r = end > fs->bs ? 0 : erased(fs, L->m.pair[0], L->m.off, end, &yes);
    if (r != 0 || !yes) {
        return r;
    }
    writer_t w = {fs, L->m.pair[0], L->m.off, 0xffffffff, L->m.etag, {0}, 0};
    if (kind != CH_SET) {
        r = w_tag(&w, TAG(kind == CH_DELETE ? TY_DELETE : TY_CREATE, id, 0));
    }
    for (int s = kind == CH_SET ? S_STRUCT : 0; r == 0 && e != NULL
        && s < N_SLOTS; s++) {
        const slot_t *sl = &e->s[s];
        if (sl->tag != 0) {
            r = w_slot(&w, L, sl, (sl->tag & ~TAG(0, 0x3ff, 0)) | TAG(0, id, 0));
        }
    }
    if (r == 0 && (r = w_crc(&w)) == 0) {
        uint32_t pair[2] = {L->m.pair[0], L->m.pair[1]};
        unload(L);
        r = load(fs, pair, L);
    }
    return r != 0 ? r : 1;
}

// Commit the change [kind] of entry [id]: appended when it can be, else
// by compaction.
static int commit_change(lfs_t *fs, mload_t *L, int kind, uint32_t id) {
    int r = append(fs, L, kind, id);
    return r < 0 ? r : r == 1 ? 0 : commit(fs, L);
}

static int commit_pair(lfs_t *fs, mload_t *L, bool carry) {
    uint32_t hi = L->n;
    uint32_t room = fs->bs - fixed_size(&L->m) - 12;
    while (hi > 1 && ents_size(L, 0, hi) > room) {
        hi = (hi + 1) / 2;
    }
    if (ents_size(L, 0, hi) > room) {
        return -FS_ENOSPC; // one entry larger than a block
    }
    if (hi < L->n) {
        mload_t U = {L->m, NULL, 0, 0, 0};
        uint32_t pair[2], rev;
        int r = new_pair(fs, pair, &rev);
        if (r != 0) {
            return r;
        }
        // The upper part: same tail and split as [L] had.
        U.e = L->e + hi;
        U.n = L->n - hi;
        memset(U.m.gdelta, 0, 12);
        U.m.pair[0] = L->m.pair[0]; // old data is read from L's block
        mload_t W = U;
        W.m.pair[0] = pair[0];
        W.m.pair[1] = pair[1];
        W.m.rev = rev;
        // split recursively through a temporary table
        mload_t T = {W.m, NULL, 0, 0, 0};
        tab_reserve(&T, U.n);
        memcpy(T.e, U.e, U.n * sizeof(ent_t));
        T.n = U.n;
        // T's slots that refer to the old block are read through U.
        for (uint32_t i = 0; i < T.n; i++) {
            for (int s = 0; s < N_SLOTS; s++) {
                slot_t *sl = &T.e[i].s[s];
                if (sl->tag != 0 && sl->ram == NULL) {
                    uint8_t *copy = es_gc_alloc(T_SIZE(sl->tag) + 1,
                        ES_GC_LEAF);
                    if ((r = slot_read(fs, L, sl, copy, T_SIZE(sl->tag)))
                        != 0) {
                        return r;
                    }
                    sl->ram = copy;
                }
            }
        }
        T.m.pair[0] = pair[1]; // written into pair[0] by commit's swap
        T.m.pair[1] = pair[0];
        if ((r = commit_pair(fs, &T, false)) != 0) {
            return r;
        }
        unload(&T);
        L->n = hi;
        L->m.tail[0] = pair[0];
        L->m.tail[1] = pair[1];
        L->m.split = true;
    }
    uint32_t block = L->m.pair[1];
    int r = write_commit(fs, L, 0, L->n, block, L->m.rev + 1, &L->m);
    if (r != 0) {
        return r;
    }
    // The table's block references now point into the new block: reload
    // (with the new global state: a move written here hides its source).
    uint32_t pair[2] = {block, L->m.pair[0]};
    unload(L);
    lfs_gstate_t gs = fs->gs;
    if (carry) {
        fs->gs = fs->gnext;
    }
    r = load(fs, pair, L);
    fs->gs = gs;
    return r;
}

// --- paths

// A path component: [s] of [n] bytes.
typedef struct comp {
    const char *s;
    size_t n;
} comp_t;

// Where a name is (or would go) in a directory: its pair loaded in [L],
// the id, and whether it exists.
typedef struct where {
    mload_t L;
    uint32_t id;
    bool found;
    uint32_t dir[2];       // the directory's first pair
} where_t;

// Find [c] in the directory starting at [dir]: found, or the place to
// insert it (the first pair holding a greater name, else the last pair).
static int dir_find(lfs_t *fs, const uint32_t dir[2], comp_t c, where_t *w) {
    uint32_t pair[2] = {dir[0], dir[1]};
    w->dir[0] = dir[0];
    w->dir[1] = dir[1];
    for (uint32_t guard = 0;; guard++) {
        if (guard > fs->bc) {
            return -FS_ECORRUPT;
        }
        int r = load(fs, pair, &w->L);
        if (r != 0) {
            unload(&w->L);
            return r;
        }
        for (uint32_t i = 0; i < w->L.n; i++) {
            uint32_t type = T_CHUNK(w->L.e[i].s[S_NAME].tag);
            if (type == TY_SUPER) {
                continue;
            }
            int cmp;
            if ((r = ent_cmp(fs, &w->L, i, c.s, c.n, &cmp)) != 0) {
                unload(&w->L);
                return r;
            }
            if (cmp <= 0) {
                w->id = i;
                w->found = cmp == 0;
                return 0;
            }
        }
        if (!w->L.m.split) {
            w->id = w->L.n;
            w->found = false;
            return 0;
        }
        pair[0] = w->L.m.tail[0];
        pair[1] = w->L.m.tail[1];
        unload(&w->L);
    }
}

// Walk [path] to its last component: [w] says where it is; [*last] is it.
// ENOENT/ENOTDIR for a missing or non-directory parent; the root itself
// gives ROOT (a positive answer: no entry holds the root).
static int walk(lfs_t *fs, const char *path, where_t *w, comp_t *last) {
    uint32_t dir[2] = {0, 1};
    memset(w, 0, sizeof(*w));
    while (*path == '/') {
        path++;
    }
    if (*path == '\0') {
        return ROOT;
    }
    for (;;) {
        const char *end = strchr(path, '/');
        comp_t c = {path, end ? (size_t)(end - path) : strlen(path)};
        const char *rest = path + c.n;
        while (*rest == '/') {
            rest++;
        }
        if (c.n > LFS_NAME_MAX) {
            return -FS_ENAMETOOLONG;
        }
        int r = dir_find(fs, dir, c, w);
        if (r != 0) {
            return r;
        }
        if (*rest == '\0') {
            *last = c;
            return 0;
        }
        if (!w->found) {
            unload(&w->L);
            return -FS_ENOENT;
        }
        lfs_info_t info;
        r = ent_info(fs, &w->L, w->id, &info);
        unload(&w->L);
        if (r != 0) {
            return r;
        }
        if (info.type != TY_DIR) {
            return -FS_ENOTDIR;
        }
        dir[0] = info.pair[0];
        dir[1] = info.pair[1];
        path = rest;
    }
}

int lfs_stat(lfs_t *fs, const char *path, lfs_info_t *info) {
    where_t w;
    comp_t c;
    int r = walk(fs, path, &w, &c);
    if (r == ROOT) {
        memset(info, 0, sizeof(*info));
        info->type = TY_DIR;
        info->pair[0] = 0;
        info->pair[1] = 1;
        info->mtime_ns = -1;
        info->name[0] = '/';
        return 0;
    }
    if (r != 0) {
        return r;
    }
    r = w.found ? ent_info(fs, &w.L, w.id, info) : -FS_ENOENT;
    unload(&w.L);
    return r;
}

// --- the threaded list

// The last pair of the directory chain starting at [dir], loaded.
static int dir_last(lfs_t *fs, const uint32_t dir[2], mload_t *L) {
    uint32_t pair[2] = {dir[0], dir[1]};
    for (uint32_t guard = 0;; guard++) {
        int r = guard > fs->bc ? -FS_ECORRUPT : load(fs, pair, L);
        if (r != 0 || !L->m.split) {
            return r;
        }
        pair[0] = L->m.tail[0];
        pair[1] = L->m.tail[1];
        unload(L);
    }
}

// The pair whose tail is [pair] on the threaded list, loaded.
static int pred(lfs_t *fs, const uint32_t pair[2], mload_t *L) {
    uint32_t p[2] = {0, 1};
    for (uint32_t guard = 0; p[0] != LFS_NULL; guard++) {
        int r = guard > fs->bc ? -FS_ECORRUPT : load(fs, p, L);
        if (r != 0) {
            return r;
        }
        if (pair_eq(L->m.tail, pair)) {
            return 0;
        }
        p[0] = L->m.tail[0];
        p[1] = L->m.tail[1];
        unload(L);
    }
    return -FS_ECORRUPT;
}

// --- directories

static slot_t ram_slot(uint32_t tag, const void *data) {
    uint32_t n = T_SIZE(tag);
    uint8_t *copy = es_gc_alloc(n + 1, ES_GC_LEAF);
    memcpy(copy, data, n);
    return (slot_t){tag, 0, copy};
}

int lfs_mkdir(lfs_t *fs, const char *path) {
    where_t w;
    comp_t c;
    fs->n_flight = 0;
    int r = walk(fs, path, &w, &c);
    if (r != 0) {
        return r == ROOT ? -FS_EEXIST : r;
    }
    if (w.found) {
        unload(&w.L);
        return -FS_EEXIST;
    }
    // The new pair goes on the threaded list after the parent's last pair.
    mload_t last;
    if ((r = dir_last(fs, w.dir, &last)) != 0) {
        unload(&w.L);
        return r;
    }
    uint32_t pair[2], rev;
    mload_t D;
    memset(&D, 0, sizeof(D));
    if ((r = new_pair(fs, pair, &rev)) != 0) {
        return r;
    }
    D.m.pair[0] = pair[1];
    D.m.pair[1] = pair[0];
    D.m.rev = rev;
    D.m.tail[0] = last.m.tail[0];
    D.m.tail[1] = last.m.tail[1];
    D.m.split = false;
    if ((r = commit(fs, &D)) != 0) {
        return r;
    }
    unload(&D);
    uint8_t b[8];
    st32(b, pair[0]);
    st32(b + 4, pair[1]);
    ent_t e;
    memset(&e, 0, sizeof(e));
    e.s[S_NAME] = ram_slot(TAG(TY_DIR, 0, c.n), c.s);
    e.s[S_STRUCT] = ram_slot(TAG(TY_DIRSTRUCT, 0, 8), b);
    // When the parent's last pair is not the one the entry goes in, the new
    // pair is on the threaded list before any entry holds it: an orphan
    // until the second commit.
    bool same = pair_eq(last.m.pair, w.L.m.pair);
    if (!same) {
        last.m.tail[0] = pair[0];
        last.m.tail[1] = pair[1];
        last.m.split = false;
        gs_orphans(fs, +1);
        if ((r = commit(fs, &last)) != 0) {
            return r;
        }
        gs_orphans(fs, -1);
    } else {
        w.L.m.tail[0] = pair[0];
        w.L.m.tail[1] = pair[1];
    }
    unload(&last);
    tab_insert(&w.L, w.id, &e);
    r = commit(fs, &w.L);
    unload(&w.L);
    return r;
}

// Is the directory at [dir] empty (every pair of its chain)?
static int dir_empty(lfs_t *fs, const uint32_t dir[2], uint32_t last[2]) {
    uint32_t pair[2] = {dir[0], dir[1]};
    for (uint32_t guard = 0;; guard++) {
        mload_t L;
        int r = guard > fs->bc ? -FS_ECORRUPT : load(fs, pair, &L);
        if (r != 0) {
            unload(&L);
            return r;
        }
        bool empty = L.n == 0, split = L.m.split;
        last[0] = pair[0];
        last[1] = pair[1];
        pair[0] = L.m.tail[0];
        pair[1] = L.m.tail[1];
        unload(&L);
        if (!empty) {
            return 0;
        }
        if (!split) {
            return 1;
        }
    }
}

// Take the directory whose first pair is [first] (its entry already gone)
// off the threaded list: its predecessor's tail skips the directory's
// chain and takes over the chain's deltas; the commit counts one orphan
// less.
static int drop_chain(lfs_t *fs, const uint32_t first[2]) {
    mload_t P, E;
    int r = pred(fs, first, &P);
    if (r != 0) {
        return r;
    }
    uint32_t pair[2] = {first[0], first[1]};
    for (uint32_t guard = 0;; guard++) {
        if ((r = guard > fs->bc ? -FS_ECORRUPT : load(fs, pair, &E)) != 0) {
            unload(&P);
            return r;
        }
        for (int i = 0; i < 12; i++) {
            P.m.gdelta[i] ^= E.m.gdelta[i];
        }
        if (!E.m.split) {
            break;
        }
        pair[0] = E.m.tail[0];
        pair[1] = E.m.tail[1];
        unload(&E);
    }
    P.m.tail[0] = E.m.tail[0];
    P.m.tail[1] = E.m.tail[1];
    P.m.split = E.m.split;
    unload(&E);
    if (T_SIZE(fs->gnext.tag) & 0x1ff) {
        gs_orphans(fs, -1);
    }
    r = commit(fs, &P);
    unload(&P);
    return r;
}

// Commit [L] after the removal of entry [id]. A pair left empty that continues a
// directory (its predecessor's tail is a hard tail to it) leaves the list
// instead, in one commit of the predecessor, which takes over its tail
// and its delta (with this commit's change of global state), as the
// reference drops such pairs.
static int remove_commit(lfs_t *fs, mload_t *L, uint32_t id) {
    mload_t P;
    if (L->n != 0 || pair_eq(L->m.pair, (uint32_t[2]){0, 1})
        || pred(fs, L->m.pair, &P) != 0) {
        return commit_change(fs, L, CH_DELETE, id);
    }
    if (!P.m.split) {
        unload(&P);
        return commit_change(fs, L, CH_DELETE, id);
    }
    P.m.tail[0] = L->m.tail[0];
    P.m.tail[1] = L->m.tail[1];
    P.m.split = L->m.split;
    for (int i = 0; i < 12; i++) {
        P.m.gdelta[i] ^= L->m.gdelta[i];
    }
    int r = commit(fs, &P);
    unload(&P);
    return r;
}

int lfs_remove(lfs_t *fs, const char *path) {
    where_t w;
    comp_t c;
    fs->n_flight = 0;
    int r = walk(fs, path, &w, &c);
    if (r != 0) {
        return r == ROOT ? -FS_EACCES : r;
    }
    lfs_info_t info;
    r = w.found ? ent_info(fs, &w.L, w.id, &info) : -FS_ENOENT;
    if (r == 0 && info.type == TY_DIR) {
        uint32_t last[2];
        if ((r = dir_empty(fs, info.pair, last)) != 1) {
            unload(&w.L);
            return r < 0 ? r : -FS_ENOTEMPTY;
        }
        // The entry goes first, the directory's pairs become an orphan,
        // then leave the threaded list.
        gs_orphans(fs, +1);
        tab_remove(&w.L, w.id);
        r = remove_commit(fs, &w.L, w.id);
        unload(&w.L);
        return r != 0 ? r : drop_chain(fs, info.pair);
    }
    if (r == 0) {
        tab_remove(&w.L, w.id);
        r = remove_commit(fs, &w.L, w.id);
    }
    unload(&w.L);
    return r;
}

// The source's entry [src] with its data in RAM, renamed [name].
static int moved_entry(lfs_t *fs, const where_t *src, comp_t name,
    ent_t *e) {
    *e = src->L.e[src->id];
    for (int s = S_STRUCT; s < N_SLOTS; s++) {
        uint32_t n = T_SIZE(e->s[s].tag);
        if (e->s[s].tag != 0 && e->s[s].ram == NULL) {
            uint8_t *copy = es_gc_alloc(n + 1, ES_GC_LEAF);
            int r = slot_read(fs, &src->L, &e->s[s], copy, n);
            if (r != 0) {
                return r;
            }
            e->s[s].ram = copy;
        }
    }
    e->s[S_NAME] = ram_slot(TAG(T_TYPE3(e->s[S_NAME].tag), 0, name.n),
        name.s);
    return 0;
}

// Can [si] replace [di] (rename onto an existing name)? 0, or why not.
static int replaceable(lfs_t *fs, const lfs_info_t *si,
    const lfs_info_t *di) {
    if (di->type != si->type) {
        return di->type == TY_DIR ? -FS_EISDIR : -FS_ENOTDIR;
    }
    uint32_t last[2];
    int r = di->type == TY_DIR ? dir_empty(fs, di->pair, last) : 1;
    return r < 0 ? r : r == 0 ? -FS_ENOTEMPTY : 0;
}

// Complete the pending move: the source's pair (which load shows without
// the source) committed with the move cleared.
static int finish_move(lfs_t *fs) {
    mload_t L;
    uint32_t pair[2] = {fs->gs.pair[0], fs->gs.pair[1]};
    int r = load(fs, pair, &L);
    if (r == 0) {
        fs->gnext.tag &= ~TAG(0x7ff, 0x3ff, 0);
        fs->gnext.pair[0] = fs->gnext.pair[1] = 0;
        r = remove_commit(fs, &L, T_ID(fs->gs.tag));
    }
    unload(&L);
    return r;
}

// Does an entry of some directory hold [pair] as its first pair? 1, 0 or
// a negative errno.
static int held(lfs_t *fs, const uint32_t pair[2]) {
    uint32_t p[2] = {0, 1};
    for (uint32_t guard = 0; p[0] != LFS_NULL; guard++) {
        mload_t L = {.e = NULL};
        int r = guard > fs->bc ? -FS_ECORRUPT : load(fs, p, &L);
        for (uint32_t i = 0; r == 0 && i < L.n; i++) {
            uint8_t b[8];
            if (T_TYPE3(L.e[i].s[S_STRUCT].tag) == TY_DIRSTRUCT
                && (r = slot_read(fs, &L, &L.e[i].s[S_STRUCT], b, 8)) == 0) {
                uint32_t d[2] = {ld32(b), ld32(b + 4)};
                r = pair_eq(d, pair);
            }
        }
        p[0] = L.m.tail[0];
        p[1] = L.m.tail[1];
        unload(&L);
        if (r != 0) {
            return r;
        }
    }
    return 0;
}

// Take every orphan off the threaded list (a directory's first pair that
// no entry holds), then clear the count.
static int deorphan(lfs_t *fs) {
    uint32_t p[2] = {0, 1};
    for (uint32_t guard = 0; p[0] != LFS_NULL; guard++) {
        mload_t L = {.e = NULL};
        int r = guard > fs->bc ? -FS_ECORRUPT : load(fs, p, &L);
        uint32_t next[2] = {L.m.tail[0], L.m.tail[1]};
        bool split = L.m.split;
        unload(&L);
        if (r == 0 && !split && next[0] != LFS_NULL
            && (r = held(fs, next)) == 0) {
            r = drop_chain(fs, next);
            next[0] = 0; // the list changed: from the root again
            next[1] = 1;
        }
        if (r < 0) {
            return r;
        }
        p[0] = next[0];
        p[1] = next[1];
    }
    if (fs->gnext.tag & 0x800001ffu) {
        mload_t L;
        uint32_t root[2] = {0, 1};
        int r = load(fs, root, &L);
        fs->gnext.tag &= ~0x800001ffu;
        r = r != 0 ? r : commit(fs, &L);
        unload(&L);
        return r;
    }
    return 0;
}

// The global state: the XOR of every pair's delta; then, on a writable
// device, what a power cut left pending is completed.
static int gs_load(lfs_t *fs) {
    uint8_t g[12] = {0};
    uint32_t p[2] = {0, 1};
    for (uint32_t guard = 0; p[0] != LFS_NULL; guard++) {
        lfs_mdir_t m;
        int r = guard > fs->bc ? -FS_ECORRUPT : fetch(fs, p, &m);
        if (r != 0) {
            return r;
        }
        for (int i = 0; i < 12; i++) {
            g[i] ^= m.gdelta[i];
        }
        p[0] = m.tail[0];
        p[1] = m.tail[1];
    }
    fs->gs.tag = ld32(g);
    fs->gs.pair[0] = ld32(g + 4);
    fs->gs.pair[1] = ld32(g + 8);
    fs->gnext = fs->gs;
    int r = 0;
    if (!fs->bd->readonly && T_TYPE1(fs->gs.tag) != 0) {
        r = finish_move(fs);
    }
    if (r == 0 && !fs->bd->readonly && (fs->gs.tag & 0x800001ffu)) {
        r = deorphan(fs);
    }
    return r;
}

// A rename is one commit when both names are in one pair. Between pairs,
// the destination's commit carries a pending move of the source (readers
// and the next mount treat the source as deleted), the source's commit
// clears it. A directory replaced is an orphan until its pairs leave the
// threaded list.
int lfs_rename(lfs_t *fs, const char *from, const char *to) {
    where_t src, dst;
    comp_t cs, cd;
    fs->n_flight = 0;
    int r = walk(fs, from, &src, &cs);
    if (r != 0) {
        return r == ROOT ? -FS_EACCES : r;
    }
    lfs_info_t si, di;
    ent_t e;
    r = !src.found ? -FS_ENOENT : ent_info(fs, &src.L, src.id, &si);
    if (r == 0 && (r = walk(fs, to, &dst, &cd)) != 0) {
        r = r == ROOT ? -FS_EINVAL : r;
    } else if (r == 0) {
        r = moved_entry(fs, &src, cd, &e);
        if (r == 0 && dst.found) {
            r = ent_info(fs, &dst.L, dst.id, &di);
            if (r == 0 && cs.n == cd.n && memcmp(cs.s, cd.s, cs.n) == 0
                && pair_eq(src.dir, dst.dir)) {
                r = 1; // onto itself
            } else if (r == 0) {
                r = replaceable(fs, &si, &di);
            }
        }
        if (r != 0) {
            unload(&dst.L);
        }
    }
    unload(&src.L);
    if (r != 0) {
        return r < 0 ? r : 0;
    }
    bool orphan = dst.found && di.type == TY_DIR;
    bool same = pair_eq(src.L.m.pair, dst.L.m.pair);
    uint32_t sid = src.id;
    if (dst.found) {
        dst.L.e[dst.id] = e;
    } else {
        tab_insert(&dst.L, dst.id, &e);
        sid += same && dst.id <= sid;
    }
    if (orphan) {
        gs_orphans(fs, +1);
    }
    if (same) {
        tab_remove(&dst.L, sid);
    } else {
        fs->gnext.tag = (fs->gnext.tag & ~TAG(0x7ff, 0x3ff, 0))
            | TAG(TY_DELETE, sid, 0);
        fs->gnext.pair[0] = src.L.m.pair[0];
        fs->gnext.pair[1] = src.L.m.pair[1];
    }
    r = commit(fs, &dst.L);
    unload(&dst.L);
    if (r == 0 && !same) {
        r = finish_move(fs);
    }
    return r != 0 || !orphan ? r : drop_chain(fs, di.pair);
}

int lfs_opendir(lfs_t *fs, const char *path, lfs_dir_t *d) {
    lfs_info_t info;
    int r = lfs_stat(fs, path, &info);
    if (r != 0) {
        return r;
    }
    if (info.type != TY_DIR) {
        return -FS_ENOTDIR;
    }
    d->m.pair[0] = info.pair[0];
    d->m.pair[1] = info.pair[1];
    d->id = 0;
    return 0;
}

int lfs_readdir(lfs_t *fs, lfs_dir_t *d, lfs_info_t *info) {
    for (uint32_t guard = 0; d->m.pair[0] != LFS_NULL; guard++) {
        mload_t L;
        int r = guard > fs->bc ? -FS_ECORRUPT : load(fs, d->m.pair, &L);
        if (r != 0) {
            unload(&L);
            return r;
        }
        while (d->id < L.n) {
            uint32_t id = d->id++;
            if (T_CHUNK(L.e[id].s[S_NAME].tag) == TY_SUPER) {
                continue;
            }
            r = ent_info(fs, &L, id, info);
            unload(&L);
            return r != 0 ? r : 1;
        }
        bool split = L.m.split;
        d->m.pair[0] = split ? L.m.tail[0] : LFS_NULL;
        d->m.pair[1] = split ? L.m.tail[1] : LFS_NULL;
        d->id = 0;
        unload(&L);
    }
    return 0;
}

int lfs_used_blocks(lfs_t *fs, uint32_t *n) {
    fs->n_flight = 0;
    uint32_t dirs = 0;
    int r = rebuild(fs, &dirs);
    uint32_t count = 2 * dirs; // the reference counts a directory's first
                               // pair again from its entry
    for (uint32_t b = 0; r == 0 && b < fs->bc; b++) {
        count += is_used(fs, b);
    }
    *n = count;
    return r;
}

// --- files

uint32_t lfs_file_size(const lfs_file_t *f) {
    return f->nsize;
}

// Block and offset of byte [pos] of the CTZ list [head] of [size] bytes.
static int ctz_find(lfs_t *fs, uint32_t head, uint32_t size, uint32_t pos,
    uint32_t *block, uint32_t *off) {
    uint32_t last = size - 1;
    uint32_t cur = ctz_index(fs->bs, &last);
    uint32_t target = ctz_index(fs->bs, &pos);
    while (cur > target) {
        uint32_t skip = npw2(cur - target + 1) - 1;
        uint32_t tz = ctz32(cur);
        skip = skip < tz ? skip : tz;
        uint8_t b[4];
        int r = bd_read(fs, head, 4 * skip, b, 4);
        if (r != 0) {
            return r;
        }
        head = ld32(b);
        if (head >= fs->bc) {
            return -FS_ECORRUPT;
        }
        cur -= 1u << skip;
    }
    *block = head;
    *off = pos;
    return 0;
}

static int unit_flush(lfs_file_t *f);

int lfs_read(lfs_file_t *f, void *buf, uint32_t n) {
    lfs_t *fs = f->fs;
    if (!(f->mode & LFS_READ)) {
        return -FS_EBADF;
    }
    if (f->pos >= f->nsize) {
        return 0;
    }
    n = n < f->nsize - f->pos ? n : f->nsize - f->pos;
    if (f->nhead == LFS_NULL) {
        memcpy(buf, f->inl + f->pos, n);
        f->pos += n;
        return (int)n;
    }
    // The unit being filled goes to the device first (writing on later
    // programs the whole unit again: the same bytes, then more).
    int r0 = unit_flush(f);
    if (r0 != 0) {
        return r0;
    }
    uint32_t done = 0;
    while (done < n) {
        uint32_t block, off;
        int r = ctz_find(fs, f->nhead, f->nsize, f->pos, &block, &off);
        if (r != 0) {
            return r;
        }
        uint32_t k = fs->bs - off < n - done ? fs->bs - off : n - done;
        if ((r = bd_read(fs, block, off, (uint8_t *)buf + done, k)) != 0) {
            return r;
        }
        done += k;
        f->pos += k;
    }
    return (int)done;
}

// Append [n] bytes (NULL: zeros) to the file's new CTZ list, which grows
// block by block (new blocks only: a committed block is never written
// again; a partly filled last block is copied into a new one first).
static int ctz_append(lfs_file_t *f, const uint8_t *data, uint32_t n);

// The file's contents as a CTZ list (from inline data).
static int outline(lfs_file_t *f) {
    uint32_t size = f->nsize;
    f->nhead = 0;
    f->nsize = 0;
    f->wblock = LFS_NULL;
    uint8_t *copy = es_gc_alloc(size + 1, ES_GC_LEAF);
    memcpy(copy, f->inl, size);
    int r = ctz_append(f, copy, size);
    es_gc_free(copy);
    return r;
}

// Pointer [i] of block [block] of [f]'s list (from the unit buffer while
// that part of the block is not programmed yet).
static int file_ptr(lfs_file_t *f, uint32_t block, uint32_t i,
    uint32_t *out) {
    lfs_t *fs = f->fs;
    uint32_t base = f->woff & ~(fs->prog - 1);
    if (block == f->wblock && 4 * i >= base) {
        *out = ld32(f->unit + 4 * i - base);
        return 0;
    }
    uint8_t b[4];
    int r = bd_read(fs, block, 4 * i, b, 4);
    *out = ld32(b);
    return r;
}

// Program the unit buffer (padded with 0xff to a whole unit). The unit
// keeps its bytes: more may be put in it and it is programmed again.
static int unit_flush(lfs_file_t *f) {
    lfs_t *fs = f->fs;
    uint32_t base = f->woff & ~(fs->prog - 1);
    uint32_t used = f->woff - base;
    if (f->wblock == LFS_NULL || used == 0) {
        return 0;
    }
    memset(f->unit + used, 0xff, fs->prog - used);
    return bd_prog(fs, f->wblock, base, f->unit, fs->prog);
}

// Put [n] bytes (NULL: zeros) at woff of wblock.
static int put(lfs_file_t *f, const uint8_t *data, uint32_t n) {
    lfs_t *fs = f->fs;
    while (n > 0) {
        uint32_t base = f->woff & ~(fs->prog - 1);
        uint32_t used = f->woff - base;
        uint32_t k = fs->prog - used < n ? fs->prog - used : n;
        if (data != NULL) {
            memcpy(f->unit + used, data, k);
            data += k;
        } else {
            memset(f->unit + used, 0, k);
        }
        f->woff += k;
        n -= k;
        if (used + k == fs->prog) {
            int r = bd_prog(fs, f->wblock, base, f->unit, fs->prog);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

// A writable last block: a new one, holding a copy of a partly filled
// last block, or the next block of the list with its skip pointers.
static int open_block(lfs_file_t *f) {
    lfs_t *fs = f->fs;
    uint32_t nb;
    int r = alloc(fs, &nb);
    if (r != 0 || (r = bd_erase(fs, nb)) != 0) {
        return r;
    }
    uint32_t head = f->nhead, size = f->nsize;
    f->wblock = nb;
    f->woff = 0;
    f->nhead = nb;
    if (size == 0) {
        return 0;
    }
    uint32_t last = size - 1;
    uint32_t idx = ctz_index(fs->bs, &last);
    uint32_t used = last + 1;
    if (used != fs->bs) {
        uint8_t b[32];
        for (uint32_t k = 0; k < used; k += sizeof(b)) {
            uint32_t c = used - k < sizeof(b) ? used - k : sizeof(b);
            if ((r = bd_read(fs, head, k, b, c)) != 0
                || (r = put(f, b, c)) != 0) {
                return r;
            }
        }
        return 0;
    }
    uint32_t skips = ctz32(idx + 1) + 1;
    for (uint32_t i = 0; i < skips; i++) {
        uint8_t b[4];
        st32(b, head);
        if ((r = put(f, b, 4)) != 0) {
            return r;
        }
        if (i != skips - 1) {
            uint8_t p[4];
            if ((r = bd_read(fs, head, 4 * i, p, 4)) != 0) {
                return r;
            }
            head = ld32(p);
        }
    }
    return 0;
}

static int ctz_append(lfs_file_t *f, const uint8_t *data, uint32_t n) {
    lfs_t *fs = f->fs;
    while (n > 0) {
        if (f->wblock == LFS_NULL || f->woff == fs->bs) {
            int r = unit_flush(f);
            if (r != 0 || (r = open_block(f)) != 0) {
                return r;
            }
            continue;
        }
        uint32_t k = fs->bs - f->woff < n ? fs->bs - f->woff : n;
        int r = put(f, data, k);
        if (r != 0) {
            return r;
        }
        if (data != NULL) {
            data += k;
        }
        f->nsize += k;
        n -= k;
    }
    return 0;
}

// Copy bytes [from, to) of the list [head, size) to the end of the new one.
static int copy_range(lfs_file_t *f, uint32_t head, uint32_t size,
    uint32_t from, uint32_t to) {
    lfs_t *fs = f->fs;
    uint8_t b[32];
    while (from < to) {
        uint32_t block, off;
        int r = ctz_find(fs, head, size, from, &block, &off);
        if (r != 0) {
            return r;
        }
        uint32_t k = to - from < sizeof(b) ? to - from : sizeof(b);
        k = fs->bs - off < k ? fs->bs - off : k;
        if ((r = bd_read(fs, block, off, b, k)) != 0
            || (r = ctz_append(f, b, k)) != 0) {
            return r;
        }
        from += k;
    }
    return 0;
}

// Write at a position before the end of a CTZ file: the new list is the
// old one's bytes before [pos], the data, and the old bytes after it.
static int rewrite(lfs_file_t *f, const uint8_t *data, uint32_t n) {
    int r = unit_flush(f);
    if (r != 0) {
        return r;
    }
    f->ohead = f->nhead;
    f->osize = f->nsize;
    f->nhead = LFS_NULL;
    f->nsize = 0;
    f->wblock = LFS_NULL;
    f->nhead = 0;
    uint32_t end = f->pos + n;
    r = copy_range(f, f->ohead, f->osize, 0, f->pos);
    if (r == 0) {
        r = ctz_append(f, data, n);
    }
    if (r == 0 && end < f->osize) {
        r = copy_range(f, f->ohead, f->osize, end, f->osize);
    }
    f->ohead = f->osize = LFS_NULL;
    f->pos = end;
    return r;
}

int lfs_write(lfs_file_t *f, const void *buf, uint32_t n) {
    lfs_t *fs = f->fs;
    const uint8_t *data = buf;
    if (!(f->mode & LFS_WRITE)) {
        return -FS_EBADF;
    }
    if (fs->bd->readonly) {
        return -FS_EROFS;
    }
    if (f->mode & LFS_APPEND) {
        f->pos = f->nsize;
    }
    if ((uint64_t)f->pos + n > 0x7fffffff) {
        return -FS_EFBIG;
    }
    fs->n_flight = 0;
    f->dirty = true;
    int r = 0;
    if (f->nhead == LFS_NULL) {
        if (f->pos + n <= fs->inline_max) {
            if (f->pos > f->nsize) {
                memset(f->inl + f->nsize, 0, f->pos - f->nsize);
            }
            memcpy(f->inl + f->pos, data, n);
            f->pos += n;
            f->nsize = f->pos > f->nsize ? f->pos : f->nsize;
            return (int)n;
        }
        if ((r = outline(f)) != 0) {
            return r;
        }
    }
    if (f->pos > f->nsize
        && (r = ctz_append(f, NULL, f->pos - f->nsize)) != 0) {
        return r;
    }
    if (f->pos < f->nsize) {
        r = rewrite(f, data, n);
    } else {
        r = ctz_append(f, data, n);
        f->pos += n;
    }
    return r != 0 ? r : (int)n;
}

// Put the file's struct (and mtime) into its entry.
int lfs_sync(lfs_file_t *f) {
    lfs_t *fs = f->fs;
    if (!f->dirty) {
        return 0;
    }
    fs->n_flight = 0;
    int r = unit_flush(f);
    if (r != 0) {
        return r;
    }
    f->wblock = LFS_NULL;
    where_t w;
    comp_t c;
    if ((r = walk(fs, f->path, &w, &c)) != 0) {
        return r;
    }
    if (!w.found) {
        unload(&w.L);
        return -FS_ENOENT;
    }
    ent_t *e = &w.L.e[w.id];
    if (f->nhead == LFS_NULL) {
        e->s[S_STRUCT] = ram_slot(TAG(TY_INLINE, 0, f->nsize), f->inl);
    } else {
        uint8_t b[8];
        st32(b, f->nhead);
        st32(b + 4, f->nsize);
        e->s[S_STRUCT] = ram_slot(TAG(TY_CTZ, 0, 8), b);
    }
    if (f->mtime_ns >= 0) {
        uint8_t b[8];
        st32(b, (uint32_t)f->mtime_ns);
        st32(b + 4, (uint32_t)((uint64_t)f->mtime_ns >> 32));
        e->s[S_MTIME] = ram_slot(TAG(TY_MTIME, 0, 8), b);
    }
    r = commit_change(fs, &w.L, CH_SET, w.id);
    unload(&w.L);
    if (r == 0) {
        f->head = f->nhead;
        f->size = f->nsize;
        f->dirty = false;
    }
    return r;
}

static void forget(lfs_file_t *f) {
    for (lfs_file_t **p = &f->fs->files; *p != NULL; p = &(*p)->next) {
        if (*p == f) {
            *p = f->next;
            break;
        }
    }
}

int lfs_close(lfs_file_t *f) {
    int r = f->mode & LFS_WRITE ? lfs_sync(f) : 0;
    forget(f);
    return r;
}

int lfs_open(lfs_t *fs, lfs_file_t *f, const char *path, unsigned mode,
    char create, int64_t mtime_ns) {
    memset(f, 0, sizeof(*f));
    f->fs = fs;
    f->mode = (uint8_t)mode;
    f->mtime_ns = mode & LFS_WRITE ? mtime_ns : -1;
    f->wblock = f->ohead = f->osize = LFS_NULL;
    fs->n_flight = 0;
    where_t w;
    comp_t c;
    int r = walk(fs, path, &w, &c);
    if (r != 0) {
        return r == ROOT ? -FS_EISDIR : r;
    }
    size_t plen = strlen(path);
    f->path = es_gc_alloc(plen + 1, ES_GC_LEAF);
    memcpy(f->path, path, plen + 1);
    f->inl = es_gc_alloc(fs->inline_max, ES_GC_LEAF);
    f->unit = es_gc_alloc(fs->prog, ES_GC_LEAF);
    lfs_info_t info;
    if (!w.found) {
        if (create == 0) {
            unload(&w.L);
            return -FS_ENOENT;
        }
        if (fs->bd->readonly) {
            unload(&w.L);
            return -FS_EROFS;
        }
        ent_t e;
        memset(&e, 0, sizeof(e));
        e.s[S_NAME] = ram_slot(TAG(TY_REG, 0, c.n), c.s);
        e.s[S_STRUCT] = ram_slot(TAG(TY_INLINE, 0, 0), "");
        tab_insert(&w.L, w.id, &e);
        r = commit_change(fs, &w.L, CH_CREATE, w.id);
        unload(&w.L);
        f->head = f->nhead = LFS_NULL;
        f->dirty = true;
    } else {
        r = ent_info(fs, &w.L, w.id, &info);
        if (r == 0 && info.type == TY_DIR) {
            r = -FS_EISDIR;
        } else if (r == 0 && create == 'x') {
            r = -FS_EEXIST;
        } else if (r == 0 && info.head == LFS_NULL) {
            r = slot_read(fs, &w.L, &w.L.e[w.id].s[S_STRUCT], f->inl,
                info.size < fs->inline_max ? info.size : fs->inline_max);
        }
        unload(&w.L);
        if (r == 0 && (mode & LFS_WRITE) && fs->bd->readonly) {
            r = -FS_EROFS;
        }
        f->head = f->nhead = info.head;
        f->size = f->nsize = info.size;
        if (create == 'w' && r == 0) {
            f->nhead = LFS_NULL;
            f->nsize = 0;
            f->dirty = true;
        }
    }
    if (r == 0) {
        f->next = fs->files;
        fs->files = f;
    }
    return r;
}

// --- format and mount

int lfs_mkfs(fs_bdev_t *bd) {
    lfs_t fs;
    int r = lfs_mount(&fs, bd);
    if (fs.rcache == NULL) {
        return r; // a geometry littlefs cannot use (EINVAL)
    }
    if (r != 0 && r != -FS_ECORRUPT && r != -FS_EINVAL) {
        return r;
    }
    fs.n_flight = 0;
    if ((r = bd_erase(&fs, 0)) != 0 || (r = bd_erase(&fs, 1)) != 0) {
        return r;
    }
    uint8_t sb[24];
    st32(sb, 0x00020001);
    st32(sb + 4, fs.bs);
    st32(sb + 8, fs.bc);
    st32(sb + 12, LFS_NAME_MAX);
    st32(sb + 16, 0x7fffffff);
    st32(sb + 20, 1022);
    mload_t L;
    memset(&L, 0, sizeof(L));
    L.m.pair[0] = 1;
    L.m.pair[1] = 0;
    L.m.tail[0] = L.m.tail[1] = LFS_NULL;
    ent_t e;
    memset(&e, 0, sizeof(e));
    e.s[S_NAME] = ram_slot(TAG(TY_SUPER, 0, 8), "littlefs");
    e.s[S_STRUCT] = ram_slot(TAG(TY_INLINE, 0, 24), sb);
    tab_insert(&L, 0, &e);
    r = commit(&fs, &L);
    unload(&L);
    return r != 0 ? r : bd->sync(bd->ctx);
}

int lfs_mount(lfs_t *fs, fs_bdev_t *bd) {
    memset(fs, 0, sizeof(*fs));
    fs->bd = bd;
    fs->bs = bd->block_size;
    fs->bc = bd->block_count;
    fs->prog = 32;
    fs->rc_block = LFS_NULL;
    if (fs->bs < 64 || fs->bs % fs->prog != 0 || fs->bc < 2) {
        return -FS_EINVAL;
    }
    fs->inline_max = fs->bs / 8 < RCACHE ? fs->bs / 8 : RCACHE;
    fs->rcache = es_gc_alloc(RCACHE, ES_GC_LEAF);
    fs->used = es_gc_alloc((fs->bc + 7) / 8, ES_GC_LEAF);
    mload_t L;
    uint32_t root[2] = {0, 1};
    int r = load(fs, root, &L);
    if (r == 0) {
        lfs_info_t info;
        r = L.n > 0 && T_CHUNK(L.e[0].s[S_NAME].tag) == TY_SUPER
            ? ent_info(fs, &L, 0, &info) : -FS_ECORRUPT;
        uint8_t sb[24];
        if (r == 0 && (memcmp(info.name, "littlefs", 8) != 0
            || T_SIZE(L.e[0].s[S_STRUCT].tag) < 24)) {
            r = -FS_ECORRUPT;
        }
        if (r == 0 && (r = slot_read(fs, &L, &L.e[0].s[S_STRUCT], sb, 24))
            == 0) {
            uint32_t version = ld32(sb);
            if (version >> 16 != 2 || (version & 0xffff) > 1
                || ld32(sb + 4) != fs->bs || ld32(sb + 8) != fs->bc) {
                r = -FS_EINVAL;
            }
        }
    }
    unload(&L);
    return r != 0 ? r : gs_load(fs);
}
