//! The journal of a `screen` run (`DIR/journal.jsonl`): one line per package,
//! appended and flushed the moment the package is done, holding its report
//! before the rules across packages and the few values those rules need. A
//! run killed at any point leaves every finished package on disk; `--resume`
//! reads the journal, drops a line cut short, and screens only what is
//! missing; the final outputs are built from the journal alone, so they are
//! the same whether the run was interrupted or not.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::evaluate::BatchValue;
use crate::report::Report;

/// Journal format version, in every line.
const VERSION: u32 = 1;

/// One package's line.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub v: u32,
    /// The package as given.
    pub package: String,
    /// Its size in bytes (0 for a folder), to notice a changed input.
    pub size: u64,
    /// The report before the rules across packages.
    pub report: Report,
    pub batch: Vec<BatchValue>,
    pub fingerprint: String,
    pub pages: usize,
    pub documents: usize,
    pub fields_read: Vec<String>,
    /// Wall time spent on the package (not in any output).
    pub millis: u64,
}

impl Entry {
    pub fn new(
        package: String,
        size: u64,
        screened: crate::pipeline::Screened,
        documents: usize,
        millis: u64,
    ) -> Entry {
        Entry {
            v: VERSION,
            package,
            size,
            report: screened.report,
            batch: screened.batch,
            fingerprint: screened.fingerprint,
            pages: screened.pages,
            documents,
            fields_read: screened.fields_read,
            millis,
        }
    }
}

/// A journal line cannot be written or the journal read.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("无法读写进度文件 {path}：{source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// Where each finished package's line is in the journal file.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// package → (byte offset, length, size recorded).
    pub lines: BTreeMap<String, (u64, usize, u64)>,
    /// package → (content fingerprint, values for the rules across
    /// packages): what those rules need, without reading reports again.
    pub batch: BTreeMap<String, (String, Vec<BatchValue>)>,
}

/// An open journal, shared by the worker threads.
pub struct Journal {
    path: PathBuf,
    file: Mutex<File>,
}

impl Journal {
    fn err(path: &Path) -> impl Fn(std::io::Error) -> JournalError + '_ {
        move |source| JournalError::Io {
            path: path.display().to_string(),
            source,
        }
    }

    /// Starts a fresh journal (an earlier one is emptied).
    pub fn create(path: &Path) -> Result<Journal, JournalError> {
        let file = File::create(path).map_err(Self::err(path))?;
        Ok(Journal {
            path: path.to_path_buf(),
            file: Mutex::new(file),
        })
    }

    /// Opens an existing journal to append to, after cutting off a last line
    /// that a crash left incomplete (or any line that does not parse: it is
    /// dropped and its package screened again). Returns the journal and the
    /// index of the complete lines.
    pub fn resume(path: &Path) -> Result<(Journal, Index), JournalError> {
        if !path.exists() {
            return Ok((Journal::create(path)?, Index::default()));
        }
        let index = scan(path)?;
        // Rewrite only when something must be dropped: keep the good lines.
        let file_len = fs::metadata(path).map_err(Self::err(path))?.len();
        let good_end = index
            .lines
            .values()
            .map(|(o, l, _)| o + *l as u64 + 1)
            .max()
            .unwrap_or(0);
        let clean = good_end == file_len && index.lines.len() == count_lines(path)?;
        let index = if clean {
            index
        } else {
            let tmp = path.with_extension("jsonl.tmp");
            {
                let mut src = File::open(path).map_err(Self::err(path))?;
                let mut out = File::create(&tmp).map_err(Self::err(&tmp))?;
                let mut spans: Vec<(u64, usize)> =
                    index.lines.values().map(|(o, l, _)| (*o, *l)).collect();
                spans.sort_unstable();
                for (offset, len) in spans {
                    let mut buf = vec![0u8; len];
                    src.seek(SeekFrom::Start(offset)).map_err(Self::err(path))?;
                    src.read_exact(&mut buf).map_err(Self::err(path))?;
                    out.write_all(&buf).map_err(Self::err(&tmp))?;
                    out.write_all(b"\n").map_err(Self::err(&tmp))?;
                }
                out.sync_all().map_err(Self::err(&tmp))?;
            }
            fs::rename(&tmp, path).map_err(Self::err(path))?;
            scan(path)?
        };
        let file = OpenOptions::new()
            .append(true)
            .open(path)
            .map_err(Self::err(path))?;
        Ok((
            Journal {
                path: path.to_path_buf(),
                file: Mutex::new(file),
            },
            index,
        ))
    }

    /// Appends one package's line and flushes it to the operating system.
    pub fn append(&self, entry: &Entry) -> Result<(), JournalError> {
        let mut line = serde_json::to_vec(entry).map_err(|e| JournalError::Io {
            path: self.path.display().to_string(),
            source: std::io::Error::other(e),
        })?;
        line.push(b'\n');
        let mut f = self
            .file
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f.write_all(&line).map_err(Self::err(&self.path))?;
        f.flush().map_err(Self::err(&self.path))
    }

    /// Flushes to disk.
    pub fn sync(&self) -> Result<(), JournalError> {
        let f = self
            .file
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f.sync_all().map_err(Self::err(&self.path))
    }
}

