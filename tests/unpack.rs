//! Tests of `prescreen::unpack` on the fixtures in tests/fixtures/zip/ (made by
//! tests/fixtures/zip/make.py: which tool made which is said there).

use std::fs;
use std::path::{Path, PathBuf};

use ProblemKind::*;
use prescreen::unpack::{
    Limits, NameEncoding, Package, ProblemKind, RawName, decode_names, unpack, unpack_bytes,
};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/zip")
        .join(name)
}

fn open(name: &str) -> Package {
    unpack(&fixture(name), &Limits::default())
}

fn open_with(name: &str, limits: Limits) -> Package {
    unpack(&fixture(name), &limits)
}

/// Every entry: (path, None if read, Some(kind) if refused).
fn listing(p: &Package) -> Vec<(&str, Option<ProblemKind>)> {
    p.entries
        .iter()
        .map(|e| (e.path.as_str(), e.content.as_ref().err().map(|p| p.kind)))
        .collect()
}

/// Package-level problems: (path, kind).
fn problems(p: &Package) -> Vec<(&str, ProblemKind)> {
    p.problems
        .iter()
        .map(|p| (p.path.as_str(), p.kind))
        .collect()
}

fn content<'a>(p: &'a Package, path: &str) -> &'a [u8] {
    let e = p.entries.iter().find(|e| e.path == path);
    let e = e.unwrap_or_else(|| panic!("no entry {path} in {:?}", p.entries));
    e.content
        .as_deref()
        .unwrap_or_else(|err| panic!("{path} refused: {err}"))
}

/// The dummy PDFs of make.py name their file: the bytes went to the right name.
fn assert_contents_match_names(p: &Package) {
    for e in &p.entries {
        if let Ok(bytes) = &e.content
            && bytes.starts_with(b"%PDF")
        {
            let base = e.path.rsplit('/').next().unwrap_or_default();
            let text = String::from_utf8_lossy(bytes);
            assert!(text.contains(base), "{} holds {text:?}", e.path);
            assert_eq!(e.size, bytes.len() as u64);
        }
    }
}

fn ok(path: &str) -> (&str, Option<ProblemKind>) {
    (path, None)
}

fn bad(path: &str, kind: ProblemKind) -> (&str, Option<ProblemKind>) {
    (path, Some(kind))
}

// ---- names -------------------------------------------------------------

#[test]
fn gbk_names_without_flag() {
    for f in ["gbk-names.zip", "gbk-infozip.zip"] {
        let p = open(f);
        assert_eq!(
            listing(&p),
            [
                ok("实施方案/样题一.pdf"),
                ok("申请表.docx"),
                ok("目录.pdf"),
                ok("营业执照.pdf")
            ],
            "{f}"
        );
        assert!(p.problems.is_empty(), "{f}: {:?}", p.problems);
        assert_eq!(p.skipped, 1, "{f}: the folder entry 实施方案/");
        assert_eq!(p.archives.len(), 1);
        assert_eq!(p.archives[0].name_encoding, NameEncoding::Gb18030, "{f}");
        assert_contents_match_names(&p);
    }
}

#[test]
fn gbk_trap_names_valid_as_utf8_too() {
    // The fixture really holds the trap: every raw name is valid UTF-8.
    let file = fs::File::open(fixture("gbk-trap.zip")).expect("fixture");
    let mut z = zip::ZipArchive::new(file).expect("zip");
    for i in 0..z.len() {
        let e = z.by_index(i).expect("entry");
        assert!(std::str::from_utf8(e.name_raw()).is_ok());
        assert_eq!(e.flags().as_u16() & 0x800, 0);
    }
    let p = open("gbk-trap.zip");
    assert_eq!(
        listing(&p),
        [ok("实施.pdf"), ok("目录.pdf"), ok("营业.pdf")]
    );
    assert_eq!(p.archives[0].name_encoding, NameEncoding::Gb18030);
    assert_contents_match_names(&p);
}

