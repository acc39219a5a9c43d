"""A tiny document model shared by all renderers.

A Doc is a list of blocks:
  ("letterhead", text)            red issuer banner with a red rule under it
  ("docno", text)                 document number under the letterhead
  ("title", text)                 centred bold title; "\n" forces a line break
  ("subtitle", text)
  ("h", text)                     section heading
  ("p", text)                     body paragraph, first-line indent
  ("pn", text)                    paragraph without indent (salutation, labels)
  ("pr", text)                    right-aligned line
  ("note", text)                  small print
  ("table", rows, opts)           rows: list of lists of str (None = covered by a merge);
                                  opts: merge=[(r, c, rowspan, colspan)], widths=[relative], header=bool
  ("sign", [lines], seal)         right-aligned signature block; seal = text of a round seal or None
  ("br",)                         page break
A Cert is a certificate-like page (licence / registration certificate) laid out at coordinates.
"""


class Doc:
    def __init__(self, blocks, must=(), name=""):
        self.blocks = blocks
        self.must = [m for m in must if m]
        self.name = name

    def plain_lines(self):
        """Text lines, used for scans' invisible OCR layers and for .txt output."""
        out = []
        for b in self.blocks:
            t = b[0]
            if t in ("letterhead", "docno", "title", "subtitle", "h", "p", "pn", "pr", "note"):
                out.extend(b[1].split("\n"))
            elif t == "table":
                for row in b[1]:
                    out.append("  ".join(c.replace("\n", " ") for c in row if c))
            elif t == "sign":
                out.extend(b[1])
            elif t == "br":
                out.append("\f")
        return out

    def pages_text(self):
        pages, cur = [], []
        for line in self.plain_lines():
            if line == "\f":
                pages.append(cur)
                cur = []
            else:
                cur.append(line)
        pages.append(cur)
        return pages


class Cert:
    """kind: licence | minfei | shetuan | shiye | geti"""

    def __init__(self, kind, title, subtitle, code, fields, issuer, date, must=(), copy="副本",
                 cert_no=None):
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.code = code
        self.fields = fields
        self.issuer = issuer
        self.date = date
        self.copy = copy
        self.cert_no = cert_no
        self.must = [m for m in must if m]
        self.name = title

    def plain_lines(self):
        out = [self.title]
        if self.subtitle:
            out.append(self.subtitle)
        out.append(f"统一社会信用代码 {self.code}")
        if self.cert_no:
            out.append(f"证书编号 {self.cert_no}")
        for k, v in self.fields:
            out.append(f"{k} {v}")
        out.append(f"登记机关 {self.issuer}")
        out.append(self.date)
        return out

    def pages_text(self):
        return [self.plain_lines()]
