"""Unified social credit codes (GB 32100-2015) and GB 11714 organisation codes."""
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
C18 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W9 = [3, 7, 9, 10, 5, 8, 4, 2]
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
# characters used for the body of an organisation code (no I O Z S V, as in issued codes)
BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def org_check(first8):
    s = sum(ALNUM.index(c) * w for c, w in zip(first8, W9))
    r = 11 - s % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def code_check(first17):
    s = sum(C18.index(c) * w for c, w in zip(first17, W18))
    return C18[(31 - s % 31) % 31]


def valid(code):
    if len(code) != 18 or any(c not in C18 for c in code):
        return False
    return org_check(code[8:16]) == code[16] and code_check(code[:17]) == code[17]


def make(rng, cat, div, style="MA"):
    """cat e.g. '91', div e.g. '310115'. style 'MA' -> MA1xxxxx (post-2015 companies),
    'MJ' -> MJxxxxxx (social organisations), 'old' -> 8 digits (legacy org code)."""
    while True:
        if style == "MA":
            body = "MA1" + "".join(rng.choice(BODY) for _ in range(5))
        elif style == "MJ":
            body = "MJ" + "".join(rng.choice(BODY) for _ in range(6))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        oc = org_check(body)
        first17 = cat + div + body + oc
        if any(c not in C18 for c in first17):
            continue
        return first17 + code_check(first17)


def break_last(code):
    """Return a code whose position-18 check character is wrong."""
    good = code[17]
    alt = C18[(C18.index(good) + 7) % 31]
    return code[:17] + alt


def break_embedded(code, rng):
    """Return a code whose GB 11714 digit is wrong but whose mod-31 check passes."""
    body = code[8:16]
    good = code[16]
    for d in "0123456789X":
        if d != good and d in C18:
            first17 = code[:16] + d
            return first17 + code_check(first17)
    raise ValueError


if __name__ == "__main__":
    for c in ["91310115MA1FL0A00C", "52310104MJ5K3L7D1F", "123100004250018698"]:
        assert valid(c), c
    for c in ["91310115MA1FL0A00D", "52310104MJ5K3L7D0C"]:
        assert not valid(c), c
    import random
    r = random.Random(1)
    for _ in range(200):
        c = make(r, "91", "310115")
        assert valid(c)
        assert not valid(break_last(c))
        b = break_embedded(c, r)
        assert not valid(b) and code_check(b[:17]) == b[17]
    print("codes ok")
