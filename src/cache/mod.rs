//! The cache: what `extract` made of a document, keyed by the
//! document's content (SHA-256 of its bytes), its detected format, the
//! extractor's fingerprint (a hash of `src/extract/`, so any change to how
//! text is read invalidates old entries) and the limits that shape a result.
//! Shared by `check`, `screen` and `rules diff`: re-screening the same
//! packages after a rule edit reads text from here instead of parsing PDFs.
//!
//! One file per document under the cache folder (`ab/abcdef….mpk`, in
//! MessagePack with field names, [`encode`]: a re-run reads tens of
//! thousands of entries, and parsing JSON was the largest part of it),
//! written atomically (a temporary file renamed into place), so a crash or a
//! parallel run never leaves a half entry. Failures are cached too (a
//! corrupt or encrypted file stays so), except time-outs, which depend on the
//! machine's load. Classification results live here too (`classified`).
//! The folder is bounded: `evict` removes the least recently used entries
//! (by modification time, touched on a hit when over an hour old) until the
//! total is under the limit.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::extract::{self, DocKind, Document, ExtractOptions, Status};
use crate::unpack::Package;

pub mod classified;

/// The extract stage's fingerprint (build.rs).
pub const EXTRACTOR: &str = env!("PRESCREEN_EXTRACTOR");

/// An entry read is marked as used when its last use is older than this.
const TOUCH_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);

/// Default bound on the cache folder's size.
pub const DEFAULT_MAX_BYTES: u64 = 2 << 30;

/// A cache that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("无法创建缓存文件夹 {path}：{source}")]
    Create {
        path: String,
        source: std::io::Error,
    },
}

/// Counts of one run, for the summary.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct CacheStats {
    pub hits: u64,
    pub misses: u64,
}

/// An entry's bytes: MessagePack with field names, so that fields skipped
/// when empty (as reports leave them out) read back as their defaults.
pub(crate) fn encode<T: serde::Serialize + ?Sized>(value: &T) -> Option<Vec<u8>> {
    rmp_serde::to_vec_named(value).ok()
}

/// An entry read back; `None` when it does not decode (an entry of an
/// older format is extracted again).
pub(crate) fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    rmp_serde::from_slice(bytes).ok()
}

/// An extraction cache in a folder.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    max_bytes: u64,
    hits: AtomicU64,
    misses: AtomicU64,
    /// Entries written by this process.
    written: AtomicU64,
}

