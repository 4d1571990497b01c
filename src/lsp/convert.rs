//! Between the protocol's terms and ours: positions (a line and a UTF-16
//! column, as the protocol says) and byte offsets; `file:` URIs and paths.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use lsp_types::{Position, Range, Uri};

use crate::source::{SourceFile, Span};

/// The position of byte `offset` of `file`: its 0-based line and its
/// column in UTF-16 code units. An offset past the end is the end; one
/// inside a character is the character's start.
pub fn position(file: &SourceFile, offset: u32) -> Position {
    let (line, column) = file.utf16_line_col(offset);
    Position::new(
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

/// The range of `span` in `file`.
pub fn range(file: &SourceFile, span: Span) -> Range {
    Range::new(position(file, span.start), position(file, span.end))
}

/// The byte offset of `position` in `file`. A line past the last is the
/// end of the text; a column past the end of its line is the line's end
/// (before its line break); a column inside a surrogate pair is the
/// character's start.
pub fn offset(file: &SourceFile, position: Position) -> usize {
    let text = &*file.text;
    let line = position.line as usize;
    let start = file.line_start(line);
    if start >= text.len() {
        return text.len();
    }
    let end = file.line_start(line + 1);
    // The line without its break (`\n` or `\r\n`; a lone `\r` is text).
    let whole = &text[start..end];
    let line_text = whole
        .strip_suffix('\n')
        .map_or(whole, |line| line.strip_suffix('\r').unwrap_or(line));
    let mut units = 0;
    for (at, c) in line_text.char_indices() {
        let next = units + c.len_utf16();
        if next > position.character as usize {
            return start + at;
        }
        units = next;
    }
    start + line_text.len()
}

/// The local path a `file:` URI names (percent-escapes decoded); `None`
/// for another scheme, a host other than `localhost`, or a path that is
/// not absolute.
pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    let text = uri.as_str();
    let rest = text.strip_prefix("file://")?;
    let (host, path) = rest.split_at(rest.find('/')?);
    if !(host.is_empty() || host.eq_ignore_ascii_case("localhost")) {
        return None;
    }
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let bytes = percent_decode(path)?;
    let decoded = String::from_utf8(bytes).ok()?;
    // `file:///C:/x` on Windows.
    let decoded = match decoded.as_bytes() {
        [b'/', drive, b':', ..] if cfg!(windows) && drive.is_ascii_alphabetic() => {
            decoded[1..].to_owned()
        }
        _ => decoded,
    };
    let path = PathBuf::from(decoded);
    path.is_absolute().then_some(path)
}

fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

/// The `file:` URI of an absolute path: every byte but the unreserved
/// characters and `/` percent-escaped.
pub fn uri_of(path: &Path) -> Uri {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file://");
    if !text.starts_with('/') {
        uri.push('/');
    }
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'.' | b'_' | b'~') {
            uri.push(char::from(b));
        } else if b == b':' && cfg!(windows) {
            uri.push(':');
        } else {
            let _ = write!(uri, "%{b:02X}");
        }
    }
    uri.parse().expect("an escaped file URI is a URI")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn floor_char_boundary(text: &str, mut at: usize) -> usize {
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }

    fn file(text: &str) -> SourceFile {
        SourceFile::new("a.cw", text, false)
    }

    #[test]
    fn columns_count_utf16_code_units() {
        // `é` is one unit, `𝒜` (outside the BMP) two.
        let f = file("ab\né𝒜x\r\nlast");
        let x = u32::try_from(f.text.find('x').unwrap()).unwrap();
        assert_eq!(position(&f, x), Position::new(1, 3));
        assert_eq!(offset(&f, Position::new(1, 3)), x as usize);
        // Inside the surrogate pair: the character's start.
        assert_eq!(offset(&f, Position::new(1, 2)), f.text.find('𝒜').unwrap());
        // Past the line's end: before its CRLF.
        assert_eq!(offset(&f, Position::new(1, 99)), x as usize + 1);
        // Past the last line: the end.
        assert_eq!(offset(&f, Position::new(9, 0)), f.text.len());
        assert_eq!(position(&f, 9_999), Position::new(2, 4));
        // Inside a multi-byte character: its start.
        let e = u32::try_from(f.text.find('é').unwrap()).unwrap();
        assert_eq!(position(&f, e + 1), Position::new(1, 0));
    }

    #[test]
    fn file_uris_round_trip_with_escapes() {
        let path = Path::new("/tmp/my project/contrôles #1.cw");
        let uri = uri_of(path);
        assert_eq!(
            uri.as_str(),
            "file:///tmp/my%20project/contr%C3%B4les%20%231.cw"
        );
        assert_eq!(path_of(&uri).as_deref(), Some(path));
        let other: Uri = "https://example.com/a.cw".parse().unwrap();
        assert_eq!(path_of(&other), None);
        let host: Uri = "file://server/share/a.cw".parse().unwrap();
        assert_eq!(path_of(&host), None);
        let bad: Uri = "file:///a%zz.cw".parse().unwrap_or_else(|_| uri_of(path));
        assert_ne!(path_of(&bad).as_deref(), Some(Path::new("/a%zz.cw")));
    }

    proptest! {
        #[test]
        fn offsets_and_positions_agree(text in "[a-zé𝒜\r\n ]{0,40}", at in 0usize..60) {
            let f = file(&text);
            let at = floor_char_boundary(&text, at.min(text.len()));
            let p = position(&f, u32::try_from(at).unwrap());
            let back = offset(&f, p);
            // A position inside a CRLF break maps to the line's end.
            let expected = if text[..at].ends_with('\r') && text[at..].starts_with('\n') {
                at - 1
            } else {
                at
            };
            prop_assert_eq!(back, expected);
        }
    }
}