#[test]
fn the_three_gbk_traps_through_decode_names() {
    let traps: [(&[u8], &str); 3] = [
        (&[0xC4, 0xBF, 0xC2, 0xBC], "目录"),
        (
            &[0xD3, 0xAA, 0xD2, 0xB5, 0xD6, 0xB4, 0xD5, 0xD5],
            "营业执照",
        ),
        (&[0xCA, 0xB5, 0xCA, 0xA9], "实施"),
    ];
    for (bytes, name) in traps {
        let mut raw = bytes.to_vec();
        raw.extend_from_slice(b".pdf");
        let d = decode_names(&[RawName::unflagged(raw)]);
        assert_eq!(d.names, [format!("{name}.pdf")]);
        assert_eq!(d.encoding, NameEncoding::Gb18030);
    }
    // 目录 is "Ŀ¼" in UTF-8: the flag makes it so.
    let d = decode_names(&[RawName::flagged(vec![0xC4, 0xBF, 0xC2, 0xBC])]);
    assert_eq!(d.names, ["Ŀ¼"]);
}

#[test]
fn utf8_with_flag() {
    let p = open("utf8-flag.zip");
    assert_eq!(
        listing(&p),
        [
            ok("readme.txt"),
            ok("实施方案/样题二.pdf"),
            ok("申请表.docx")
        ]
    );
    assert_eq!(p.archives[0].name_encoding, NameEncoding::Utf8Flag);
    assert!(p.problems.is_empty());
    assert_contents_match_names(&p);
}

#[test]
fn utf8_without_flag() {
    let p = open("utf8-noflag.zip");
    assert_eq!(
        listing(&p),
        [
            ok("实施方案/样题一.pdf"),
            ok("目录.pdf"),
            ok("营业执照.pdf")
        ]
    );
    assert_eq!(p.archives[0].name_encoding, NameEncoding::Utf8);
    assert_eq!(p.skipped, 1);
    assert_contents_match_names(&p);
}

#[test]
fn infozip_unicode_path_field() {
    let p = open("infozip-unicode-path.zip");
    // 承诺书.pdf is "___.pdf" in its header: only 0x7075 names it. The stale
    // field of 申请表.docx (wrong CRC) is ignored.
    assert_eq!(
        listing(&p),
        [ok("承诺书.pdf"), ok("申请表.docx"), ok("营业执照.pdf")]
    );
    assert_eq!(p.archives[0].name_encoding, NameEncoding::Gb18030);
    assert_contents_match_names(&p);
}

#[test]
fn made_by_7zip() {
    let p = open("7z-made.zip");
    assert_eq!(
        listing(&p),
        [
            ok("实施方案/样题一.pdf"),
            ok("目录.pdf"),
            ok("职业技能等级认定工作方案.docx")
        ]
    );
    assert_eq!(p.archives[0].name_encoding, NameEncoding::Utf8Flag);
    assert_eq!(p.skipped, 1);
    assert!(p.problems.is_empty());
    assert_contents_match_names(&p);
}

#[test]
fn bzip2_lzma_deflate64() {
    let p = open("methods.zip");
    assert_eq!(
        listing(&p),
        [ok("bzip2.txt"), ok("deflate64.txt"), ok("lzma.txt")]
    );
    for (path, method) in [
        ("bzip2.txt", "BZip2"),
        ("lzma.txt", "LZMA"),
        ("deflate64.txt", "Deflate64"),
    ] {
        let expected = format!("{method} 压缩方式 ").repeat(200);
        assert_eq!(content(&p, path), expected.as_bytes());
    }
}

#[test]
fn ppmd_is_unsupported() {
    let p = open("ppmd.zip");
    assert_eq!(listing(&p), [bad("样题.txt", UnsupportedCompression)]);
    assert!(p.problems.is_empty());
}

// ---- nesting -----------------------------------------------------------

#[test]
fn nested_zip_is_unpacked_in_place() {
    let p = open("nested.zip");
    assert_eq!(
        listing(&p),
        [
            ok("申报材料/申请表.pdf"),
            ok("申报材料/附件/证明材料.zip/信用报告.pdf"),
            ok("申报材料/附件/证明材料.zip/营业执照.pdf"),
        ]
    );
    assert!(p.problems.is_empty());
    let archives: Vec<_> = p
        .archives
        .iter()
        .map(|a| (a.path.as_str(), a.depth, a.name_encoding))
        .collect();
    assert_eq!(
        archives,
        [
            ("", 1, NameEncoding::Utf8Flag),
            ("申报材料/附件/证明材料.zip", 2, NameEncoding::Gb18030)
        ]
    );
    assert_eq!(p.skipped, 2, "申报材料/ and 申报材料/附件/");
    assert_contents_match_names(&p);
}

