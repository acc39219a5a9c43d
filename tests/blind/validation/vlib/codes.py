"""Unified social credit codes (GB 32100-2015) with both check characters."""
ALPHA31 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v36(ch):
    return int(ch) if ch.isdigit() else ord(ch) - ord('A') + 10


def org_check(first8):
    s = sum(_v36(c) * w for c, w in zip(first8, W9))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def last_check(first17):
    s = sum(ALPHA31.index(c) * w for c, w in zip(first17, W18))
    return ALPHA31[(31 - s % 31) % 31]


def is_valid(code):
    if len(code) != 18 or any(c not in ALPHA31 for c in code):
        return False
    return org_check(code[8:16]) == code[16] and last_check(code[:17]) == code[17]


def make_code(rng, prefix, division, style="MA"):
    """prefix '91','52','51','12'...; division 6 digits."""
    while True:
        if style == "MA":
            body = "MA" + "".join(rng.choice(ALPHA31[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        elif style == "MJ":
            body = "MJ" + "".join(rng.choice(ALPHA31) for _ in range(6))
        else:  # old organisation code: 8 digits
            body = "".join(rng.choice("0123456789") for _ in range(8))
        chk = org_check(body)
        if chk not in ALPHA31:
            continue
        first17 = prefix + division + body + chk
        return first17 + last_check(first17)


def break_last(code):
    """Same code with a wrong position-18 check character."""
    i = ALPHA31.index(code[17])
    return code[:17] + ALPHA31[(i + 7) % 31]


if __name__ == "__main__":
    assert is_valid("91310115MA1FL0A00C")
    assert is_valid("52310104MJ5K3L7D1F")
    assert is_valid("123100004250018698")
    assert not is_valid("91310115MA1FL0A00D")
    assert not is_valid("52310104MJ5K3L7D0C")
    import random
    r = random.Random(1)
    for _ in range(1000):
        c = make_code(r, "91", "310115")
        assert is_valid(c), c
        assert not is_valid(break_last(c))
    print("ok", make_code(r, "52", "310104", "MJ"), make_code(r, "12", "310000", "old"))
