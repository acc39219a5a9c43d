"""Zips as Chinese Windows writes them (GBK entry names, UTF-8 flag clear),
reusing scripts/samples/make_samples.py's GbkInfo, with per-package variation
(folder entries or not, order, compression level, timestamps) and the hostile
entries (a bomb-like entry streamed from zeros, ../ paths)."""

import io
import zipfile

from make_samples import GbkInfo  # scripts/samples/make_samples.py


class Zeros:
    """Entry data: `size` zero bytes written in chunks (a highly compressible,
    bomb-like entry) after an optional head."""

    def __init__(self, size, head=b""):
        self.size = size
        self.head = head


def _dirs(path):
    if path.startswith("..") or "/../" in path:
        return []
    parts = path.split("/")[:-1]
    return ["/".join(parts[:i]) + "/" for i in range(1, len(parts) + 1)]


def write_zip(entries, stamp, dirs=True, order="sorted", level=6):
    """entries: [(path, data bytes | Zeros, date_time)]. Returns the zip bytes.
    order: 'sorted' (by name, as the samples) or 'given' (folders first seen)."""
    seen = set()
    items = []
    for path, data, when in entries:
        if dirs:
            for d in _dirs(path):
                if d not in seen:
                    seen.add(d)
                    items.append((d, None, stamp))
        items.append((path, data, when))
    if order == "sorted":
        items.sort(key=lambda e: e[0])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for path, data, when in items:
            path.encode("gbk")  # every name must be GBK
            zi = GbkInfo(path, date_time=when)
            zi.create_system = 0  # MS-DOS
            if data is None:
                zi.external_attr = 0x10
                zi.compress_type = zipfile.ZIP_STORED
                z.writestr(zi, b"")
            elif isinstance(data, Zeros):
                zi.external_attr = 0x20
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi._compresslevel = 9
                chunk = bytes(1 << 20)
                with z.open(zi, "w", force_zip64=data.size > 0x7FFFFFFF) as f:
                    f.write(data.head)
                    left = data.size - len(data.head)
                    while left > 0:
                        f.write(chunk[:min(left, len(chunk))])
                        left -= len(chunk)
            else:
                zi.external_attr = 0x20
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data, compresslevel=level)
    return buf.getvalue()


def read_names(data):
    """Entry names decoded as GBK (the UTF-8 flag must be clear)."""
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            if info.flag_bits & 0x800:
                raise ValueError(f"{info.filename}: UTF-8 flag set")
            out.append(info.filename.encode("cp437").decode("gbk"))
    return out
