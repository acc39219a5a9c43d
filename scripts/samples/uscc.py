"""统一社会信用代码 (GB 32100-2015) checks, used to pick and assert the codes
printed on the sample documents."""

ALPHABET31 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS31 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
WEIGHTS11 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v36(c):
    return int(c, 36)


def org_check(body8):
    """GB 11714 check character for the 8-character organisation code body."""
    s = sum(_v36(c) * w for c, w in zip(body8, WEIGHTS11))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_check(first17):
    s = sum(ALPHABET31.index(c) * w for c, w in zip(first17, WEIGHTS31))
    return ALPHABET31[(31 - s % 31) % 31]


def is_valid(code):
    return (len(code) == 18 and all(c in ALPHABET31 for c in code)
            and org_check(code[8:16]) == code[16]
            and uscc_check(code[:17]) == code[17])


def make(prefix2, division6, body8):
    """A code that passes both checks, e.g. make('91', '310104', 'MA1H3K7B')."""
    first17 = prefix2 + division6 + body8 + org_check(body8)
    code = first17 + uscc_check(first17)
    assert is_valid(code), code
    return code


if __name__ == "__main__":
    for c in ["91310115MA1FL0A00C", "52310104MJ5K3L7D1F", "123100004250018698",
              "91310115MA1FL0A00D", "52310104MJ5K3L7D0C"]:
        print(c, is_valid(c))