#[test]
fn too_deep() {
    let p = open("too-deep.zip");
    assert_eq!(
        listing(&p),
        [
            ok("一.txt"),
            ok("第二层.zip/二.txt"),
            ok("第二层.zip/第三层.zip/三.txt"),
            bad("第二层.zip/第三层.zip/第四层.zip", TooDeep),
        ]
    );
    assert_eq!(
        content(&p, "第二层.zip/第三层.zip/三.txt"),
        "第三层\n".as_bytes()
    );

    let deeper = open_with(
        "too-deep.zip",
        Limits {
            max_depth: 4,
            ..Limits::default()
        },
    );
    assert_eq!(
        content(&deeper, "第二层.zip/第三层.zip/第四层.zip/四.txt"),
        "第四层\n".as_bytes()
    );
    assert!(deeper.all_problems().next().is_none());

    let shallow = open_with(
        "too-deep.zip",
        Limits {
            max_depth: 1,
            ..Limits::default()
        },
    );
    assert_eq!(
        listing(&shallow),
        [ok("一.txt"), bad("第二层.zip", TooDeep)]
    );

    let none = open_with(
        "too-deep.zip",
        Limits {
            max_depth: 0,
            ..Limits::default()
        },
    );
    assert!(none.entries.is_empty());
    assert_eq!(problems(&none), [("", TooDeep)]);
}

// ---- junk and unsafe names ---------------------------------------------

#[test]
fn os_junk_is_skipped_and_counted() {
    let p = open("junk.zip");
    assert_eq!(listing(&p), [ok("材料/信用报告.pdf"), ok("申请表.pdf")]);
    // __MACOSX/, __MACOSX/._申请表.pdf, .DS_Store, 材料/.DS_Store, Thumbs.db,
    // desktop.ini, 材料/.
    assert_eq!(p.skipped, 7);
    assert!(p.problems.is_empty());
}

#[test]
fn traversal_and_symlink_are_refused() {
    let p = open("traversal.zip");
    assert_eq!(
        listing(&p),
        [
            bad("../../x.txt", UnsafePath),
            bad("..\\..\\evil.txt", UnsafePath),
            bad("/etc/passwd", UnsafePath),
            bad("C:\\windows\\x.txt", UnsafePath),
            bad("a/../../b.txt", UnsafePath),
            bad("link", SymlinkEntry),
            ok("正常.txt"),
        ]
    );
    assert_eq!(content(&p, "正常.txt"), "正常\n".as_bytes());
    for e in &p.entries {
        if let Err(problem) = &e.content {
            assert_eq!(problem.path, e.path);
            assert!(!problem.detail.is_empty());
        }
    }
}

// ---- bombs and limits --------------------------------------------------

#[test]
fn bomb_ratio() {
    let p = open("bomb-ratio.zip");
    assert_eq!(
        listing(&p),
        [bad("zeros.bin", RatioTooHigh), ok("说明.txt")]
    );
    let zeros = &p.entries[0];
    assert_eq!(zeros.size, 50 << 20, "the declared size, for staff");
    assert!(p.problems.is_empty());

    // Without the ratio check, the entry limit still holds on bytes read.
    let limits = Limits {
        max_ratio: u64::MAX,
        max_entry_bytes: 1 << 20,
        ..Limits::default()
    };
    let p = open_with("bomb-ratio.zip", limits);
    assert_eq!(
        listing(&p),
        [bad("zeros.bin", EntryTooLarge), ok("说明.txt")]
    );
}

#[test]
fn bomb_liar() {
    // The header says 1000 bytes; the stream inflates to 10 MiB.
    let p = open("bomb-liar.zip");
    assert_eq!(listing(&p), [bad("报告.pdf", SizeMismatch)]);
    assert_eq!(p.entries[0].size, 1000);
}

#[test]
fn entry_too_large() {
    let p = open_with(
        "7z-made.zip",
        Limits {
            max_entry_bytes: 30,
            ..Limits::default()
        },
    );
    // 样题一.pdf is 31 bytes, 目录.pdf 28, the .docx 59.
    assert_eq!(
        listing(&p),
        [
            bad("实施方案/样题一.pdf", EntryTooLarge),
            ok("目录.pdf"),
            bad("职业技能等级认定工作方案.docx", EntryTooLarge),
        ]
    );
}

