"""Zip writer imitating the archivers real applicants use."""
import io
import struct
import zipfile
import zlib


class _GBKInfo(zipfile.ZipInfo):
    """Entry name stored as GBK bytes without the UTF-8 flag (Chinese Windows 'send to compressed folder',
    WinRAR/360压缩 default)."""
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


class _UTF8NoFlagInfo(zipfile.ZipInfo):
    """UTF-8 bytes without the flag (macOS Archive Utility, some Linux zips)."""
    def _encodeFilenameFlags(self):
        return self.filename.encode('utf-8'), self.flag_bits & ~0x800


def _unicode_path_extra(name_bytes, uname):
    data = struct.pack('<BI', 1, zlib.crc32(name_bytes) & 0xffffffff) + uname.encode('utf-8')
    return struct.pack('<HH', 0x7075, len(data)) + data


def build_zip(entries, mode='gbk', dirs=False, date=(2025, 1, 21, 9, 30, 0), junk=()):
    """entries: list of (unicode path, bytes).  mode: gbk | utf8 | gbk7075 | utf8noflag.
    Returns zip bytes (deterministic)."""
    buf = io.BytesIO()
    z = zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED)
    names = [p for p, _ in entries]
    allents = []
    if dirs:
        seen = []
        for p in names:
            parts = p.split('/')[:-1]
            for i in range(1, len(parts) + 1):
                d = '/'.join(parts[:i]) + '/'
                if d not in seen:
                    seen.append(d)
        allents += [(d, None) for d in seen]
    allents += list(entries) + [(p, b) for p, b in junk]
    for i, (p, data) in enumerate(allents):
        h, m, s = date[3], date[4] + (i // 60) % 60, (i * 2) % 60
        dt = (date[0], date[1], date[2], h, m, s)
        if mode in ('gbk', 'gbk7075'):
            zi = _GBKInfo(p, dt)
        elif mode == 'utf8noflag':
            zi = _UTF8NoFlagInfo(p, dt)
        else:
            zi = zipfile.ZipInfo(p, dt)
        zi.create_system = 0 if mode != 'utf8noflag' else 3
        if mode == 'gbk7075' and any(ord(c) > 127 for c in p):
            zi.extra = _unicode_path_extra(p.encode('gbk'), p)
        if data is None:
            zi.external_attr = 0x10
            z.writestr(zi, b'')
        else:
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0x20
            z.writestr(zi, data)
    z.close()
    return buf.getvalue()


def read_names(zbytes):
    """Decode entry names the way this corpus wrote them (for self-checks)."""
    z = zipfile.ZipFile(io.BytesIO(zbytes))
    out = []
    for zi in z.infolist():
        if zi.flag_bits & 0x800:
            out.append(zi.filename)
        else:
            raw = zi.filename.encode('cp437')
            try:
                n = raw.decode('utf-8')
                if any('\u4e00' <= c <= '\u9fff' for c in n) or all(ord(c) < 128 for c in n):
                    out.append(n)
                    continue
            except UnicodeDecodeError:
                pass
            out.append(raw.decode('gb18030'))
    return out
