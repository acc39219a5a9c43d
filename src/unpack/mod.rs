//! Unpacks an application package into memory, for the checks that read its
//! files. A package is a `.zip` file, a folder (of files and zips), or a single
//! other file (a package of one entry). Zips inside are unpacked in place, their
//! entries named like folders (`附件.zip/营业执照.pdf`), up to [`Limits::max_depth`].
//! Entry names from Chinese Windows (GBK without the UTF-8 flag) are decoded by
//! [`decode_names`], once per archive. Every failure — not a zip, truncated,
//! encrypted, unsafe path, symlink, zip bomb, too deep, too many — becomes a
//! [`Problem`] with a short Chinese message for staff: [`unpack`] never panics
//! and never returns an error.
//!
//! Not for: extracting to disk (nothing is ever written), reading other archive
//! formats (`.rar` and `.7z` files are plain entries), or judging the files'
//! contents. Bytes are held in memory: [`Limits`] bounds how many.

mod archive;
mod names;
mod paths;

use std::fmt;
use std::fs::{self, File};
use std::io::{self, BufReader, Cursor, Read};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use serde::Serialize;

pub use names::{DecodedNames, NameEncoding, RawName, decode_names};

/// Nesting deeper than this is never unpacked, whatever [`Limits::max_depth`] says
/// (it bounds the recursion).
pub const MAX_DEPTH_CAP: u32 = 16;

/// Bounds on what one package may make us read. Every limit is checked on the
/// bytes actually decompressed, never on the sizes a header declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of the entries kept over the whole package, nested zips
    /// included (a nested zip's own bytes count, then its entries'; a zip file
    /// read from disk is not counted itself; a refused entry does not count).
    /// Past it:
    /// [`ProblemKind::TotalTooLarge`] and no further entry is read. Default 2 GiB.
    pub max_total_bytes: u64,
    /// Bytes of one entry. Past it: [`ProblemKind::EntryTooLarge`]. Default 512 MiB.
    pub max_entry_bytes: u64,
    /// Uncompressed ÷ compressed size of one zip entry. Past it:
    /// [`ProblemKind::RatioTooHigh`]. Default 200.
    pub max_ratio: u64,
    /// The ratio is checked only once an entry has produced more than this
    /// many bytes (small files compress well). Default 1 MiB.
    pub ratio_min_bytes: u64,
    /// Entries examined over the whole package, nested zips, folders and OS
    /// junk included. Past it: [`ProblemKind::TooManyEntries`] and the rest is
    /// not listed. Default 20 000.
    pub max_entries: usize,
    /// Deepest zip unpacked: the package's own zip (or a zip in a package
    /// folder) is depth 1, a zip inside it depth 2. A zip deeper is refused with
    /// [`ProblemKind::TooDeep`]. Default 3; values above [`MAX_DEPTH_CAP`] act as it.
    pub max_depth: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_total_bytes: 2 << 30,
            max_entry_bytes: 512 << 20,
            max_ratio: 200,
            ratio_min_bytes: 1 << 20,
            max_entries: 20_000,
            max_depth: 3,
        }
    }
}

/// An unpacked package.
#[derive(Debug, Clone)]
pub struct Package {
    /// The path (or, from [`unpack_bytes`], the name) it was unpacked from.
    pub source: PathBuf,
    /// Every file found, sorted by path; a refused file keeps its place with
    /// the reason as its content.
    pub entries: Vec<Entry>,
    /// Package-level problems: about the package or one of its archives
    /// (`path` is `""` for the package itself, else the nested zip's path):
    /// not a zip, truncated, empty, duplicate names, too many entries, total
    /// too large, unreadable. Entry-level problems sit in [`Entry::content`];
    /// [`Package::all_problems`] gives both.
    pub problems: Vec<Problem>,
    /// OS junk (`__MACOSX/`, `.DS_Store`, `Thumbs.db`, `desktop.ini`) and zip
    /// folder entries skipped silently.
    pub skipped: usize,
    /// The zips opened, outer first, with the name encoding chosen for each.
    pub archives: Vec<ArchiveInfo>,
}