#[test]
fn total_too_large_stops_reading() {
    // In path order: 样题一.pdf 31 bytes, 申请表.docx 32, 目录.pdf 28, 营业执照.pdf 34.
    let p = open_with(
        "gbk-names.zip",
        Limits {
            max_total_bytes: 70,
            ..Limits::default()
        },
    );
    assert_eq!(
        listing(&p),
        [
            ok("实施方案/样题一.pdf"),
            ok("申请表.docx"),
            bad("目录.pdf", TotalTooLarge),
            bad("营业执照.pdf", TotalTooLarge),
        ]
    );
    assert_eq!(problems(&p), [("", TotalTooLarge)]);
}

#[test]
fn refused_entries_do_not_count_towards_the_total() {
    // 7z-made.zip in order: 样题一.pdf 31 bytes (over the entry limit), 目录.pdf
    // 28, the .docx 59. The refused 31 bytes must not use up the total.
    let p = open_with(
        "7z-made.zip",
        Limits {
            max_entry_bytes: 30,
            max_total_bytes: 40,
            ..Limits::default()
        },
    );
    assert_eq!(
        listing(&p),
        [
            bad("实施方案/样题一.pdf", EntryTooLarge),
            ok("目录.pdf"),
            bad("职业技能等级认定工作方案.docx", TotalTooLarge),
        ]
    );
}

#[test]
fn total_counts_nested_entries() {
    // nested.zip: 申请表.pdf (31) + 证明材料.zip (296) + its two PDFs (37 + 34).
    let p = open_with(
        "nested.zip",
        Limits {
            max_total_bytes: 31 + 296 + 37,
            ..Limits::default()
        },
    );
    assert_eq!(
        listing(&p),
        [
            ok("申报材料/申请表.pdf"),
            ok("申报材料/附件/证明材料.zip/信用报告.pdf"),
            bad("申报材料/附件/证明材料.zip/营业执照.pdf", TotalTooLarge),
        ]
    );
}

#[test]
fn too_many_entries() {
    // Records in name order: 实施方案/ (a folder), 实施方案/样题一.pdf, 申请表.docx, …
    let p = open_with(
        "gbk-names.zip",
        Limits {
            max_entries: 3,
            ..Limits::default()
        },
    );
    assert_eq!(listing(&p), [ok("实施方案/样题一.pdf"), ok("申请表.docx")]);
    assert_eq!(problems(&p), [("", TooManyEntries)]);
}

// ---- broken archives ---------------------------------------------------

#[test]
fn empty_zip() {
    let p = open("empty.zip");
    assert!(p.entries.is_empty());
    assert_eq!(problems(&p), [("", EmptyArchive)]);
}

#[test]
fn not_a_zip() {
    let p = open("not-a-zip.zip");
    assert!(p.entries.is_empty());
    assert_eq!(problems(&p), [("", NotAZip)]);
    assert!(
        p.problems[0].detail.contains("PDF"),
        "{}",
        p.problems[0].detail
    );
}

#[test]
fn truncated_zip_is_recovered_from_local_headers() {
    let p = open("truncated.zip");
    assert_eq!(
        listing(&p),
        [
            ok("信用报告.pdf"),
            bad("审计报告.pdf", Truncated),
            ok("申请表.pdf")
        ]
    );
    assert_eq!(problems(&p), [("", Truncated)]);
    assert!(
        p.problems[0].detail.contains("恢复 2 个文件"),
        "{}",
        p.problems[0].detail
    );
    assert!(p.archives[0].recovered);
    assert_contents_match_names(&p);
}

#[test]
fn encrypted_zipcrypto() {
    let p = open("encrypted.zip");
    assert_eq!(
        listing(&p),
        [ok("公开.txt"), bad("密件.txt", EncryptedEntry)]
    );
    assert_eq!(content(&p, "公开.txt"), "公开内容\n".as_bytes());
}

#[test]
fn encrypted_aes() {
    let p = open("encrypted-aes.zip");
    assert_eq!(listing(&p), [bad("密件.pdf", EncryptedEntry)]);
    let detail = &p.entries[0].content.as_ref().unwrap_err().detail;
    assert!(detail.contains("AES"), "{detail}");
}

// ---- folders, single files, bytes ----------------------------------------

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