impl Cache {
    /// The platform's cache folder for prescreen (`~/.cache/prescreen` on
    /// Linux, `~/Library/Caches/prescreen` on macOS, `%LOCALAPPDATA%` on
    /// Windows).
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "prescreen").map(|d| d.cache_dir().join("extract"))
    }

    pub fn open(dir: &Path, max_bytes: u64) -> Result<Cache, CacheError> {
        fs::create_dir_all(dir).map_err(|source| CacheError::Create {
            path: dir.display().to_string(),
            source,
        })?;
        Ok(Cache {
            dir: dir.to_path_buf(),
            max_bytes,
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            written: AtomicU64::new(0),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn stats(&self) -> CacheStats {
        CacheStats {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
        }
    }

    /// The key of a document: its content hash, format, the extractor and
    /// the options that shape its result.
    pub fn key(sha256: &str, kind: DocKind, opts: &ExtractOptions) -> String {
        let options = format!(
            "{}|{:?}|{}|{}|{}|{}|{}|ocr={}/{}/{}",
            EXTRACTOR,
            kind,
            opts.time_limit.as_millis(),
            opts.max_stream_bytes,
            opts.max_pages,
            opts.max_glyphs_per_page,
            sha256,
            // Whether OCR ran: asked for and Tesseract there.
            opts.ocr && crate::extract::ocr::available("chi_sim").is_ok(),
            opts.ocr_pages,
            opts.ocr_page_timeout.as_secs()
        );
        extract::sha256_hex(options.as_bytes())
    }

    fn path_of(&self, key: &str) -> PathBuf {
        let shard = key.get(..2).unwrap_or("00");
        self.dir.join(shard).join(format!("{key}.mpk"))
    }

    /// The cached document for `key`, with `path` as its path.
    pub fn get(&self, key: &str, path: &str) -> Option<Document> {
        let found = self
            .read_entry(key)
            .and_then(|bytes| decode::<Document>(&bytes));
        match found {
            Some(mut doc) => {
                self.hits.fetch_add(1, Ordering::Relaxed);
                doc.path = path.to_string();
                doc.millis = 0;
                Some(doc)
            }
            None => {
                self.misses.fetch_add(1, Ordering::Relaxed);
                None
            }
        }
    }

    /// Stores a document (not a time-out). Errors are ignored: a cache that
    /// cannot be written only makes the next run slower.
    pub fn put(&self, key: &str, doc: &Document) {
        if doc.status == Status::Timeout {
            return;
        }
        let Some(bytes) = encode(doc) else {
            return;
        };
        self.write_entry(key, &bytes);
    }

    /// An entry's bytes. An entry last used more than an hour ago is
    /// touched, for least-recently-used eviction (not every read: a re-run
    /// reads tens of thousands of entries).
    fn read_entry(&self, key: &str) -> Option<Vec<u8>> {
        use std::io::Read;
        let file = self.path_of(key);
        let mut f = fs::File::open(&file).ok()?;
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).ok()?;
        let now = std::time::SystemTime::now();
        let stale = f
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age > TOUCH_AFTER));
        if stale && let Ok(w) = fs::File::options().write(true).open(&file) {
            let _ = w.set_modified(now);
        }
        Some(bytes)
    }

    /// Writes an entry atomically (a temporary file renamed into place).
    fn write_entry(&self, key: &str, bytes: &[u8]) {
        let file = self.path_of(key);
        let Some(parent) = file.parent() else {
            return;
        };
        if fs::create_dir_all(parent).is_err() {
            return;
        }
        let tmp = parent.join(format!(
            ".{key}.{}.{:?}.tmp",
            std::process::id(),
            std::thread::current().id()
        ));
        // No fsync: an entry lost in a power cut is only extracted again;
        // the rename makes a half-written entry impossible.
        let written = fs::File::create(&tmp)
            .and_then(|mut f| f.write_all(bytes))
            .and_then(|_| fs::rename(&tmp, &file));
        match written {
            Ok(()) => {
                self.written.fetch_add(1, Ordering::Relaxed);
            }
            Err(_) => {
                let _ = fs::remove_file(&tmp);
            }
        }
    }

    /// Removes least recently used entries until the folder holds at most
    /// `max_bytes`; returns how many were removed. Skipped when this process
    /// wrote nothing: the folder has not grown since it was last bounded.
    pub fn evict(&self) -> usize {
        if self.written.load(Ordering::Relaxed) == 0 {
            return 0;
        }
        let mut entries: Vec<(std::time::SystemTime, u64, PathBuf)> = Vec::new();
        let Ok(shards) = fs::read_dir(&self.dir) else {
            return 0;
        };
        for shard in shards.flatten() {
            let Ok(files) = fs::read_dir(shard.path()) else {
                continue;
            };
            for f in files.flatten() {
                if let Ok(meta) = f.metadata()
                    && meta.is_file()
                {
                    let modified = meta.modified().unwrap_or(std::time::UNIX_EPOCH);
                    entries.push((modified, meta.len(), f.path()));
                }
            }
        }
        let mut total: u64 = entries.iter().map(|e| e.1).sum();
        if total <= self.max_bytes {
            return 0;
        }
        entries.sort();
        let mut removed = 0;
        for (_, len, path) in entries {
            if total <= self.max_bytes {
                break;
            }
            if fs::remove_file(&path).is_ok() {
                total = total.saturating_sub(len);
                removed += 1;
            }
        }
        removed
    }
}

/// A package's index: the cache keys of its documents and its unpack
/// problems, under the hash of the package file. A re-run finds the package
/// unchanged without inflating a single entry.
#[derive(serde::Serialize, serde::Deserialize)]
struct PackageIndex {
    /// (document path, cache key).
    documents: Vec<(String, String)>,
    problems: Vec<crate::unpack::Problem>,
}

/// SHA-256 of a file, read in chunks.
fn file_sha256(path: &Path) -> Option<String> {
    use sha2::Digest;
    use std::io::Read;
    let mut f = fs::File::open(path).ok()?;
    let mut h = sha2::Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Some(extract::hex(&h.finalize()))
}

