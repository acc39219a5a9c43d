//! Walking one zip (and, recursively, the zips inside it).

use std::io::{Cursor, Read, Seek, SeekFrom};

use zip::read::read_zipfile_from_stream_with_options;
use zip::result::ZipError;
use zip::{CompressionMethod, ZipArchive, ZipReadOptions};

use super::names::{RawName, decode_names};
use super::paths::{is_dir_name, is_junk, is_zip_name, safe_path};
use super::{ArchiveInfo, Ctx, Entry, ProblemKind, Refusal, fmt_size, symlink_refusal, too_deep};

/// General-purpose flag bit 11: names are UTF-8.
const FLAG_UTF8: u16 = 0x0800;

/// Methods this build decompresses (the zip crate's SUPPORTED_COMPRESSION_METHODS
/// omits LZMA, which it does decompress).
const SUPPORTED: [CompressionMethod; 6] = [
    CompressionMethod::STORE,
    CompressionMethod::DEFLATE,
    CompressionMethod::DEFLATE64,
    CompressionMethod::BZIP2,
    CompressionMethod::LZMA,
    CompressionMethod::ZSTD,
];

/// Where an entry's data is.
#[derive(Debug, Clone, Copy)]
enum Loc {
    /// Index in the central directory.
    Index(usize),
    /// Offset of its local header (recovery from a truncated zip).
    Offset(u64),
}

/// What the headers say about one entry.
#[derive(Debug)]
struct Meta {
    raw: RawName,
    size: u64,
    compressed: u64,
    encrypted: bool,
    method: CompressionMethod,
    symlink: bool,
    dir: bool,
    loc: Loc,
}

/// The entries' data: through the central directory, or local headers only.
enum Source<R> {
    Archive(ZipArchive<R>),
    /// Local headers of a damaged zip; `true` when it is truncated (no end of
    /// central directory), so data that fails to read is taken as cut short.
    Stream(R, bool),
}

impl<R: Read + Seek> Source<R> {
    /// Reads one entry's content within the limits.
    fn read(&mut self, ctx: &mut Ctx<'_>, m: &Meta, archive_len: u64) -> Result<Vec<u8>, Refusal> {
        // A header may claim more compressed bytes than the archive holds.
        let compressed = Some(m.compressed.min(archive_len));
        match (self, m.loc) {
            (Source::Archive(a), Loc::Index(i)) => match a.by_index(i) {
                Ok(f) => ctx.read_limited(f, compressed),
                Err(e) => Err(classify_zip(&e)),
            },
            (Source::Stream(r, truncated), Loc::Offset(off)) => {
                if let Err(e) = r.seek(SeekFrom::Start(off)) {
                    return Err(super::classify_io(&e));
                }
                let result = match read_zipfile_from_stream_with_options(r, ZipReadOptions::new()) {
                    Ok(Some(f)) => ctx.read_limited(f, compressed),
                    Ok(None) => Err(truncated_entry()),
                    Err(e) => Err(classify_zip(&e)),
                };
                match result {
                    // A stored entry cut short fails its checksum, a deflated
                    // one its stream: both mean "cut" here.
                    Err((ProblemKind::Corrupt, _)) if *truncated => Err(truncated_entry()),
                    other => other,
                }
            }
            _ => Err((ProblemKind::Io, "内部错误：条目位置无效".to_string())),
        }
    }
}

/// Walks the zip in `reader`, found at `base` (`""` for the package itself) at
/// `depth`, adding its entries and problems to `ctx`. `Err` when the bytes are
/// not a zip at all (the caller decides where that goes).
pub(super) fn walk<R: Read + Seek>(
    ctx: &mut Ctx<'_>,
    mut reader: R,
    base: &str,
    depth: u32,
) -> Result<(), Refusal> {
    let len = match reader.seek(SeekFrom::End(0)) {
        Ok(l) => l,
        Err(e) => return Err(super::classify_io(&e)),
    };
    let mut head = [0u8; 8];
    let head_len = reader
        .seek(SeekFrom::Start(0))
        .and_then(|_| read_up_to(&mut reader, &mut head))
        .unwrap_or(0);
    let head = head.get(..head_len).unwrap_or_default();
    if len == 0 {
        ctx.problem(
            base,
            ProblemKind::EmptyArchive,
            "压缩包为空（0 字节）".to_string(),
        );
        return Ok(());
    }
    let opened = reader
        .seek(SeekFrom::Start(0))
        .map_err(ZipError::Io)
        .and_then(|_| ZipArchive::new(&mut reader));
    match opened {
        Ok(mut archive) => {
            if archive.has_duplicate_names() {
                ctx.problem(
                    base,
                    ProblemKind::DuplicateEntries,
                    "压缩包内有重名文件，只读取了其中一个".to_string(),
                );
            }
            let metas = central_metas(&mut archive);
            process(
                ctx,
                Source::Archive(archive),
                metas,
                base,
                depth,
                len,
                false,
            );
            Ok(())
        }
        Err(e) if head.starts_with(b"PK\x03\x04") => {
            let has_eocd = has_eocd(&mut reader, len);
            let room = ctx
                .limits
                .max_entries
                .saturating_sub(ctx.examined)
                .saturating_add(1);
            let metas = stream_metas(&mut reader, room);
            let before = ctx.entries.len();
            process(
                ctx,
                Source::Stream(&mut reader, !has_eocd),
                metas,
                base,
                depth,
                len,
                true,
            );
            let recovered = ctx
                .entries
                .get(before..)
                .unwrap_or_default()
                .iter()
                .filter(|e| e.content.is_ok())
                .count();
            let (kind, what) = if has_eocd {
                (
                    ProblemKind::Corrupt,
                    format!("压缩包已损坏（中央目录无效：{e}）"),
                )
            } else {
                (
                    ProblemKind::Truncated,
                    "压缩包已损坏（截断，缺少中央目录）".to_string(),
                )
            };
            ctx.problem(
                base,
                kind,
                format!("{what}：已从本地文件头恢复 {recovered} 个文件"),
            );
            Ok(())
        }
        Err(_) => Err((
            ProblemKind::NotAZip,
            format!("扩展名为 .zip，但内容不是 zip 压缩包（{}）", sniff(head)),
        )),
    }
}