#[test]
fn folder_package() {
    let dir = scratch("unpack-folder");
    fs::write(dir.join("申请表.pdf"), "%PDF-1.4\n% 申请表.pdf\n").expect("write");
    fs::write(dir.join(".DS_Store"), "junk").expect("write");
    fs::create_dir_all(dir.join("__MACOSX")).expect("mkdir");
    fs::write(dir.join("__MACOSX/._申请表.pdf"), "junk").expect("write");
    fs::create_dir_all(dir.join("附件")).expect("mkdir");
    fs::copy(fixture("nested.zip"), dir.join("附件/nested.zip")).expect("copy");
    fs::copy(fixture("not-a-zip.zip"), dir.join("附件/坏.zip")).expect("copy");
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/passwd", dir.join("link")).expect("symlink");

    let p = unpack(&dir, &Limits::default());
    let mut expected = vec![
        ok("申请表.pdf"),
        bad("附件/坏.zip", NotAZip),
        ok("附件/nested.zip/申报材料/申请表.pdf"),
        ok("附件/nested.zip/申报材料/附件/证明材料.zip/信用报告.pdf"),
        ok("附件/nested.zip/申报材料/附件/证明材料.zip/营业执照.pdf"),
    ];
    if cfg!(unix) {
        expected.push(bad("link", SymlinkEntry));
    }
    expected.sort();
    assert_eq!(listing(&p), expected);
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    // .DS_Store, __MACOSX (the folder), and nested.zip's two folder entries.
    assert_eq!(p.skipped, 4);
    let depths: Vec<_> = p
        .archives
        .iter()
        .map(|a| (a.path.as_str(), a.depth))
        .collect();
    assert_eq!(
        depths,
        [
            ("附件/nested.zip", 1),
            ("附件/nested.zip/申报材料/附件/证明材料.zip", 2)
        ]
    );
    assert_contents_match_names(&p);

    // Depth counts from the folder's zips: 证明材料.zip is depth 2.
    let p = unpack(
        &dir,
        &Limits {
            max_depth: 1,
            ..Limits::default()
        },
    );
    assert!(listing(&p).contains(&bad("附件/nested.zip/申报材料/附件/证明材料.zip", TooDeep)));
}

#[test]
fn single_file_package() {
    let dir = scratch("unpack-single");
    let file = dir.join("营业执照.pdf");
    fs::write(&file, "%PDF-1.4\n% 营业执照.pdf\n").expect("write");
    let p = unpack(&file, &Limits::default());
    assert_eq!(listing(&p), [ok("营业执照.pdf")]);
    assert_eq!(p.source, file);
    assert!(p.archives.is_empty());
}

#[test]
fn missing_package() {
    let p = unpack(Path::new("/nonexistent/申报材料"), &Limits::default());
    assert!(p.entries.is_empty());
    assert_eq!(problems(&p), [("", Io)]);
}

fn fixtures() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(fixture(""))
        .expect("fixtures")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".zip"))
        .collect();
    names.sort();
    assert!(names.len() >= 20, "{names:?}");
    names
}

/// Everything but the bytes, comparable.
fn summary(p: &Package) -> String {
    format!(
        "{:?}\n{:?}\n{}\n{:?}",
        p.entries, p.problems, p.skipped, p.archives
    )
}

#[test]
fn unpack_bytes_agrees_with_unpack_and_is_deterministic() {
    for name in fixtures() {
        let from_file = open(&name);
        let bytes = fs::read(fixture(&name)).expect("read");
        let from_bytes = unpack_bytes(&name, &bytes, &Limits::default());
        assert_eq!(from_file.entries, from_bytes.entries, "{name}");
        assert_eq!(summary(&from_file), summary(&from_bytes), "{name}");
        let again = open(&name);
        assert_eq!(from_file.entries, again.entries, "{name}");
        assert_eq!(summary(&from_file), summary(&again), "{name}");
        let mut sorted = from_file
            .entries
            .iter()
            .map(|e| e.path.clone())
            .collect::<Vec<_>>();
        sorted.sort();
        let paths: Vec<_> = from_file.entries.iter().map(|e| e.path.clone()).collect();
        assert_eq!(paths, sorted, "{name}: entries sorted by path");
    }
}

#[test]
fn problems_serialise_with_snake_case_kinds() {
    let p = open("not-a-zip.zip");
    let json = serde_json::to_value(&p.problems[0]).expect("json");
    assert_eq!(json["kind"], "not_a_zip");
    assert_eq!(json["path"], "");
    assert!(json["detail"].as_str().is_some_and(|d| d.contains("zip")));
    let json = serde_json::to_value(&open("nested.zip").archives).expect("json");
    assert_eq!(json[1]["name_encoding"]["kind"], "gb18030");
}