/// Unpacks and extracts a package through the cache: a package file seen
/// before (same bytes, same extractor, limits and options) is read from its
/// index and its documents' entries; otherwise it is unpacked and each
/// document read from the cache or extracted. Returns the documents and the
/// package's unpack problems.
pub fn unpack_and_extract(
    path: &Path,
    limits: &crate::unpack::Limits,
    opts: &ExtractOptions,
    cache: Option<&Cache>,
) -> (Vec<Document>, Vec<crate::unpack::Problem>) {
    let index_key = cache
        .filter(|_| path.is_file())
        .and_then(|c| c.package_sha256(path))
        .map(|sha| {
            extract::sha256_hex(
                format!(
                    "package|{}|{:?}|{}",
                    Cache::key(&sha, DocKind::Archive, opts),
                    limits,
                    sha
                )
                .as_bytes(),
            )
        });
    if let (Some(cache), Some(key)) = (cache, &index_key)
        && let Some(found) = cache.get_index(key)
    {
        return found;
    }
    let package = crate::unpack::unpack(path, limits);
    let docs = extract_package(&package, opts, cache);
    if let (Some(cache), Some(key)) = (cache, &index_key) {
        cache.put_index(key, &package, &docs, opts);
    }
    (docs, package.problems)
}

impl Cache {
    /// SHA-256 of a package file, remembered under the file's identity
    /// (path, size, modification time, inode): a re-run does not hash
    /// hundreds of megabytes of unchanged packages again. A file modified
    /// within the last few seconds is hashed every time (its time stamp
    /// could still be shared with a later write, as git's index guards).
    fn package_sha256(&self, path: &Path) -> Option<String> {
        let meta = fs::metadata(path).ok()?;
        let modified = meta.modified().ok()?;
        let settled = std::time::SystemTime::now()
            .duration_since(modified)
            .is_ok_and(|age| age > std::time::Duration::from_secs(3));
        #[cfg(unix)]
        let inode = {
            use std::os::unix::fs::MetadataExt;
            (meta.dev(), meta.ino())
        };
        #[cfg(not(unix))]
        let inode = (0u64, 0u64);
        let stat_key = extract::sha256_hex(
            format!(
                "stat|{}|{}|{:?}|{:?}",
                fs::canonicalize(path)
                    .unwrap_or_else(|_| path.to_path_buf())
                    .display(),
                meta.len(),
                modified,
                inode
            )
            .as_bytes(),
        );
        if settled
            && let Some(bytes) = self.read_entry(&stat_key)
            && let Some(sha) = decode::<String>(&bytes)
            && sha.len() == 64
        {
            return Some(sha);
        }
        let sha = file_sha256(path)?;
        if settled && let Some(bytes) = encode(&sha) {
            self.write_entry(&stat_key, &bytes);
        }
        Some(sha)
    }

    fn get_index(&self, key: &str) -> Option<(Vec<Document>, Vec<crate::unpack::Problem>)> {
        let bytes = fs::read(self.path_of(key)).ok()?;
        let index: PackageIndex = decode(&bytes)?;
        let mut docs = Vec::with_capacity(index.documents.len());
        for (path, doc_key) in &index.documents {
            docs.push(self.get(doc_key, path)?);
        }
        Some((docs, index.problems))
    }

    fn put_index(&self, key: &str, package: &Package, docs: &[Document], opts: &ExtractOptions) {
        // Only when every document could be cached (refused entries and
        // time-outs are read again).
        if docs
            .iter()
            .any(|d| d.status == Status::Timeout || d.status == Status::Refused)
        {
            return;
        }
        let documents = docs
            .iter()
            .map(|d| (d.path.clone(), Cache::key(&d.sha256, d.kind, opts)))
            .collect();
        let index = PackageIndex {
            documents,
            problems: package.problems.clone(),
        };
        if let Some(bytes) = encode(&index) {
            self.write_entry(key, &bytes);
        }
    }
}