fn count_lines(path: &Path) -> Result<usize, JournalError> {
    let f = File::open(path).map_err(Journal::err(path))?;
    Ok(BufReader::new(f).split(b'\n').count())
}

/// Indexes the complete, parseable lines of a journal. A later line for the
/// same package (a package screened again) wins.
pub fn scan(path: &Path) -> Result<Index, JournalError> {
    let f = File::open(path).map_err(Journal::err(path))?;
    let mut reader = BufReader::new(f);
    let mut lines = BTreeMap::new();
    let mut batch = BTreeMap::new();
    let mut offset: u64 = 0;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(Journal::err(path))?;
        if n == 0 {
            break;
        }
        let complete = buf.last() == Some(&b'\n');
        let body = if complete { &buf[..n - 1] } else { &buf[..] };
        if complete
            && let Ok(head) = serde_json::from_slice::<Head>(body)
            && head.v == VERSION
        {
            batch.insert(head.package.clone(), (head.fingerprint, head.batch));
            lines.insert(head.package, (offset, body.len(), head.size));
        }
        offset += n as u64;
    }
    Ok(Index { lines, batch })
}

/// A line read without the report.
#[derive(Deserialize)]
struct Head {
    v: u32,
    package: String,
    size: u64,
    #[serde(default)]
    batch: Vec<BatchValue>,
    #[serde(default)]
    fingerprint: String,
}

/// Reads one line at an index position (parse it with [`parse_entry`]).
pub fn read_line(file: &mut File, offset: u64, len: usize) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; len];
    file.seek(SeekFrom::Start(offset)).ok()?;
    file.read_exact(&mut buf).ok()?;
    Some(buf)
}

/// One entry from its line.
pub fn parse_entry(line: &[u8]) -> Option<Entry> {
    serde_json::from_slice(line).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_cut_short_is_dropped_on_resume() {
        let dir = std::env::temp_dir().join(format!("prescreen-journal-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("journal.jsonl");
        let good = r#"{"v":1,"package":"a.zip","size":3,"report":null}"#;
        fs::write(&path, format!("{good}\n{{\"v\":1,\"package\":\"b.z")).expect("write");
        let index = scan(&path).expect("scan");
        assert_eq!(index.lines.len(), 1);
        assert!(index.lines.contains_key("a.zip"));
        let (_, index) = Journal::resume(&path).expect("resume");
        assert_eq!(index.lines.len(), 1);
        assert_eq!(
            fs::read_to_string(&path).expect("read"),
            format!("{good}\n")
        );
        let _ = fs::remove_dir_all(&dir);
    }
}