/// Reads until `buf` is full or EOF; the count read.
fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(buf.get_mut(n..).unwrap_or_default()) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Whether an end-of-central-directory signature sits in the last 64 KiB.
fn has_eocd<R: Read + Seek>(r: &mut R, len: u64) -> bool {
    let tail = len.min(65_557);
    let mut buf = Vec::new();
    let ok = r
        .seek(SeekFrom::Start(len - tail))
        .and_then(|_| r.take(tail).read_to_end(&mut buf));
    ok.is_ok() && buf.windows(4).any(|w| w == b"PK\x05\x06")
}

/// What the first bytes of a non-zip look like, for staff.
fn sniff(head: &[u8]) -> &'static str {
    if head.starts_with(b"%PDF") {
        "实为 PDF 文件"
    } else if head.starts_with(b"Rar!") {
        "实为 RAR 压缩包"
    } else if head.starts_with(b"7z\xBC\xAF\x27\x1C") {
        "实为 7z 压缩包"
    } else if head.starts_with(b"\xD0\xCF\x11\xE0") {
        "实为旧版 Office 文档（.doc/.xls）"
    } else if head.starts_with(b"\x1F\x8B") {
        "实为 gzip 文件"
    } else if head.starts_with(b"\xFF\xD8\xFF") {
        "实为 JPEG 图片"
    } else if head.starts_with(b"\x89PNG") {
        "实为 PNG 图片"
    } else if head.starts_with(b"PK") {
        "zip 结构无法识别"
    } else {
        "无法识别的格式"
    }
}

/// The entries' metadata from the central directory (all of them: the zip
/// crate holds the whole directory already, and the entry limit applies in
/// name order).
fn central_metas<R: Read + Seek>(archive: &mut ZipArchive<R>) -> Vec<Meta> {
    let n = archive.len();
    let mut metas = Vec::with_capacity(n);
    for i in 0..n {
        let Ok(e) = archive.by_index_data(i) else {
            continue;
        };
        metas.push(Meta {
            raw: RawName {
                bytes: e.name_raw().to_vec(),
                utf8: e.flags().as_u16() & FLAG_UTF8 != 0,
            },
            size: e.size(),
            compressed: e.compressed_size(),
            encrypted: e.encrypted(),
            method: e.compression(),
            symlink: e.is_symlink(),
            dir: e.is_dir(),
            loc: Loc::Index(i),
        });
    }
    metas
}

/// The entries' metadata from local headers, walking from the start until
/// the data ends or a header can't be read (at most `room`). Entries whose
/// sizes sit in a data descriptor can't be walked past.
fn stream_metas<R: Read + Seek>(reader: &mut R, room: usize) -> Vec<Meta> {
    let mut metas = Vec::new();
    if reader.seek(SeekFrom::Start(0)).is_err() {
        return metas;
    }
    while metas.len() < room {
        let Ok(off) = reader.stream_position() else {
            break;
        };
        // Encrypted entries are only listed here, never decrypted.
        let options = ZipReadOptions::new().ignore_encryption_flag(true);
        let Ok(Some(f)) = read_zipfile_from_stream_with_options(reader, options) else {
            break;
        };
        metas.push(Meta {
            raw: RawName {
                bytes: f.name_raw().to_vec(),
                utf8: f.flags().as_u16() & FLAG_UTF8 != 0,
            },
            size: f.size(),
            compressed: f.compressed_size(),
            encrypted: f.encrypted(),
            method: f.compression(),
            symlink: false,
            dir: f.is_dir(),
            loc: Loc::Offset(off),
        });
        // Dropping `f` skips its compressed data.
    }
    metas
}

