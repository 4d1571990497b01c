//! User text printed to a terminal. A title, an ID, a comment or a file
//! name comes from files someone else may have written; printed as it is, an
//! escape sequence in it could clear the screen, move the cursor, rewrite
//! the lines above, set the window title or hide a link, and a
//! bidirectional control could make a line read in another order than it is
//! written. Every command that prints user text passes it through one of
//! these functions, whatever the colour setting, so control characters are
//! shown as escapes (`\e`, `\x07`, `\u{202e}`) and never run.

use std::borrow::Cow;

/// Unicode bidirectional controls, which can make text display in another
/// order than it is written (a reviewer would read something else than
/// what is there). Every escaper refuses them: this one, and the document
/// escapers of `render::escape`.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Whether a character must not reach a terminal as it is: a C0 control
/// (tab and line feed included), DEL, a C1 control, a bidirectional control
/// or a line or paragraph separator.
pub fn is_control(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// One line of user text for a terminal: every control character, line
/// breaks and tabs included, is written as an escape (`\n`, `\t`, `\e`,
/// `\x07`, `\u{9b}`, `\u{202e}`), so the text cannot break the layout it is
/// printed in. Text without one is returned as it is.
pub fn line(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// User text over several lines for a terminal: as [`line()`], but line
/// breaks (LF, CRLF) and tabs are kept, for a caller that lays the lines
/// out itself (indenting each one).
pub fn lines(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// Output that is also a document (DOT, Mermaid), printed to a terminal:
/// control characters other than its own line breaks and tabs are written
/// as visible text in the form the documents use for bidirectional
/// controls (`[U+001B]`), which needs no backslash and so means the same in
/// every format.
pub fn document(text: &str) -> Cow<'_, str> {
    use std::fmt::Write as _;
    if !text
        .chars()
        .any(|c| is_control(c) && !matches!(c, '\n' | '\t'))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_control(c) && !matches!(c, '\n' | '\t') {
            let _ = write!(out, "[U+{:04X}]", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn escape(text: &str, keep_lines: bool) -> Cow<'_, str> {
    use std::fmt::Write as _;
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' if keep_lines => out.push(c),
            '\r' if keep_lines && chars.peek() == Some(&'\n') => {}
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{1b}' => out.push_str("\\e"),
            c if u32::from(c) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            c if is_control(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_controls_are_shown_not_run() {
        assert_eq!(
            line("a\u{1b}[2Jb\u{7}c\u{7f}d\u{9b}e\u{202e}f\u{2066}g"),
            "a\\e[2Jb\\x07c\\x7fd\\u{9b}e\\u{202e}f\\u{2066}g"
        );
        assert_eq!(line("\u{0}\u{8}\u{1f}"), "\\x00\\x08\\x1f");
        // An OSC 8 hyperlink and a window title cannot be set.
        assert_eq!(line("\u{1b}]8;;https://x\u{7}y"), "\\e]8;;https://x\\x07y");
    }

    #[test]
    fn a_line_stays_one_line() {
        assert_eq!(line("a\nb\r\nc\td\re"), "a\\nb\\r\\nc\\td\\re");
        assert_eq!(line("a\u{2028}b"), "a\\u{2028}b");
    }

    #[test]
    fn lines_keep_their_breaks_and_tabs() {
        assert_eq!(lines("a\nb\r\nc\td\re\u{1b}"), "a\nb\nc\td\\re\\e");
    }

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        let text = "Model change approval — «ok» 中文 \\e";
        assert!(matches!(line(text), Cow::Borrowed(t) if t == text));
        assert!(matches!(lines(text), Cow::Borrowed(_)));
        assert!(matches!(document("a\n\tb"), Cow::Borrowed(_)));
    }

    #[test]
    fn documents_show_controls_without_backslashes() {
        assert_eq!(
            document("digraph {\n\t\"a\u{1b}[31m\u{202e}\"\n}\r"),
            "digraph {\n\t\"a[U+001B][31m[U+202E]\"\n}[U+000D]"
        );
    }
}