impl Package {
    /// Package-level problems, then each refused entry's problem, in order.
    pub fn all_problems(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .chain(self.entries.iter().filter_map(|e| e.content.as_ref().err()))
    }
}

/// One file of a package.
#[derive(Clone, PartialEq, Eq)]
pub struct Entry {
    /// Decoded path relative to the package root, `/`-separated; a nested
    /// zip's entries sit under the zip's path (`附件.zip/营业执照.pdf`). A path
    /// refused as unsafe is shown as decoded, unnormalised (`C:\windows\x.txt`).
    pub path: String,
    /// Bytes: the content's length when read; for a refused entry the size
    /// its header (or the file system) declares.
    pub size: u64,
    /// The bytes, or why they were not read.
    pub content: Result<Vec<u8>, Problem>,
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Entry");
        d.field("path", &self.path).field("size", &self.size);
        match &self.content {
            Ok(b) => d.field("content", &format_args!("Ok(<{} bytes>)", b.len())),
            Err(p) => d.field("content", p),
        };
        d.finish()
    }
}

/// Something staff must know about a package or an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Problem {
    /// The entry's or archive's path (`""` for the package itself).
    pub path: String,
    /// What kind of problem.
    pub kind: ProblemKind,
    /// A short message in Chinese for staff, e.g. "压缩包已损坏（截断）：…".
    pub detail: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.detail)
        } else {
            write!(f, "{}：{}", self.path, self.detail)
        }
    }
}

impl std::error::Error for Problem {}

/// The kinds of [`Problem`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// Named `.zip` but not a zip (e.g. a renamed PDF or RAR).
    NotAZip,
    /// A zip cut short: its central directory (or an entry's data) is missing.
    /// What the local headers still give is recovered.
    Truncated,
    /// A zip with no file in it (only folders or OS junk count as none).
    EmptyArchive,
    /// An entry protected by a password (ZipCrypto or AES).
    EncryptedEntry,
    /// An entry larger than [`Limits::max_entry_bytes`].
    EntryTooLarge,
    /// The package decompresses to more than [`Limits::max_total_bytes`].
    TotalTooLarge,
    /// An entry compressed more than [`Limits::max_ratio`] (a zip bomb).
    RatioTooHigh,
    /// More than [`Limits::max_entries`] entries.
    TooManyEntries,
    /// A zip nested deeper than [`Limits::max_depth`].
    TooDeep,
    /// An entry name with `..`, an absolute path, a drive letter or NUL.
    UnsafePath,
    /// A symbolic link (in a zip or in a package folder).
    SymlinkEntry,
    /// A compression method this build can't decompress (e.g. PPMd).
    UnsupportedCompression,
    /// An entry inflates past the size its header declares (a lying header:
    /// a zip bomb, or damage).
    SizeMismatch,
    /// Damaged data: checksum mismatch, invalid compressed stream, or a
    /// central directory that can't be parsed.
    Corrupt,
    /// Two entries of one zip share a name; the zip library keeps only one.
    DuplicateEntries,
    /// The file system refused a read, or the path is not a regular file.
    Io,
}

/// One zip opened while unpacking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArchiveInfo {
    /// The zip's path in the package (`""` for the package itself).
    pub path: String,
    /// 1 for the package's own zip or a zip in a package folder, 2 inside it, …
    pub depth: u32,
    /// How its names without the UTF-8 flag were decoded.
    pub name_encoding: NameEncoding,
    /// Records read from it: its central directory, or the local headers
    /// recovered from a truncated zip.
    pub records: usize,
    /// The central directory was unusable; entries came from local headers.
    pub recovered: bool,
}

/// Unpacks the package at `path`: a folder, a `.zip` file, or any other file
/// (a package of one entry). Never panics, never fails: see [`Package::problems`].
pub fn unpack(path: &Path, limits: &Limits) -> Package {
    let mut ctx = Ctx::new(limits);
    ctx.guarded(|ctx| ctx.unpack_path(path));
    ctx.finish(path.to_path_buf())
}