/// Decodes the names, then lists or refuses each entry, unpacking nested zips.
fn process<R: Read + Seek>(
    ctx: &mut Ctx<'_>,
    mut src: Source<R>,
    metas: Vec<Meta>,
    base: &str,
    depth: u32,
    archive_len: u64,
    recovered: bool,
) {
    let prefix = if base.is_empty() {
        String::new()
    } else {
        format!("{base}/")
    };
    let raws: Vec<RawName> = metas.iter().map(|m| m.raw.clone()).collect();
    let decoded = decode_names(&raws);
    ctx.archives.push(ArchiveInfo {
        path: base.to_string(),
        depth,
        name_encoding: decoded.encoding,
        records: metas.len(),
        recovered,
    });
    let mut order: Vec<(&String, &Meta)> = decoded.names.iter().zip(&metas).collect();
    order.sort_by(|a, b| a.0.cmp(b.0));

    let mut listed = 0usize;
    let mut stopped = false;
    for (name, m) in order {
        if !ctx.count() {
            stopped = true;
            break;
        }
        if m.dir || is_dir_name(name) {
            ctx.skipped += 1;
            continue;
        }
        let path = match safe_path(name) {
            Ok(p) => p,
            Err(u) => {
                listed += 1;
                let why = (
                    ProblemKind::UnsafePath,
                    format!("文件路径不安全（{}），已拒绝", u.reason()),
                );
                ctx.refuse(format!("{prefix}{name}"), m.size, why);
                continue;
            }
        };
        if path.is_empty() {
            ctx.skipped += 1;
            continue;
        }
        let full = format!("{prefix}{path}");
        if m.symlink {
            listed += 1;
            ctx.refuse(full, m.size, symlink_refusal());
            continue;
        }
        if is_junk(&path) {
            ctx.skipped += 1;
            continue;
        }
        listed += 1;
        if let Some(why) = refusal_before_reading(ctx, m, &path, depth) {
            ctx.refuse(full, m.size, why);
            continue;
        }
        match src.read(ctx, m, archive_len) {
            Err(why) => ctx.refuse(full, m.size, why),
            Ok(bytes) if is_zip_name(&path) => {
                if let Err(why) = walk(ctx, Cursor::new(bytes.as_slice()), &full, depth + 1) {
                    ctx.refuse(full, bytes.len() as u64, why);
                }
            }
            Ok(bytes) => {
                if m.size > bytes.len() as u64 {
                    let detail = format!(
                        "压缩包声明的解压大小（{}）大于实际内容（{}），文件可能被改动或损坏；已按实际内容读取",
                        super::fmt_size(m.size),
                        super::fmt_size(bytes.len() as u64)
                    );
                    ctx.problem(&full, ProblemKind::SizeMismatch, detail);
                }
                ctx.entries.push(Entry {
                    path: full,
                    size: bytes.len() as u64,
                    content: Ok(bytes),
                })
            }
        }
    }
    if listed == 0 && !stopped && !recovered {
        ctx.problem(
            base,
            ProblemKind::EmptyArchive,
            "压缩包为空，没有任何文件".to_string(),
        );
    }
}

/// Reasons to refuse an entry without reading it.
fn refusal_before_reading(ctx: &Ctx<'_>, m: &Meta, path: &str, depth: u32) -> Option<Refusal> {
    if m.encrypted {
        let how = if m.method == CompressionMethod::AES {
            "AES 加密"
        } else {
            "设有密码"
        };
        return Some((
            ProblemKind::EncryptedEntry,
            format!("文件已加密（{how}），无法读取，请提交未加密的文件"),
        ));
    }
    if !SUPPORTED.contains(&m.method) {
        return Some((
            ProblemKind::UnsupportedCompression,
            format!("不支持的压缩方式（{}），无法读取", m.method),
        ));
    }
    if is_zip_name(path) && depth + 1 > ctx.max_depth() {
        return Some(too_deep(ctx.max_depth()));
    }
    if ctx.total_exceeded {
        return Some(ctx.total_refusal());
    }
    None
}

/// Refusal for an entry whose data ends early.
fn truncated_entry() -> Refusal {
    (
        ProblemKind::Truncated,
        "文件数据不完整（压缩包被截断），未读取".to_string(),
    )
}

/// Maps a zip crate error (opening an entry) to a refusal.
fn classify_zip(e: &ZipError) -> Refusal {
    match e {
        ZipError::Io(io) => super::classify_io(io),
        ZipError::UnsupportedArchive(msg) if *msg == ZipError::PASSWORD_REQUIRED => (
            ProblemKind::EncryptedEntry,
            "文件已加密（设有密码），无法读取".to_string(),
        ),
        ZipError::CompressionMethodNotSupported(m) => (
            ProblemKind::UnsupportedCompression,
            format!("不支持的压缩方式（{m}），无法读取"),
        ),
        ZipError::InvalidPassword => (
            ProblemKind::EncryptedEntry,
            "文件已加密，无法读取".to_string(),
        ),
        ZipError::DecompressedSizeLimitExceeded { limit, .. } => (
            ProblemKind::EntryTooLarge,
            format!("解压后超过上限（{}），未读取", fmt_size(*limit)),
        ),
        other => (
            ProblemKind::Corrupt,
            format!("文件已损坏，无法读取（{other}）"),
        ),
    }
}
