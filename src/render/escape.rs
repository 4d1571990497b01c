//! Escaping of user text for each output format, so a title, description,
//! owner or evidence name can never break out of the document it is written
//! into: HTML markup, a Markdown table, a spreadsheet formula, a DOT string
//! or a Mermaid label.

pub use crate::terminal::is_bidi_control;

/// Writes a bidirectional control as visible text (`[U+202E]`), so no
/// character is lost and none reorders the text around it.
fn visible(c: char, out: &mut String) {
    use std::fmt::Write as _;
    let _ = write!(out, "[U+{:04X}]", u32::from(c));
}

/// Escapes text for HTML element content and quoted attribute values, the
/// same characters as minijinja's HTML auto-escaping, a backtick as
/// `&#96;` (no raw Markdown in a page: a backtick that opens no code span
/// shows as itself, never as markup), and bidirectional controls made
/// visible.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    html_into(text, &mut out);
    out
}

/// [`html`], written onto the end of `out`: the runs of characters that
/// need no escaping are copied whole.
pub fn html_into(text: &str, out: &mut String) {
    let mut plain = 0;
    for (i, c) in text.char_indices() {
        let entity = html_entity(c);
        if entity.is_none() && !is_bidi_control(c) {
            continue;
        }
        out.push_str(&text[plain..i]);
        match entity {
            Some(entity) => out.push_str(entity),
            None => visible(c, out),
        }
        plain = i + c.len_utf8();
    }
    out.push_str(&text[plain..]);
}

/// The entity [`html`] writes for `c`, if it writes one.
fn html_entity(c: char) -> Option<&'static str> {
    Some(match c {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#x27;",
        '/' => "&#x2f;",
        '`' => "&#96;",
        _ => return None,
    })
}

/// Whether [`html`] leaves `text` as it is (nothing to escape), checked
/// without copying it.
pub fn html_is_plain(text: &str) -> bool {
    !text
        .chars()
        .any(|c| html_entity(c).is_some() || is_bidi_control(c))
}

/// Whether [`markdown_inline`] leaves `text` as it is: ASCII without
/// Markdown or HTML markup characters, line breaks or surrounding blanks,
/// starting with nothing that could open a list, rule or heading.
pub fn markdown_inline_is_plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return true;
    };
    first > b' '
        && last > b' '
        && !first.is_ascii_digit()
        && !matches!(first, b'-' | b'+' | b'=')
        && bytes.iter().all(|&b| {
            (b' '..0x7f).contains(&b)
                && !matches!(b, b'&' | b'<' | b'>')
                && !is_markdown_markup(char::from(b))
        })
}

/// Escapes text for one line of Markdown, safe in a paragraph, a list item
/// and a table cell: markup characters are backslash-escaped, HTML is
/// written as entities (Markdown passes raw HTML through), `|` cannot end a
/// cell, and a value cannot start a list, quote, heading or rule. The
/// source's line wrapping becomes spaces; a blank line between paragraphs
/// becomes `<br><br>`, so a table row stays one row.
pub fn markdown_inline(text: &str) -> String {
    let paragraphs: Vec<String> = paragraphs(text)
        .iter()
        .map(|lines| {
            let mut escaped = String::new();
            for (i, line) in lines.iter().enumerate() {
                if i > 0 {
                    escaped.push(' ');
                }
                escape_markdown_chars(line, &mut escaped);
            }
            escaped
        })
        .collect();
    escape_line_start(&paragraphs.join("<br><br>"))
}

/// The paragraphs of a text (separated by blank lines), each as its
/// trimmed, non-empty lines; any line ending counts.
fn paragraphs(text: &str) -> Vec<Vec<&str>> {
    let mut paragraphs = Vec::new();
    let mut current = Vec::new();
    // `lines` ends a line at LF or CRLF; a lone CR ends one too.
    for line in text.lines().flat_map(|l| l.split('\r')) {
        let line = line.trim();
        if !line.is_empty() {
            current.push(line);
        } else if !current.is_empty() {
            paragraphs.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

/// Backslash-escapes Markdown's markup characters, writes HTML's as
/// entities and bidirectional controls as visible text.
fn escape_markdown_chars(line: &str, out: &mut String) {
    for c in line.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if is_markdown_markup(c) => {
                out.push('\\');
                out.push(c);
            }
            c if is_bidi_control(c) => visible(c, out),
            _ => out.push(c),
        }
    }
}

/// Whether `c` is one of Markdown's markup characters, which
/// [`escape_markdown_chars`] writes after a backslash.
fn is_markdown_markup(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' | '{' | '}'
    )
}