/// Unpacks a package held in memory: a zip if `name` ends in `.zip`, else a
/// single file named after `name`'s last component.
pub fn unpack_bytes(name: &str, bytes: &[u8], limits: &Limits) -> Package {
    let mut ctx = Ctx::new(limits);
    ctx.guarded(|ctx| {
        if paths::is_zip_name(name) {
            ctx.zip_root(Cursor::new(bytes));
        } else {
            let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
            ctx.single(base, bytes, bytes.len() as u64);
        }
    });
    ctx.finish(PathBuf::from(name))
}

/// Why an entry was not read.
type Refusal = (ProblemKind, String);

/// State of one unpacking.
struct Ctx<'a> {
    limits: &'a Limits,
    entries: Vec<Entry>,
    problems: Vec<Problem>,
    archives: Vec<ArchiveInfo>,
    skipped: usize,
    examined: usize,
    total: u64,
    total_exceeded: bool,
    too_many: bool,
}

impl<'a> Ctx<'a> {
    fn new(limits: &'a Limits) -> Self {
        Ctx {
            limits,
            entries: Vec::new(),
            problems: Vec::new(),
            archives: Vec::new(),
            skipped: 0,
            examined: 0,
            total: 0,
            total_exceeded: false,
            too_many: false,
        }
    }

    fn finish(mut self, source: PathBuf) -> Package {
        self.entries.sort_by(|a, b| a.path.cmp(&b.path));
        self.problems.sort_by(|a, b| a.path.cmp(&b.path));
        Package {
            source,
            entries: self.entries,
            problems: self.problems,
            skipped: self.skipped,
            archives: self.archives,
        }
    }

    /// Runs `f`, turning a panic (a bug here or in the zip library, on some
    /// damaged input) into a package-level problem: what was listed stays.
    fn guarded(&mut self, f: impl FnOnce(&mut Self)) {
        let result = panic::catch_unwind(AssertUnwindSafe(|| f(&mut *self)));
        if result.is_err() {
            let detail = "解压时发生内部错误（压缩包可能已损坏），结果可能不完整".to_string();
            self.problem("", ProblemKind::Corrupt, detail);
        }
    }

    /// [`unpack`]'s work.
    fn unpack_path(&mut self, path: &Path) {
        match fs::metadata(path) {
            Err(e) => self.problem("", ProblemKind::Io, format!("无法读取申报材料：{e}")),
            Ok(md) if md.is_dir() => self.walk_dir(path),
            Ok(md) if md.is_file() => {
                let name = path
                    .file_name()
                    .map(os_name)
                    .unwrap_or_else(|| path.to_string_lossy().into_owned());
                match File::open(path) {
                    Err(e) => self.problem("", ProblemKind::Io, format!("无法打开：{e}")),
                    Ok(file) if paths::is_zip_name(&name) => self.zip_root(BufReader::new(file)),
                    Ok(file) => self.single(&name, file, md.len()),
                }
            }
            Ok(_) => self.problem(
                "",
                ProblemKind::Io,
                "不是普通文件或文件夹，未读取".to_string(),
            ),
        }
    }

    fn max_depth(&self) -> u32 {
        self.limits.max_depth.min(MAX_DEPTH_CAP)
    }

    /// A package-level problem.
    fn problem(&mut self, path: &str, kind: ProblemKind, detail: String) {
        self.problems.push(Problem {
            path: path.to_string(),
            kind,
            detail,
        });
    }

    /// Lists an entry refused for `why`.
    fn refuse(&mut self, path: String, size: u64, why: Refusal) {
        let problem = Problem {
            path: path.clone(),
            kind: why.0,
            detail: why.1,
        };
        self.entries.push(Entry {
            path,
            size,
            content: Err(problem),
        });
    }

    /// Counts one more entry examined; false (once reporting it) past the limit.
    fn count(&mut self) -> bool {
        if self.too_many {
            return false;
        }
        self.examined += 1;
        if self.examined > self.limits.max_entries {
            self.too_many = true;
            let detail = format!(
                "文件数超过上限（{} 个），其余文件未列出",
                self.limits.max_entries
            );
            self.problem("", ProblemKind::TooManyEntries, detail);
            return false;
        }
        true
    }

