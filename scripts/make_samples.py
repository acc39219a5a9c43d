#!/usr/bin/env python3
"""Builds the sample packages in samples/ from the real-producer fixtures in
tests/fixtures/ (LibreOffice, Chromium, reportlab, Ghostscript, img2pdf, qpdf,
python-docx). Deterministic: fixed timestamps, sorted entries, so a rebuild
gives identical bytes. Run from the repository root:

    python3 scripts/make_samples.py

The zips imitate what applicants upload: GBK entry names without the UTF-8
flag (Chinese Windows' built-in zip), a nested zip, OS junk, and defects.
"""

import os
import shutil
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PDF = os.path.join(ROOT, "tests", "fixtures", "pdf")
DOCX = os.path.join(ROOT, "tests", "fixtures", "docx")
OUT = os.path.join(ROOT, "samples")
STAMP = (2025, 1, 22, 9, 30, 0)


class GbkInfo(zipfile.ZipInfo):
    """A ZipInfo whose name is stored as GBK bytes with the UTF-8 flag clear."""

    def __init__(self, name):
        super().__init__(name, date_time=STAMP)
        self.raw_name = name.encode("gbk")
        self.compress_type = zipfile.ZIP_DEFLATED
        self.external_attr = 0o644 << 16

    def _encodeFilenameFlags(self):
        return self.raw_name, self.flag_bits & ~0x800


def read(folder, name):
    with open(os.path.join(folder, name), "rb") as f:
        return f.read()


def gbk_zip(path, items):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            z.writestr(GbkInfo(name), data)


def utf8_zip_bytes(items):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)

    # 1. A complete-looking package, GBK names, with the implementation plan in
    #    a nested zip and macOS junk beside it.
    nested = utf8_zip_bytes([
        ("实施方案/职业技能等级认定项目实施方案.pdf", read(PDF, "libreoffice-implementation-plan.pdf")),
        ("实施方案/样题.pdf", read(PDF, "reportlab-ttf-wqy-sample-papers.pdf")),
    ])
    gbk_zip(os.path.join(OUT, "上海某某职业技能培训有限公司.zip"), [
        ("01申请表.pdf", read(PDF, "libreoffice-application-form.pdf")),
        ("02推荐函/行业主管部门推荐函.pdf", read(PDF, "handwritten-gbk-euc-h-industry-letter.pdf")),
        ("02推荐函/浦东新区人社局推荐函.pdf", read(PDF, "chromium-recommendation-letter.pdf")),
        ("03信用报告.pdf", read(PDF, "handwritten-unigb-utf16-h-credit-report.pdf")),
        ("04审计报告2023.pdf", read(PDF, "chromium-audit-report.pdf")),
        ("01申请表（打印版）.pdf", read(PDF, "gs-pdfwrite-application-form.pdf")),
        ("06工作方案.pdf", read(PDF, "libreoffice-work-plan.pdf")),
        ("06承诺书及廉洁责任书.pdf", read(PDF, "reportlab-cid-stsong-pledges.pdf")),
        ("07实施方案.zip", nested),
        ("__MACOSX/._01申请表.pdf", b"\x00\x05\x16\x07junk"),
        ("Thumbs.db", b"junk"),
    ])

    # 2. A package whose district letter is a scan and whose work plan is
    #    encrypted with an open password: both must be flagged, not read.
    gbk_zip(os.path.join(OUT, "上海扫描件示例培训中心.zip"), [
        ("申请表.docx", read(DOCX, "pydocx_basic.docx")),
        ("区人社局推荐函（扫描件）.pdf", read(PDF, "scan-jpeg-recommendation-letter.pdf")),
        ("工作方案（加密）.pdf", read(PDF, "qpdf-user-password-work-plan.pdf")),
        ("审计报告.pdf", read(PDF, "qpdf-aes-128-work-plan.pdf")),
        ("旧版申请表.doc", read(DOCX, "legacy.doc")),
    ])

    # 3. A package uploaded as a folder rather than a zip.
    folder = os.path.join(OUT, "上海文件夹示例有限公司")
    os.makedirs(os.path.join(folder, "推荐函"))
    for name, data in [
        ("申请表.pdf", read(PDF, "reportlab-cid-stsong-pledges.pdf")),
        ("推荐函/行业推荐函.pdf", read(PDF, "handwritten-gbk-euc-h-industry-letter.pdf")),
        ("说明.txt", read(DOCX, "plain_gb18030.dat")),
    ]:
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)

    # 4. Not a zip at all, though named like one.
    with open(os.path.join(OUT, "损坏的申报材料.zip"), "wb") as f:
        f.write(read(PDF, "libreoffice-work-plan.txt"))


if __name__ == "__main__":
    main()
