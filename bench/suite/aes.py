# AES-128 in pure Python (FIPS-197): the S-box computed from GF(2^8)
# inverses and the affine map, key expansion, and CTR-mode encryption of a
# buffer: byte arithmetic, bytearray indexing, xor, shifts and table
# lookups (the ground of misc_aes).


def gmul(a, b):
    p = 0
    while b:
        if b & 1:
            p ^= a
        a = ((a << 1) ^ 0x11B) if a & 0x80 else a << 1
        b >>= 1
    return p


def make_sbox():
    sbox = bytearray(256)
    for x in range(256):
        inv = 0
        if x:
            for y in range(1, 256):
                if gmul(x, y) == 1:
                    inv = y
                    break
        s = inv
        for k in range(1, 5):
            s ^= ((inv << k) | (inv >> (8 - k))) & 0xFF
        sbox[x] = s ^ 0x63
    return sbox


SBOX = make_sbox()
XT = bytes(gmul(x, 2) for x in range(256))


def expand(key):
    w = bytearray(key)
    rcon = 1
    while len(w) < 176:
        t = w[-4:]
        if len(w) % 16 == 0:
            t = bytearray((SBOX[t[1]] ^ rcon, SBOX[t[2]], SBOX[t[3]], SBOX[t[0]]))
            rcon = XT[rcon]
        for i in range(4):
            w.append(w[-16] ^ t[i])
    return w


def encrypt_block(rk, block):
    s = bytearray(a ^ b for a, b in zip(block, rk[:16]))
    for rnd in range(1, 11):
        s = bytearray(SBOX[b] for b in s)
        # ShiftRows: state is column-major, row r moves left by r
        s = bytearray(s[(i + 4 * (i % 4)) % 16] for i in range(16))
        if rnd < 10:
            m = bytearray(16)
            for c in range(0, 16, 4):
                a0, a1, a2, a3 = s[c], s[c + 1], s[c + 2], s[c + 3]
                x = a0 ^ a1 ^ a2 ^ a3
                m[c] = a0 ^ x ^ XT[a0 ^ a1]
                m[c + 1] = a1 ^ x ^ XT[a1 ^ a2]
                m[c + 2] = a2 ^ x ^ XT[a2 ^ a3]
                m[c + 3] = a3 ^ x ^ XT[a3 ^ a0]
            s = m
        k = rk[16 * rnd:16 * rnd + 16]
        for i in range(16):
            s[i] ^= k[i]
    return s


def ctr(rk, data):
    out = bytearray(len(data))
    for off in range(0, len(data), 16):
        ks = encrypt_block(rk, (off // 16).to_bytes(16, "big"))
        for i in range(min(16, len(data) - off)):
            out[off + i] = data[off + i] ^ ks[i]
    return out


rk = expand(bytes(range(16)))
print(encrypt_block(rk, bytes.fromhex("00112233445566778899aabbccddeeff")).hex())
data = bytes((i * 31) & 0xFF for i in range(16384))
enc = ctr(rk, data)
print(sum(enc), ctr(rk, enc) == data)