    /// Refusal for an entry not read because the total was already exceeded.
    fn total_refusal(&self) -> Refusal {
        (
            ProblemKind::TotalTooLarge,
            format!(
                "解压总量已超过上限（{}），未读取",
                fmt_size(self.limits.max_total_bytes)
            ),
        )
    }

    /// Reads `r` to the end within the limits, counting the bytes read in the
    /// total when kept. `compressed` (a zip entry's compressed size) enables
    /// the ratio check.
    fn read_limited(&mut self, r: impl Read, compressed: Option<u64>) -> Result<Vec<u8>, Refusal> {
        let lim = self.limits;
        let left = lim.max_total_bytes.saturating_sub(self.total);
        let cap = lim.max_entry_bytes.min(left);
        let mut r = r.take(cap.saturating_add(1));
        let mut buf = Vec::new();
        let mut chunk = vec![0u8; 64 * 1024];
        let result = loop {
            match r.read(&mut chunk) {
                Ok(0) => break Ok(()),
                Ok(n) => {
                    buf.extend_from_slice(chunk.get(..n).unwrap_or_default());
                    let len = buf.len() as u64;
                    if len > lim.max_entry_bytes {
                        break Err((
                            ProblemKind::EntryTooLarge,
                            format!(
                                "解压后超过单个文件上限（{}），未读取",
                                fmt_size(lim.max_entry_bytes)
                            ),
                        ));
                    }
                    if len > left {
                        break Err((
                            ProblemKind::TotalTooLarge,
                            format!(
                                "解压总量超过上限（{}），此文件及其后的文件未读取",
                                fmt_size(lim.max_total_bytes)
                            ),
                        ));
                    }
                    if let Some(c) = compressed
                        && len > lim.ratio_min_bytes
                        && len > c.max(1).saturating_mul(lim.max_ratio)
                    {
                        break Err((
                            ProblemKind::RatioTooHigh,
                            format!(
                                "压缩比异常（超过 {}:1，压缩后仅 {}），疑似压缩炸弹，未读取",
                                lim.max_ratio,
                                fmt_size(c)
                            ),
                        ));
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => break Err(classify_io(&e)),
            }
        };
        match result {
            Ok(()) => {
                // Only what is kept counts towards the total: a refused bomb
                // at the start does not block the documents after it.
                self.total = self.total.saturating_add(buf.len() as u64);
                Ok(buf)
            }
            Err(why) => {
                if why.0 == ProblemKind::TotalTooLarge && !self.total_exceeded {
                    self.total_exceeded = true;
                    let detail = format!(
                        "解压总量超过上限（{}），其余文件未读取",
                        fmt_size(lim.max_total_bytes)
                    );
                    self.problem("", ProblemKind::TotalTooLarge, detail);
                }
                Err(why)
            }
        }
    }

    /// The package is a zip (depth 1).
    fn zip_root<R: Read + io::Seek>(&mut self, reader: R) {
        if self.max_depth() < 1 {
            let detail = "压缩包嵌套层数超过上限（0 层），未解压".to_string();
            self.problem("", ProblemKind::TooDeep, detail);
            return;
        }
        if let Err(why) = archive::walk(self, reader, "", 1) {
            self.problem("", why.0, why.1);
        }
    }

    /// The package is one file.
    fn single(&mut self, path: &str, r: impl Read, declared: u64) {
        if self.count() {
            self.read_file(path, r, declared);
        }
    }

    /// Reads one file, already counted, at `path`.
    fn read_file(&mut self, path: &str, r: impl Read, declared: u64) {
        if self.total_exceeded {
            let why = self.total_refusal();
            self.refuse(path.to_string(), declared, why);
            return;
        }
        match self.read_limited(r, None) {
            Ok(bytes) => self.entries.push(Entry {
                path: path.to_string(),
                size: bytes.len() as u64,
                content: Ok(bytes),
            }),
            Err(why) => self.refuse(path.to_string(), declared, why),
        }
    }

    /// Walks a package folder: sorted, depth first, symlinks not followed.
    fn walk_dir(&mut self, root: &Path) {
        let mut stack: Vec<(PathBuf, String)> = vec![(root.to_path_buf(), String::new())];
        while let Some((dir, rel)) = stack.pop() {
            let mut children: Vec<(String, PathBuf)> = Vec::new();
            match fs::read_dir(&dir) {
                Err(e) => {
                    self.problem(&rel, ProblemKind::Io, format!("无法读取文件夹：{e}"));
                    continue;
                }
                Ok(rd) => {
                    for item in rd {
                        match item {
                            Ok(item) => children.push((os_name(&item.file_name()), item.path())),
                            Err(e) => {
                                self.problem(&rel, ProblemKind::Io, format!("无法读取文件夹：{e}"))
                            }
                        }
                    }
                }
            }
            children.sort();
            let mut subdirs = Vec::new();
            for (name, path) in children {
                if self.too_many {
                    return;
                }
                let relp = if rel.is_empty() {
                    name.clone()
                } else {
                    format!("{rel}/{name}")
                };
                let md = match fs::symlink_metadata(&path) {
                    Ok(md) => md,
                    Err(e) => {
                        if self.count() {
                            self.refuse(relp, 0, (ProblemKind::Io, format!("无法读取：{e}")));
                        }
                        continue;
                    }
                };
                let ft = md.file_type();
                if ft.is_dir() {
                    if name == "__MACOSX" {
                        self.skipped += 1;
                    } else {
                        subdirs.push((path, relp));
                    }
                    continue;
                }
                if !self.count() {
                    return;
                }
                if ft.is_symlink() {
                    self.refuse(relp, 0, symlink_refusal());
                } else if !ft.is_file() {
                    let why = (
                        ProblemKind::Io,
                        "不是普通文件（设备或管道），未读取".to_string(),
                    );
                    self.refuse(relp, 0, why);
                } else if paths::is_junk(&relp) {
                    self.skipped += 1;
                } else {
                    self.dir_file(&path, relp, md.len());
                }
            }
            stack.extend(subdirs.into_iter().rev());
        }
    }

    /// A regular file in a package folder, already counted.
    fn dir_file(&mut self, path: &Path, relp: String, len: u64) {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => {
                self.refuse(relp, len, (ProblemKind::Io, format!("无法打开：{e}")));
                return;
            }
        };
        if !paths::is_zip_name(&relp) {
            self.read_file(&relp, file, len);
        } else if self.max_depth() < 1 {
            self.refuse(relp, len, too_deep(self.max_depth()));
        } else if let Err(why) = archive::walk(self, BufReader::new(file), &relp, 1) {
            self.refuse(relp, len, why);
        }
    }
}

/// Refusal for a symbolic link.
fn symlink_refusal() -> Refusal {
    (
        ProblemKind::SymlinkEntry,
        "是符号链接（指向其他文件），已拒绝".to_string(),
    )
}

/// Refusal for a zip nested too deep.
fn too_deep(max: u32) -> Refusal {
    (
        ProblemKind::TooDeep,
        format!("压缩包嵌套超过 {max} 层，未解压"),
    )
}

/// Maps a read error of an entry to a refusal.
fn classify_io(e: &io::Error) -> Refusal {
    let msg = e.to_string();
    if msg.contains("declared uncompressed size") {
        (
            ProblemKind::SizeMismatch,
            "实际解压大小超过压缩包声明的大小，疑似压缩炸弹或文件损坏，未读取".to_string(),
        )
    } else if e.kind() == io::ErrorKind::UnexpectedEof {
        (
            ProblemKind::Truncated,
            "文件数据不完整（压缩包被截断），未读取".to_string(),
        )
    } else if matches!(
        e.kind(),
        io::ErrorKind::InvalidData | io::ErrorKind::InvalidInput
    ) {
        (
            ProblemKind::Corrupt,
            format!("文件已损坏，无法解压（{msg}）"),
        )
    } else {
        (ProblemKind::Io, format!("读取失败（{msg}）"))
    }
}

/// A file name from the file system; non-UTF-8 names (e.g. GBK bytes left by
/// `unzip` on Linux) go through [`decode_names`].
fn os_name(name: &std::ffi::OsStr) -> String {
    if let Some(s) = name.to_str() {
        return s.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let d = decode_names(&[RawName::unflagged(name.as_bytes())]);
        if let Some(s) = d.names.into_iter().next() {
            return s;
        }
    }
    name.to_string_lossy().into_owned()
}

/// A size for staff: "512 MB", "1.5 GB", "300 字节".
fn fmt_size(b: u64) -> String {
    for (unit, label) in [(1u64 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")] {
        if b >= unit {
            return if b.is_multiple_of(unit) {
                format!("{} {label}", b / unit)
            } else {
                format!("{:.1} {label}", b as f64 / unit as f64)
            };
        }
    }
    format!("{b} 字节")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let l = Limits::default();
        assert_eq!(l.max_total_bytes, 2 * 1024 * 1024 * 1024);
        assert_eq!(l.max_entry_bytes, 512 * 1024 * 1024);
        assert_eq!((l.max_ratio, l.ratio_min_bytes), (200, 1024 * 1024));
        assert_eq!((l.max_entries, l.max_depth), (20_000, 3));
    }

    #[test]
    fn sizes_for_staff() {
        assert_eq!(fmt_size(2 << 30), "2 GB");
        assert_eq!(fmt_size(512 << 20), "512 MB");
        assert_eq!(fmt_size(1536), "1.5 KB");
        assert_eq!(fmt_size(300), "300 字节");
    }

    #[test]
    fn a_single_file_is_a_package_of_one() {
        let p = unpack_bytes("材料/申请表.pdf", b"%PDF-1.4", &Limits::default());
        assert_eq!(p.entries.len(), 1);
        assert_eq!(p.entries[0].path, "申请表.pdf");
        assert_eq!(p.entries[0].content, Ok(b"%PDF-1.4".to_vec()));
        assert!(p.problems.is_empty());
    }

    #[test]
    fn a_single_file_over_the_entry_limit_is_refused_on_bytes_read() {
        let limits = Limits {
            max_entry_bytes: 4,
            ..Limits::default()
        };
        let p = unpack_bytes("a.txt", b"12345", &limits);
        let e = &p.entries[0];
        assert_eq!(
            e.content.as_ref().map_err(|p| p.kind),
            Err(ProblemKind::EntryTooLarge)
        );
        let p = unpack_bytes("a.txt", b"1234", &limits);
        assert!(p.entries[0].content.is_ok());
    }

    #[test]
    fn a_missing_path_is_an_io_problem() {
        let p = unpack(Path::new("/nonexistent/申报材料.zip"), &Limits::default());
        assert!(p.entries.is_empty());
        assert_eq!(p.problems.len(), 1);
        assert_eq!(p.problems[0].kind, ProblemKind::Io);
        assert_eq!(p.problems[0].path, "");
    }

    #[test]
    fn problem_display() {
        let mut p = Problem {
            path: "x.zip".into(),
            kind: ProblemKind::NotAZip,
            detail: "不是 zip".into(),
        };
        assert_eq!(p.to_string(), "x.zip：不是 zip");
        p.path.clear();
        assert_eq!(p.to_string(), "不是 zip");
    }

    #[test]
    fn io_errors_are_classified() {
        let e = io::Error::new(
            io::ErrorKind::InvalidData,
            "File is larger than its declared uncompressed size",
        );
        assert_eq!(classify_io(&e).0, ProblemKind::SizeMismatch);
        let e = io::Error::new(io::ErrorKind::UnexpectedEof, "eof");
        assert_eq!(classify_io(&e).0, ProblemKind::Truncated);
        let e = io::Error::new(io::ErrorKind::InvalidData, "Invalid checksum");
        assert_eq!(classify_io(&e).0, ProblemKind::Corrupt);
        let e = io::Error::other("disk on fire");
        assert_eq!(classify_io(&e).0, ProblemKind::Io);
    }
}
