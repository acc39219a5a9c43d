"""Shared facts for the blind corpus F: catalogue, credit codes, names, levels.

Everything here is written from the notice (沪人社职〔2024〕447号, 附件) and DOMAIN.md only.
"""
import zlib

# ---------------------------------------------------------------- catalogue (附件)
CATALOGUE = [
    ("3-01-01-02", "政务服务办事员", [5, 4, 3]),
    ("4-03-02-10", "调饮师", [5, 4, 3, 2, 1]),
    ("4-03-02-11", "食品安全管理师", [5, 4, 3, 2, 1]),
    ("4-04-04-02", "网络与信息安全管理师（数据安全管理员）", [4, 3, 2, 1]),
    ("4-04-04-05", "数字化解决方案设计师", [4, 3, 2, 1]),
    ("4-04-05-10", "数字孪生应用技术员", [5, 4, 3, 2, 1]),
    ("4-06-02-02", "房地产策划师", [4, 3, 2, 1]),
    ("4-07-02-02", "科技咨询师", [3, 2, 1]),
    ("4-07-02-04", "信用管理师", [4, 3, 2, 1]),
    ("4-08-05-06", "计量员（热工计量员）", [4, 3]),
    ("4-08-08-04", "色彩搭配师", [4, 3, 2, 1]),
    ("4-09-07-04", "碳排放管理员", [5]),
    ("4-09-07-04", "碳排放管理员（碳排放监测员）", [4, 3, 2, 1]),
    ("4-09-07-04", "碳排放管理员（碳排放核算员）", [4, 3, 2, 1]),
    ("4-09-07-04", "碳排放管理员（碳排放核查员）", [4, 3, 2, 1]),
    ("4-09-07-04", "碳排放管理员（碳排放交易员）", [4, 3, 2, 1]),
    ("4-09-07-04", "碳排放管理员（碳排放咨询员）", [3, 2, 1]),
    ("4-09-07-04", "碳排放管理员（民航碳排放管理员）", [4, 3, 2, 1]),
    ("4-09-07-06", "建筑节能减排咨询师", [5, 4, 3, 2, 1]),
    ("4-09-08-01", "保洁员", [5, 4, 3]),
    ("4-09-08-02", "生活垃圾清运工（生活垃圾收集工）", [5, 4, 3]),
    ("4-09-10-03", "盆景师", [5, 4, 3, 2, 1]),
    ("4-10-04-01", "保健调理师（保健艾灸师）", [5, 4, 3]),
    ("4-14-01-02", "医疗护理员", [5, 4, 3, 2, 1]),
    ("4-14-02-01", "营养师（公共营养师）", [4, 3, 2, 1]),
    ("4-14-03-01", "助听器验配师", [4, 3, 2, 1]),
    ("4-14-04-04", "社群健康助理员", [4, 3, 2]),
    ("6-11-01-03", "化工总控工", [5, 4, 3, 2, 1]),
] + [("6-12-03-00", "药物制剂工（%s）" % s, [5, 4, 3, 2, 1]) for s in [
    "片剂制备", "注射剂制备", "液体制剂制备", "胶囊剂制备", "气雾剂与喷雾剂制备", "滴丸剂制备",
    "软膏剂与乳膏剂制备", "栓剂与膜剂制备", "贴膏剂制备", "制剂与医用制品灭菌", "浸出药剂制备",
    "泛制丸与塑制丸制备", "散剂、茶剂与灸熨剂制备", "膏药制备", "胶剂制备", "提取物制备", "颗粒剂制备"]] + [
    ("6-18-01-13", "增材制造设备操作员", [5, 4, 3, 2, 1]),
    ("6-29-03-04", "管工", [5, 4, 3, 2, 1]),
    ("6-29-03-10", "轨道交通信号工（城市轨道交通信号工）", [5, 4, 3, 2, 1]),
]
assert len(CATALOGUE) == 48
CAT = {name: (code, lv) for code, name, lv in CATALOGUE}


def occ(name):
    """(code, name, allowed levels) for a catalogue entry."""
    code, lv = CAT[name]
    return code, name, lv


def split_occ(name):
    """'碳排放管理员（碳排放核算员）' -> ('碳排放管理员', '碳排放核算员'); no 工种 -> (name, '')."""
    if "（" in name and name.endswith("）"):
        i = name.index("（")
        return name[:i], name[i + 1:-1]
    return name, ""


# ---------------------------------------------------------------- levels
LV_CN = {5: "五", 4: "四", 3: "三", 2: "二", 1: "一"}
LV_OLD = {5: "初级工", 4: "中级工", 3: "高级工", 2: "技师", 1: "高级技师"}