/// `extract::extract_package` through the cache: documents whose content was
/// extracted before (with the same extractor and options) are read from it.
pub fn extract_package(
    package: &Package,
    opts: &ExtractOptions,
    cache: Option<&Cache>,
) -> Vec<Document> {
    let Some(cache) = cache else {
        return extract::extract_package(package, opts);
    };
    use rayon::prelude::*;
    package
        .entries
        .par_iter()
        .map(|entry| match &entry.content {
            Ok(bytes) => {
                let sha = extract::sha256_hex(bytes);
                let kind = extract::detect_kind(&entry.path, bytes);
                let key = Cache::key(&sha, kind, opts);
                match cache.get(&key, &entry.path) {
                    Some(doc) => doc,
                    None => {
                        let doc = extract::extract_document(&entry.path, bytes, opts);
                        cache.put(&key, &doc);
                        doc
                    }
                }
            }
            Err(_) => extract::extract_package_entry(entry, opts),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(status: Status) -> Document {
        Document {
            path: "a.pdf".into(),
            kind: DocKind::Pdf,
            status,
            reason: None,
            detail: None,
            note: None,
            sha256: "00".into(),
            size: 3,
            pages: vec!["第一页".into()],
            page_quality: Vec::new(),
            seals: Vec::new(),
            hidden: Vec::new(),
            millis: 7,
        }
    }

    fn tmp(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!("prescreen-cache-{name}-{}", std::process::id()))
    }

    #[test]
    fn a_stored_document_comes_back_under_its_new_path() {
        let dir = tmp("roundtrip");
        let cache = Cache::open(&dir, DEFAULT_MAX_BYTES).expect("cache");
        let key = Cache::key("abc", DocKind::Pdf, &ExtractOptions::default());
        assert!(cache.get(&key, "x.pdf").is_none());
        cache.put(&key, &doc(Status::Ok));
        let back = cache.get(&key, "folder/b.pdf").expect("cached");
        assert_eq!(back.path, "folder/b.pdf");
        assert_eq!(back.pages, ["第一页"]);
        assert_eq!(cache.stats(), CacheStats { hits: 1, misses: 1 });
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn time_outs_are_not_cached_and_keys_depend_on_options() {
        let dir = tmp("timeout");
        let cache = Cache::open(&dir, DEFAULT_MAX_BYTES).expect("cache");
        let key = Cache::key("abc", DocKind::Pdf, &ExtractOptions::default());
        cache.put(&key, &doc(Status::Timeout));
        assert!(cache.get(&key, "a.pdf").is_none());
        let other = ExtractOptions {
            max_pages: 10,
            ..ExtractOptions::default()
        };
        assert_ne!(key, Cache::key("abc", DocKind::Pdf, &other));
        assert_ne!(
            key,
            Cache::key("abc", DocKind::Docx, &ExtractOptions::default())
        );
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn eviction_keeps_the_folder_under_its_bound() {
        let dir = tmp("evict");
        let cache = Cache::open(&dir, 600).expect("cache");
        for i in 0..10 {
            let key = Cache::key(&format!("{i}"), DocKind::Pdf, &ExtractOptions::default());
            cache.put(&key, &doc(Status::Ok));
        }
        let removed = cache.evict();
        assert!(removed > 0);
        let total: u64 = walk(&dir)
            .iter()
            .map(|p| fs::metadata(p).map(|m| m.len()).unwrap_or(0))
            .sum();
        assert!(total <= 600, "{total}");
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_package_hash_is_remembered_only_for_a_settled_file_and_follows_its_content() {
        let dir = tmp("stat");
        let _ = fs::remove_dir_all(&dir);
        let cache = Cache::open(&dir.join("cache"), DEFAULT_MAX_BYTES).expect("cache");
        let pkg = dir.join("p.zip");
        fs::write(&pkg, b"first").expect("write");
        // Just written: hashed, not remembered (its time stamp could still be
        // shared with a later write).
        let fresh = cache.package_sha256(&pkg).expect("sha");
        assert_eq!(fresh, extract::sha256_hex(b"first"));
        assert_eq!(cache.written.load(Ordering::Relaxed), 0);
        // Settled: remembered, and found again.
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
        fs::File::options()
            .write(true)
            .open(&pkg)
            .and_then(|f| f.set_modified(old))
            .expect("age");
        assert_eq!(cache.package_sha256(&pkg).as_deref(), Some(fresh.as_str()));
        assert_eq!(cache.written.load(Ordering::Relaxed), 1);
        assert_eq!(cache.package_sha256(&pkg).as_deref(), Some(fresh.as_str()));
        assert_eq!(cache.written.load(Ordering::Relaxed), 1);
        // New content (another size): a new identity, the new hash.
        fs::write(&pkg, b"second one").expect("write");
        fs::File::options()
            .write(true)
            .open(&pkg)
            .and_then(|f| f.set_modified(old))
            .expect("age");
        assert_eq!(
            cache.package_sha256(&pkg),
            Some(extract::sha256_hex(b"second one"))
        );
        let _ = fs::remove_dir_all(&dir);
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for e in fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
        out
    }
}
