//! Path safety and OS junk, judged on decoded names.

/// Why a name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unsafe {
    /// A `..` component (also `a/../b`, also written with backslashes).
    ParentDir,
    /// Starts with `/` or `\` (also `//server/share`).
    Absolute,
    /// Starts with a drive letter (`C:`).
    Drive,
    /// Contains a NUL character.
    Nul,
}

impl Unsafe {
    /// A short Chinese reason for staff.
    pub(crate) fn reason(self) -> &'static str {
        match self {
            Unsafe::ParentDir => "含“..”上级目录，可能跳出解压目录",
            Unsafe::Absolute => "是绝对路径",
            Unsafe::Drive => "含盘符（如 C:）",
            Unsafe::Nul => "含空字符",
        }
    }
}

/// Normalises a decoded entry name: backslashes become `/`, empty and `.`
/// components are dropped. Refuses `..` components, absolute paths, drive
/// letters and NUL.
pub(crate) fn safe_path(name: &str) -> Result<String, Unsafe> {
    if name.contains('\0') {
        return Err(Unsafe::Nul);
    }
    let s = name.replace('\\', "/");
    if s.starts_with('/') {
        return Err(Unsafe::Absolute);
    }
    let mut parts = Vec::new();
    for (i, part) in s.split('/').enumerate() {
        let b = part.as_bytes();
        if i == 0 && b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':' {
            return Err(Unsafe::Drive);
        }
        match part {
            ".." => return Err(Unsafe::ParentDir),
            "" | "." => {}
            _ => parts.push(part),
        }
    }
    Ok(parts.join("/"))
}

/// A name ending in a separator: a folder entry.
pub(crate) fn is_dir_name(name: &str) -> bool {
    name.ends_with('/') || name.ends_with('\\')
}

/// OS junk, skipped silently: anything under `__MACOSX/`, `.DS_Store`,
/// `Thumbs.db`, `desktop.ini` (the last two case-insensitively, as Windows
/// treats them). `path` is a normalised path.
pub(crate) fn is_junk(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or_default();
    if path.split('/').any(|c| c == "__MACOSX") {
        return true;
    }
    last == ".DS_Store"
        || last.eq_ignore_ascii_case("Thumbs.db")
        || last.eq_ignore_ascii_case("desktop.ini")
}

/// Whether a (normalised) name is a zip to unpack in place.
pub(crate) fn is_zip_name(path: &str) -> bool {
    let last = path.rsplit(['/', '\\']).next().unwrap_or_default();
    let b = last.as_bytes();
    b.len() > 4 && b[b.len() - 4..].eq_ignore_ascii_case(b".zip")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_names_are_normalised() {
        assert_eq!(
            safe_path("实施方案/样题一.pdf"),
            Ok("实施方案/样题一.pdf".into())
        );
        assert_eq!(
            safe_path("实施方案\\样题一.pdf"),
            Ok("实施方案/样题一.pdf".into())
        );
        assert_eq!(safe_path("./a//b.txt"), Ok("a/b.txt".into()));
        assert_eq!(safe_path("a..b/c..txt"), Ok("a..b/c..txt".into()));
    }

    #[test]
    fn unsafe_names_are_refused() {
        assert_eq!(safe_path("../../x.txt"), Err(Unsafe::ParentDir));
        assert_eq!(safe_path("a/../../b.txt"), Err(Unsafe::ParentDir));
        assert_eq!(safe_path("a/../b.txt"), Err(Unsafe::ParentDir));
        assert_eq!(safe_path("..\\..\\x.txt"), Err(Unsafe::ParentDir));
        assert_eq!(safe_path("/etc/passwd"), Err(Unsafe::Absolute));
        assert_eq!(safe_path("\\\\server\\share\\x"), Err(Unsafe::Absolute));
        assert_eq!(safe_path("C:\\windows\\x.txt"), Err(Unsafe::Drive));
        assert_eq!(safe_path("c:x.txt"), Err(Unsafe::Drive));
        assert_eq!(safe_path("a\0b"), Err(Unsafe::Nul));
    }

    #[test]
    fn junk() {
        for j in [
            "__MACOSX/._x",
            "a/__MACOSX/b/._c.pdf",
            ".DS_Store",
            "a/.DS_Store",
            "Thumbs.db",
            "a/thumbs.db",
            "desktop.ini",
            "a/Desktop.ini",
        ] {
            assert!(is_junk(j), "{j}");
        }
        for j in [
            "申请表.pdf",
            "DS_Store",
            "a/Thumbs.db.pdf",
            "__MACOSX.pdf",
            "._x",
        ] {
            assert!(!is_junk(j), "{j}");
        }
    }

    #[test]
    fn zip_names() {
        assert!(is_zip_name("附件.zip"));
        assert!(is_zip_name("a/B.ZIP"));
        assert!(!is_zip_name(".zip"));
        assert!(!is_zip_name("申请表.docx"));
        assert!(!is_zip_name("zip"));
        assert!(!is_zip_name("a/.zip"));
    }
}