/// Escapes text that may span several paragraphs, for a Markdown block:
/// each line is escaped as [`markdown_inline`] and blank lines separate
/// paragraphs, so a line of user text can never start a heading, a list
/// or a fence.
pub fn markdown_block(text: &str) -> String {
    paragraphs(text)
        .iter()
        .map(|lines| {
            lines
                .iter()
                .map(|line| {
                    let mut escaped = String::new();
                    escape_markdown_chars(line, &mut escaped);
                    escape_line_start(&escaped)
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Escapes text whose line breaks matter (a requirement's numbered items)
/// for a Markdown block: as [`markdown_block`], but the lines of a
/// paragraph are kept apart with hard line breaks (a `\` at the line's end).
pub fn markdown_lines(text: &str) -> String {
    markdown_block(text)
        .split("\n\n")
        .map(|paragraph| paragraph.replace('\n', "\\\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A line that would start a list item, a setext underline or a rule
/// gets a backslash before its first character; an ordered-list marker
/// (`1.`, `2)`) gets one before its `.` or `)` (a backslash before a digit
/// would show).
fn escape_line_start(line: &str) -> String {
    if line.starts_with(['-', '+', '=']) {
        return format!("\\{line}");
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line[digits..];
    let marker = (1..=9).contains(&digits)
        && rest.starts_with(['.', ')'])
        && (rest.len() == 1 || rest[1..].starts_with(' '));
    if marker {
        format!("{}\\{rest}", &line[..digits])
    } else {
        line.to_owned()
    }
}

/// Whether a spreadsheet would read this text as a formula: it starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return.
pub fn starts_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Neutralises a spreadsheet cell against formula injection: a value that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed
/// with `'`, so spreadsheet programs show it as text instead of running it.
pub fn spreadsheet_cell(text: &str) -> String {
    let text = bidi_visible(text);
    if starts_formula(&text) {
        format!("'{text}")
    } else {
        text
    }
}

/// The text with bidirectional controls made visible (`[U+202E]`).
pub fn bidi_visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_bidi_control(c) {
            visible(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// One CSV field (RFC 4180), neutralised against formula injection and
/// quoted when it holds a comma, semicolon, tab, quote or line break.
pub fn csv_field(text: &str) -> String {
    let text = spreadsheet_cell(text);
    // `;` and tab separate fields in some locales' spreadsheet imports: a
    // field holding one is quoted, so no part of it can start a cell.
    if text.contains([',', '"', '\n', '\r', ';', '\t']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Escapes text for the inside of a double-quoted DOT string; control
/// characters other than tabs are written visibly (`[U+001B]`).
pub fn dot(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if is_bidi_control(c) || (c.is_control() && c != '\t') => visible(c, &mut out),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for the inside of a double-quoted Mermaid label, with
/// Mermaid's entity codes: no quote, bracket or markup survives, and control
/// characters are written visibly (`[U+001B]`).
pub fn mermaid(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '#' => out.push_str("#35;"),
            '[' => out.push_str("#91;"),
            ']' => out.push_str("#93;"),
            '{' => out.push_str("#123;"),
            '}' => out.push_str("#125;"),
            '|' => out.push_str("#124;"),
            '\n' | '\r' => out.push(' '),
            c if is_bidi_control(c) || (c.is_control() && c != '\t') => visible(c, &mut out),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`html`] as it was first written, a character at a time: the
    /// reference the run-copying version is checked against.
    fn html_by_char(text: &str) -> String {
        let mut out = String::new();
        for c in text.chars() {
            match c {
                c if is_bidi_control(c) => visible(c, &mut out),
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#x27;"),
                '/' => out.push_str("&#x2f;"),
                '`' => out.push_str("&#96;"),
                _ => out.push(c),
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn html_copies_runs_as_the_char_by_char_escape_did(
            text in "[a-z &<>\"'/`\u{202a}-\u{202e}\u{2066}-\u{2069}é\n\r-]{0,40}"
        ) {
            proptest::prop_assert_eq!(html(&text), html_by_char(&text));
            proptest::prop_assert_eq!(html_is_plain(&text), html(&text) == text);
        }

        #[test]
        fn text_said_plain_is_what_the_markdown_escape_writes(
            text in "[a-z0-9 .,:;()'\"/@=+&<>*_#|`!\\-\t\n\r\u{202e}é]{0,24}"
        ) {
            if markdown_inline_is_plain(&text) {
                proptest::prop_assert_eq!(markdown_inline(&text), text);
            }
        }
    }

    #[test]
    fn plain_text_is_recognised() {
        for text in ["AI-SEC-01", "Access reviews (quarterly)", "a.b, c", ""] {
            assert!(markdown_inline_is_plain(text), "{text:?}");
            assert!(html_is_plain(text) || text.contains('/'), "{text:?}");
        }
        for text in ["-x", "1. x", " x", "x ", "a|b", "a\nb", "é"] {
            assert!(!markdown_inline_is_plain(text), "{text:?}");
        }
    }

    #[test]
    fn graph_labels_show_control_characters_visibly() {
        // Regression: `build` wrote ESC into graph.dot and graph.mmd.
        assert_eq!(dot("a\u{1b}[2Jb\u{7}"), "a[U+001B][2Jb[U+0007]");
        assert_eq!(mermaid("a\u{1b}b"), "a[U+001B]b");
        assert_eq!(dot("a\tb\nc"), "a\tb\\nc");
    }

    #[test]
    fn html_writes_markup_as_text() {
        assert_eq!(
            html(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;&#x2f;script&gt; &amp; &#x27;y&#x27;"
        );
    }

    #[test]
    fn markdown_inline_keeps_a_table_row_one_row() {
        let cell = markdown_inline("a | b\nwrapped line\r\n\n<img src=x>");
        assert_eq!(cell, "a \\| b wrapped line<br><br>&lt;img src=x&gt;");
        assert!(!cell.contains('\n'));
        assert_eq!(markdown_inline("a\rb\r\rc"), "a b<br><br>c");
        assert!(!cell.replace("\\|", "").contains('|'));
    }

    #[test]
    fn markdown_inline_escapes_emphasis_links_and_code() {
        assert_eq!(
            markdown_inline("*a* _b_ [c](d) `e` ![f](g)"),
            "\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\!\\[f\\](g)"
        );
    }

    #[test]
    fn markdown_block_keeps_paragraphs_and_stops_block_starts() {
        let block = markdown_block("  # Not a heading\n- not a list\n\n1. not numbered\nplain");
        assert_eq!(
            block,
            "\\# Not a heading\n\\- not a list\n\n1\\. not numbered\nplain"
        );
    }

    #[test]
    fn markdown_lines_keep_each_line_with_hard_breaks() {
        assert_eq!(
            markdown_lines("a. first\n1. nested\n\nnext paragraph"),
            "a. first\\\n1\\. nested\n\nnext paragraph"
        );
    }

    #[test]
    fn markdown_inline_cannot_start_a_block() {
        assert_eq!(markdown_inline("- a list"), "\\- a list");
        assert_eq!(markdown_inline("---"), "\\---");
        assert_eq!(markdown_inline("1. numbered"), "1\\. numbered");
        assert_eq!(markdown_inline("99.9% available"), "99.9% available");
        assert_eq!(markdown_inline("> quote"), "&gt; quote");
    }

    #[test]
    fn bidirectional_controls_are_made_visible_everywhere() {
        let text = "abc\u{202E}fed";
        for escaped in [
            html(text),
            markdown_inline(text),
            csv_field(text),
            dot(text),
            mermaid(text),
        ] {
            assert_eq!(escaped, "abc[U+202E]fed");
        }
    }

    #[test]
    fn spreadsheet_cells_that_start_a_formula_are_neutralised() {
        for payload in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(spreadsheet_cell(payload), format!("'{payload}"));
        }
        assert_eq!(spreadsheet_cell("a=1"), "a=1");
    }

    #[test]
    fn csv_fields_are_quoted_and_neutralised() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(
            csv_field("x;=cmd|' /C calc'!A0"),
            "\"x;=cmd|' /C calc'!A0\""
        );
        assert_eq!(csv_field("a\tb"), "\"a\tb\"");
    }

    #[test]
    fn dot_and_mermaid_labels_cannot_close_their_quotes() {
        assert_eq!(dot("a \"b\" \\ c\nd"), "a \\\"b\\\" \\\\ c\\nd");
        assert_eq!(
            mermaid("a \"b\" <i>#1</i> [x]{y}|"),
            "a #quot;b#quot; #lt;i#gt;#35;1#lt;/i#gt; #91;x#93;#123;y#125;#124;"
        );
    }
}

/// Escapes text for one line of Markdown that GitHub shows in a comment
/// (a pull request's): as [`markdown_inline`], control characters other
/// than line breaks and tabs are made visible (`[U+001B]`), and every `@`
/// is followed by a zero-width space, so `@user` or `@org/team` notifies no
/// one.
pub fn markdown_comment(text: &str) -> String {
    let mut visible_text = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t') {
            visible(c, &mut visible_text);
        } else {
            visible_text.push(c);
        }
    }
    markdown_inline(&visible_text).replace('@', "@&#8203;")
}

/// A Markdown code span showing `text` exactly, whatever it holds: the
/// fence is one backtick longer than the longest run inside, padded with a
/// space when the text starts or ends with a backtick or a space (a space
/// at each end is stripped when reading), line breaks become spaces (so no
/// line of it can start a block), and other control characters and
/// bidirectional controls are made visible (`[U+001B]`). Not for a table
/// cell: see [`markdown_code_cell`].
pub fn markdown_code(text: &str) -> String {
    code_span(text, false)
}

/// As [`markdown_code`], for a table cell: `|` is written `\|`, which a
/// GitHub table reads as a `|` of the cell, even inside a code span.
pub fn markdown_code_cell(text: &str) -> String {
    code_span(text, true)
}

fn code_span(text: &str, cell: bool) -> String {
    let mut content = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => content.push(' '),
            '|' if cell => content.push_str("\\|"),
            c if c.is_control() || is_bidi_control(c) => visible(c, &mut content),
            _ => content.push(c),
        }
    }
    if content.is_empty() {
        content.push(' ');
    }
    let mut longest = 0;
    let mut run = 0;
    for c in content.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if content.trim_matches(' ').is_empty()
        || !(content.starts_with(['`', ' ']) || content.ends_with(['`', ' ']))
    {
        ""
    } else {
        " "
    };
    format!("{fence}{pad}{content}{pad}{fence}")
}

#[cfg(test)]
mod comment_tests {
    use super::*;

    #[test]
    fn code_spans_hold_any_backticks() {
        assert_eq!(markdown_code("C-1"), "`C-1`");
        assert_eq!(markdown_code("a`b"), "``a`b``");
        assert_eq!(markdown_code("``x"), "``` ``x ```");
        assert_eq!(markdown_code("x`"), "`` x` ``");
        assert_eq!(markdown_code(" x "), "`  x  `");
        assert_eq!(markdown_code("   "), "`   `");
        assert_eq!(markdown_code(""), "` `");
        assert_eq!(markdown_code("a\n</details>"), "`a </details>`");
        assert_eq!(markdown_code("a|b"), "`a|b`");
        assert_eq!(markdown_code_cell("a|b"), "`a\\|b`");
        assert_eq!(markdown_code("a\u{202E}b"), "`a[U+202E]b`");
        assert_eq!(markdown_code("a\u{1b}[2J\tb"), "`a[U+001B][2J[U+0009]b`");
    }

    #[test]
    fn comments_mention_no_one() {
        assert_eq!(
            markdown_comment("ask @octocat or @org/team"),
            "ask @&#8203;octocat or @&#8203;org/team"
        );
        assert_eq!(
            markdown_comment("![x](https://e/x.png) <img src=x>"),
            "\\!\\[x\\](https://e/x.png) &lt;img src=x&gt;"
        );
        assert_eq!(markdown_comment("a\u{1b}[2J"), "a\\[U+001B\\]\\[2J");
    }
}
