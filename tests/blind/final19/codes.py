ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def org_check(body8):
    w = [3,7,9,10,5,8,4,2]
    s = sum(int(c,36)*wi for c,wi in zip(body8,w))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))
def check18(code17):
    s = sum(ALPH.index(c)*w for c,w in zip(code17,W18))
    return ALPH[(31 - s % 31) % 31]
def make_code(cat, region, body8):
    c17 = cat + region + body8 + org_check(body8)
    return c17 + check18(c17)
def valid(code):
    return org_check(code[8:16]) == code[16] and check18(code[:17]) == code[17]
if __name__ == '__main__':
    for c in ["91310115MA1FL0A00C","52310104MJ5K3L7D1F","123100004250018698","91310115MA1FL0A00D","52310104MJ5K3L7D0C"]:
        print(c, valid(c))
    print(make_code('91','310115','MA1FL0A0'))
