"""Zip writing for corpus F with the entry-name encodings real archives use.

mode 'gbk'      : GBK bytes, no UTF-8 flag (Windows Explorer / old WinRAR / 360压缩)
mode 'utf8'     : UTF-8 bytes with general-purpose bit 11 set (7-Zip, macOS Archive Utility, Python)
mode 'gbk+7075' : GBK bytes in the header plus an Info-ZIP Unicode Path extra field (0x7075) with the UTF-8 name
mode 'utf8-noflag': UTF-8 bytes without the flag (some Linux / Java tools)
"""
import struct
import zipfile
import zlib


class _ZI(zipfile.ZipInfo):
    _raw = None
    _flag = 0

    def _encodeFilenameFlags(self):
        return self._raw, self.flag_bits | self._flag


def _info(name, mode, date_time, is_dir=False):
    zi = _ZI(name, date_time=date_time)
    if mode == "utf8":
        zi._raw, zi._flag = name.encode("utf-8"), 0x800
    elif mode == "utf8-noflag":
        zi._raw, zi._flag = name.encode("utf-8"), 0
    elif mode in ("gbk", "gbk+7075"):
        zi._raw, zi._flag = name.encode("gbk"), 0
        if mode == "gbk+7075" and any(ord(ch) > 127 for ch in name):
            u = name.encode("utf-8")
            data = struct.pack("<BI", 1, zlib.crc32(zi._raw) & 0xFFFFFFFF) + u
            zi.extra = struct.pack("<HH", 0x7075, len(data)) + data
    else:
        raise ValueError(mode)
    zi.create_system = 0  # MS-DOS, as Windows tools write
    if is_dir:
        zi.external_attr = 0x10
    else:
        zi.external_attr = 0x20
        zi.compress_type = zipfile.ZIP_DEFLATED
    return zi


def write_zip(out_path, entries, mode="gbk", dirs=False, date_time=(2025, 1, 21, 16, 30, 0)):
    """entries: list of (name_with_slashes, bytes). dirs: also write directory entries."""
    seen = set()
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if dirs:
                parts = name.split("/")[:-1]
                for i in range(1, len(parts) + 1):
                    dn = "/".join(parts[:i]) + "/"
                    if dn not in seen:
                        seen.add(dn)
                        z.writestr(_info(dn, mode, date_time, True), b"")
            zi = _info(name, mode, date_time)
            z.writestr(zi, data, compress_type=zipfile.ZIP_DEFLATED)
    return out_path


def read_names(path):
    """Decode entry names the way a careful reader would (for our own self-check only)."""
    out = []
    with zipfile.ZipFile(path) as z:
        for zi in z.infolist():
            raw = zi.orig_filename.encode("cp437") if not (zi.flag_bits & 0x800) else zi.filename.encode("utf-8")
            name = None
            ex = zi.extra
            i = 0
            while i + 4 <= len(ex):
                hid, ln = struct.unpack("<HH", ex[i:i + 4])
                if hid == 0x7075:
                    name = ex[i + 9:i + 4 + ln].decode("utf-8")
                i += 4 + ln
            if name is None:
                if zi.flag_bits & 0x800:
                    name = zi.filename
                else:
                    try:
                        u = raw.decode("utf-8")
                    except UnicodeDecodeError:
                        u = None
                    try:
                        g = raw.decode("gb18030")
                    except UnicodeDecodeError:
                        g = None
                    if u is not None and g is not None:
                        cjk = lambda s: sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")
                        name = u if cjk(u) >= cjk(g) else g
                    else:
                        name = u if u is not None else g
            out.append((name, zi))
    return out
