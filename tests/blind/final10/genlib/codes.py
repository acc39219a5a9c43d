"""Unified social credit code helpers (GB 32100-2015, GB 11714)."""
import random

ALPHA31 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v36(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def org_check(code8):
    s = sum(_v36(c) * w for c, w in zip(code8, W9))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def final_check(code17):
    s = sum(ALPHA31.index(c) * w for c, w in zip(code17, W18))
    return ALPHA31[(31 - s % 31) % 31]


def valid(code):
    if len(code) != 18:
        return False
    return org_check(code[8:16]) == code[16] and final_check(code[:17]) == code[17]


def make(rng, category, division, style="MA"):
    """category like '91', division like '310115'."""
    while True:
        if style == "MA":
            body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        elif style == "MJ":
            body = "MJ" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:  # old numeric organisation code
            body = "".join(rng.choice("0123456789") for _ in range(8))
        oc = org_check(body)
        code17 = category + division + body + oc
        return code17 + final_check(code17)


def break_final(code):
    """Return the code with a wrong position-18 character."""
    good = code[17]
    i = ALPHA31.index(good)
    return code[:17] + ALPHA31[(i + 7) % 31]


def break_embedded(code):
    """Change the embedded GB 11714 check digit but keep position 18 consistent."""
    c17 = code[:17]
    d = c17[16]
    alt = "0123456789"[(("0123456789".index(d) if d.isdigit() else 0) + 3) % 10]
    c17 = c17[:16] + alt
    return c17 + final_check(c17)


if __name__ == "__main__":
    for c in ["91310115MA1FL0A00C", "52310104MJ5K3L7D1F", "123100004250018698"]:
        assert valid(c), c
    for c in ["91310115MA1FL0A00D", "52310104MJ5K3L7D0C"]:
        assert not valid(c), c
    r = random.Random(1)
    x = make(r, "91", "310115")
    assert valid(x) and not valid(break_final(x)) and not valid(break_embedded(x))
    assert final_check(break_embedded(x)[:17]) == break_embedded(x)[17]
    print("codes ok", x, break_final(x), break_embedded(x))