#[test]
fn no_panic_on_cut_or_damaged_fixtures() {
    let tiny = Limits {
        max_total_bytes: 1 << 20,
        max_entry_bytes: 64 << 10,
        max_ratio: 200,
        ratio_min_bytes: 1 << 10,
        max_entries: 50,
        max_depth: 3,
    };
    for name in fixtures() {
        let bytes = fs::read(fixture(&name)).expect("read");
        let step = (bytes.len() / 97).max(1);
        for cut in (0..bytes.len()).step_by(step) {
            let _ = unpack_bytes(&name, &bytes[..cut], &tiny);
            let mut flipped = bytes.clone();
            flipped[cut] ^= 0x5A;
            let _ = unpack_bytes(&name, &flipped, &tiny);
        }
    }
}

#[test]
fn duplicate_names() {
    let p = open("duplicate.zip");
    assert_eq!(listing(&p), [ok("申请表.pdf")]);
    assert_eq!(problems(&p), [("", DuplicateEntries)]);
    let text = String::from_utf8_lossy(content(&p, "申请表.pdf")).into_owned();
    assert!(
        text.ends_with("second\n"),
        "the zip crate keeps the last: {text:?}"
    );
}

/// A zip built in memory with the zip crate: (name, bytes); a name ending in
/// '/' is a folder.
fn build_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in files {
        if name.ends_with('/') {
            w.add_directory(*name, opts).expect("dir");
        } else {
            w.start_file(*name, opts).expect("file");
            w.write_all(bytes).expect("write");
        }
    }
    w.finish().expect("finish").into_inner()
}

#[test]
fn folders_only_is_empty() {
    let z = build_zip(&[("材料/", b""), ("材料/附件/", b""), (".DS_Store", b"x")]);
    let p = unpack_bytes("a.zip", &z, &Limits::default());
    assert!(p.entries.is_empty());
    assert_eq!(problems(&p), [("", EmptyArchive)]);
    assert_eq!(p.skipped, 3);
}

#[test]
fn broken_nested_zips() {
    let empty = build_zip(&[]);
    let z = build_zip(&[
        ("坏.zip", b"%PDF-1.4 not a zip"),
        ("空.zip", &empty),
        ("零字节.zip", b""),
        ("申请表.pdf", "%PDF-1.4\n% 申请表.pdf\n".as_bytes()),
    ]);
    let p = unpack_bytes("a.zip", &z, &Limits::default());
    assert_eq!(listing(&p), [bad("坏.zip", NotAZip), ok("申请表.pdf")]);
    assert_eq!(
        problems(&p),
        [("空.zip", EmptyArchive), ("零字节.zip", EmptyArchive)]
    );
}

#[test]
fn checksum_mismatch_is_corrupt() {
    let mut z = build_zip(&[("申请表.pdf", "%PDF-1.4\n% 申请表.pdf\n".as_bytes())]);
    let at = z
        .windows(8)
        .position(|w| w == b"%PDF-1.4")
        .expect("stored data");
    z[at + 1] = b'X';
    let p = unpack_bytes("a.zip", &z, &Limits::default());
    assert_eq!(listing(&p), [bad("申请表.pdf", Corrupt)]);
}

/// A zip whose headers declare an entry a hundred times larger than its
/// data: the entry is read as it is, and the package says so.
#[test]
fn a_declared_size_larger_than_the_data_is_recorded() {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default();
        z.start_file("申请表.pdf", opts).expect("start");
        z.write_all(&b"%PDF-1.4 hello "[..].repeat(10))
            .expect("write");
        z.finish().expect("finish");
    }
    let mut data = buf.into_inner();
    let patch = |data: &mut Vec<u8>, sig: &[u8], at: usize| {
        let i = data
            .windows(4)
            .position(|w| w == sig)
            .expect("header present");
        let real = u32::from_le_bytes(data[i + at..i + at + 4].try_into().expect("4 bytes"));
        data[i + at..i + at + 4].copy_from_slice(&(real * 100).to_le_bytes());
    };
    patch(&mut data, b"PK\x03\x04", 22);
    patch(&mut data, b"PK\x01\x02", 24);
    let p = unpack_bytes("包.zip", &data, &Limits::default());
    assert_eq!(listing(&p), [ok("申请表.pdf")]);
    assert_eq!(problems(&p), [("申请表.pdf", SizeMismatch)]);
}