def lv_slash(n):
    return "%s级/%s" % (LV_CN[n], LV_OLD[n])


def lv_paren(n):
    return "%s级（%s）" % (LV_CN[n], LV_OLD[n])


def lv_plain(n):
    return "%s级" % LV_CN[n]


def lv_qual(n):
    return "国家职业资格%s级" % LV_CN[n]


# ---------------------------------------------------------------- credit codes (GB 32100-2015, DOMAIN.md)
A18 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]
ORG_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def org_check(s8):
    s = sum(int(c, 36) * w for c, w in zip(s8, W9))
    r = 11 - s % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def last_check(s17):
    s = sum(A18.index(c) * w for c, w in zip(s17, W18))
    return A18[(31 - s % 31) % 31]


def code_valid(c):
    return (len(c) == 18 and org_check(c[8:16]) == c[16] and last_check(c[:17]) == c[17])


def make_code(rng, prefix2, division, org8=None):
    """prefix2 e.g. '91', division e.g. '310115'. Returns a structurally valid code."""
    if org8 is None:
        if prefix2 in ("91", "92", "93"):
            org8 = "MA1" + "".join(rng.choice(ORG_ALPHA) for _ in range(5))
        elif prefix2 in ("51", "52", "53"):
            org8 = rng.choice(["MJ", "50", "MJ"]) + "".join(rng.choice(ORG_ALPHA) for _ in range(6))
        else:
            org8 = "".join(rng.choice("0123456789") for _ in range(8))
    s17 = prefix2 + division + org8 + org_check(org8)
    return s17 + last_check(s17)


def break_last(code):
    """Same code with a wrong position-18 check character."""
    good = code[17]
    for c in A18:
        if c != good:
            bad = code[:17] + c
            assert not code_valid(bad)
            return bad


def break_embedded(code):
    """Change the embedded GB 11714 digit, then repair position 18 so only the embedded check fails."""
    d = code[16]
    for c in "0123456789X":
        if c != d:
            s17 = code[:16] + c
            bad = s17 + last_check(s17)
            assert not code_valid(bad)
            return bad


# ---------------------------------------------------------------- districts (DOMAIN.md)
DISTRICTS = {
    "黄浦区": ("310101", "黄"), "徐汇区": ("310104", "徐"), "长宁区": ("310105", "长"),
    "静安区": ("310106", "静"), "普陀区": ("310107", "普"), "虹口区": ("310109", "虹"),
    "杨浦区": ("310110", "杨"), "闵行区": ("310112", "闵"), "宝山区": ("310113", "宝"),
    "嘉定区": ("310114", "嘉"), "浦东新区": ("310115", "浦"), "金山区": ("310116", "金"),
    "松江区": ("310117", "松"), "青浦区": ("310118", "青"), "奉贤区": ("310120", "奉"),
    "崇明区": ("310151", "崇"),
}

STREETS = {
    "黄浦区": ["河南中路", "西藏南路", "制造局路"], "徐汇区": ["宜山路", "漕溪北路", "龙华中路"],
    "长宁区": ["天山路", "金钟路", "延安西路"], "静安区": ["共和新路", "江场路", "万荣路"],
    "普陀区": ["真北路", "中山北路", "金沙江路"], "虹口区": ["四平路", "曲阳路", "东江湾路"],
    "杨浦区": ["国定路", "军工路", "长阳路"], "闵行区": ["虹梅南路", "莘庄路", "春申路"],
    "宝山区": ["友谊路", "沪太路", "长江西路"], "嘉定区": ["城北路", "嘉戬公路", "叶城路"],
    "浦东新区": ["张杨路", "川沙路", "锦绣东路", "金科路"], "金山区": ["卫清西路", "龙胜路"],
    "松江区": ["新松江路", "九亭大街", "茸悦路"], "青浦区": ["华浦路", "崧泽大道"],
    "奉贤区": ["南桥路", "金海公路"], "崇明区": ["城桥镇八一路", "陈家镇揽海路"],
}


def seed_for(s):
    return zlib.crc32(s.encode("utf-8"))


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏宇浩凯俊帆晨欣悦佳琪璐婷慧颖倩雯嘉瑜晓峰斌昊然"


def person(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(y, m, d):
    return "%s年%s月%s日" % (cn_year(y), cn_num(m), cn_num(d))


def ar_date(y, m, d):
    return "%d年%d月%d日" % (y, m, d)
