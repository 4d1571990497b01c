//! Syntax diagnostics: their codes, and pest's errors put into words.

use pest::error::{ErrorVariant, InputLocation};

use super::grammar::Rule;
use super::items::ITEM_KEYWORDS;
use crate::diagnostic::{Code, Diagnostic};
use crate::source::{FileId, Span};
use crate::suggest::{did_you_mean, suggest_word};

/// The text does not follow the grammar.
pub const UNEXPECTED: &str = "crosswalk::syntax::unexpected";
/// A quoted string is not closed on its line.
pub const UNTERMINATED_STRING: &str = "crosswalk::syntax::unterminated_string";
/// A word is not one of its vocabulary's (`frequency sometimes`).
pub const UNKNOWN_VALUE: &str = "crosswalk::syntax::unknown_value";
/// A date not written `YYYY-MM-DD`.
pub const INVALID_DATE: &str = "crosswalk::syntax::invalid_date";
/// An edge strength outside 1–10.
pub const STRENGTH_OUT_OF_RANGE: &str = "crosswalk::syntax::strength_out_of_range";
/// A SOC 2 report period that ends before it starts.
pub const REPORT_PERIOD_REVERSED: &str = "crosswalk::syntax::report_period_reversed";
/// SOC 2 report dates that do not fit the report type (a Type I report
/// with a period, a Type II report on one day).
pub const REPORT_DATES_MISMATCH: &str = "crosswalk::syntax::report_dates_mismatch";
/// Blocks nested deeper than [`MAX_DEPTH`].
pub const TOO_DEEP: &str = "crosswalk::syntax::too_deep";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[
    Code::error(
        UNEXPECTED,
        "the text does not follow the grammar; says what was expected, in words",
    ),
    Code::error(
        UNTERMINATED_STRING,
        "a quoted string is not closed on its line",
    ),
    Code::error(
        UNKNOWN_VALUE,
        "a word outside its vocabulary (`frequency sometimes`)",
    ),
    Code::error(INVALID_DATE, "a date not written `YYYY-MM-DD`"),
    Code::error(STRENGTH_OUT_OF_RANGE, "an edge strength outside 1–10"),
    Code::error(
        REPORT_PERIOD_REVERSED,
        "a SOC 2 report period whose `from` date is after its `to` date",
    ),
    Code::error(
        REPORT_DATES_MISMATCH,
        "SOC 2 report dates that do not fit the type: a Type I report is `on` a date, a Type II report runs `from` … `to`",
    ),
    Code::error(
        TOO_DEEP,
        "blocks nested more than 64 deep; refused before parsing",
    ),
];

/// Turns pest's error into a diagnostic that says, in words, what was
/// expected and what was found.
///
/// `text` is the whole file; the parse that failed read it from byte `base`
/// (one item of a file that does not parse whole), so pest's offsets are
/// shifted by `base`, and what was found is read in the whole file (at the
/// end of an item that runs into the next one, the next item's keyword).
pub(super) fn from_pest(
    error: &pest::error::Error<Rule>,
    file: FileId,
    text: &str,
    base: usize,
) -> Diagnostic {
    let pos = base
        + match error.location {
            InputLocation::Pos(p) => p,
            InputLocation::Span((start, _)) => start,
        };
    let (found, found_span) = found_at(text, pos);
    let span = Span::new(file, found_span.0, found_span.1);

    if found.starts_with('"') && !found.starts_with("\"\"\"") && is_unterminated(&text[pos..]) {
        return Diagnostic::error(UNTERMINATED_STRING, Span::new(file, pos, line_end(text, pos)), "this string is not closed")
            .label("the string starts here and runs to the end of the line")
            .help("close it with `\"` on the same line, or use a `\"\"\"` text block for text over several lines");
    }

    let expected = match &error.variant {
        ErrorVariant::ParsingError { positives, .. } => expected_words(positives),
        ErrorVariant::CustomError { message } => vec![message.clone()],
    };
    let found_words = if found.is_empty() {
        "the end of the file".to_owned()
    } else {
        format!("`{found}`")
    };
    let message = if expected.is_empty() {
        format!("unexpected {found_words}")
    } else {
        format!("expected {}, found {found_words}", join_or(&expected))
    };
    let keywords: Vec<&str> = expected
        .iter()
        .filter_map(|e| e.strip_prefix('`').and_then(|e| e.strip_suffix('`')))
        .collect();
    let word: String = found
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let starts_item = found.is_empty() || ITEM_KEYWORDS.contains(&word.as_str());
    let unclosed = (starts_item && keywords.contains(&"}"))
        .then(|| unclosed_brace(&text[base..pos]))
        .flatten()
        .map(|open| base + open);
    let wants_reference = expected
        .iter()
        .any(|e| e.starts_with("a requirement reference"));
    let wants_relationship = expected.iter().any(|e| e.starts_with("a relationship"));
    let help = if unclosed.is_some() {
        Some("a block is not closed: add the missing `}` before this".to_owned())
    } else if wants_reference && !found.contains(':') && !word.is_empty() {
        Some(format!(
            "a requirement is named with its framework: `FRAMEWORK@VERSION:ID`, for example `nist-ai-rmf@1.0:{found}`"
        ))
    } else if wants_relationship {
        Some("say how the control's scope compares with the requirement's: `equal` or `superset` cover it fully, `subset` or `intersects` partly; `related` marks it for review only".to_owned())
    } else if word.is_empty() {
        match keywords.as_slice() {
            [only] => Some(format!("write `{only}` here")),
            _ => None,
        }
    } else {
        did_you_mean(&suggest_word(&word, &keywords))
    };
    let help = help.unwrap_or_else(|| "see grammar/crosswalk.pest for the language".to_owned());
    let mut diagnostic = Diagnostic::error(UNEXPECTED, span, message)
        .label(if found.is_empty() {
            "the file ends here".to_owned()
        } else {
            "unexpected here".to_owned()
        })
        .help(help);
    if let Some(open) = unclosed {
        diagnostic =
            diagnostic.with_secondary(Span::new(file, open, open + 1), "this block is not closed");
    }
    diagnostic
}

/// The offset of the last `{` left open at the end of `text`, skipping
/// strings, text blocks and comments.
fn unclosed_brace(text: &str) -> Option<usize> {
    let mut open = Vec::new();
    for (offset, brace) in Braces::new(text) {
        if brace == b'{' {
            open.push(offset);
        } else {
            open.pop();
        }
    }
    open.pop()
}

/// How deep blocks may nest. Real catalogs nest about six deep (framework,
/// chapter, section, article, paragraph, point); the limit keeps every
/// recursive stage (lowering, resolution, formatting, dropping the tree)
/// far from the end of the stack.
pub const MAX_DEPTH: usize = 64;

/// A `too_deep` diagnostic at the first `{` that opens a block nested more
/// than [`MAX_DEPTH`] deep, if there is one. Runs before the grammar, in
/// one pass over the bytes.
pub(super) fn too_deep(text: &str, file: FileId) -> Option<Diagnostic> {
    let mut depth = 0usize;
    let mut outermost = 0;
    for (offset, brace) in Braces::new(text) {
        if brace == b'}' {
            depth = depth.saturating_sub(1);
            continue;
        }
        if depth == 0 {
            outermost = offset;
        }
        depth += 1;
        if depth > MAX_DEPTH {
            return Some(
                Diagnostic::error(
                    TOO_DEEP,
                    Span::new(file, offset, offset + 1),
                    format!("blocks nest more than {MAX_DEPTH} deep here"),
                )
                .label(format!("block {depth} levels deep"))
                .with_secondary(Span::new(file, outermost, outermost + 1), "the outermost block")
                .help(format!(
                    "crosswalk reads blocks nested at most {MAX_DEPTH} deep; flatten the groups (a group may hold many requirements side by side)"
                )),
            );
        }
    }
    None
}

/// The structural braces of a `.cw` text, with their byte offsets: `{` and
/// `}` outside strings, text blocks and comments. Works on bytes, so it
/// never slices inside a multi-byte character. It reads strings, text
/// blocks and comments as `items.rs`'s lexer and the grammar do, in a loop
/// of its own: it runs on every file, before the grammar, where only braces
/// matter, and is faster alone.
///
/// Reading them as the grammar does is what makes [`too_deep`] a bound on
/// the grammar's recursion (pest runs without its own stack probe): every
/// `{` the grammar reads as a block is one of these, in the whole file and
/// in each item parsed alone. An escape therefore never carries a string
/// over a line end (the grammar ends the string there), or braces on the
/// next line would hide from the count.
struct Braces<'a> {
    bytes: &'a [u8],
    i: usize,
}

impl<'a> Braces<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            bytes: text.as_bytes(),
            i: 0,
        }
    }
}

impl Iterator for Braces<'_> {
    type Item = (usize, u8);

    fn next(&mut self) -> Option<(usize, u8)> {
        let bytes = self.bytes;
        while self.i < bytes.len() {
            let i = self.i;
            self.i += 1;
            match bytes[i] {
                b'#' => {
                    while self.i < bytes.len() && bytes[self.i] != b'\n' {
                        self.i += 1;
                    }
                }
                b'"' if bytes[i..].starts_with(b"\"\"\"") => {
                    self.i = i + 3;
                    while self.i < bytes.len() && !bytes[self.i..].starts_with(b"\"\"\"") {
                        self.i += 1;
                    }
                    self.i = (self.i + 3).min(bytes.len());
                }
                b'"' => {
                    while self.i < bytes.len() && bytes[self.i] != b'"' && bytes[self.i] != b'\n' {
                        if bytes[self.i] == b'\\'
                            && bytes.get(self.i + 1).is_some_and(|&b| b != b'\n')
                        {
                            self.i += 1;
                        }
                        self.i += 1;
                    }
                    self.i = (self.i + 1).min(bytes.len());
                }
                brace @ (b'{' | b'}') => return Some((i, brace)),
                _ => {}
            }
        }
        None
    }
}

/// The token found at `pos`: the run of characters up to white space, at
/// most 40 bytes, and its byte range. Empty at the end of the file.
fn found_at(text: &str, pos: usize) -> (String, (usize, usize)) {
    let rest = &text[pos.min(text.len())..];
    let mut end = 0;
    for (i, c) in rest.char_indices() {
        if c.is_whitespace() || i >= 40 {
            break;
        }
        end = i + c.len_utf8();
    }
    if end == 0 {
        return (String::new(), (pos, pos));
    }
    (rest[..end].to_owned(), (pos, pos + end))
}

fn line_end(text: &str, pos: usize) -> usize {
    text[pos..].find('\n').map_or(text.len(), |i| pos + i)
}

/// Whether a string starting at the beginning of `rest` runs to the end of
/// its line without a closing quote.
fn is_unterminated(rest: &str) -> bool {
    let line = rest.lines().next().unwrap_or("");
    let mut chars = line.chars().skip(1);
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '"' => return false,
            _ => {}
        }
    }
    true
}

fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The expected rules in words, without repeats, "end of file" last.
fn expected_words(rules: &[Rule]) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut end = false;
    for &rule in rules {
        match describe(rule) {
            Some(w) if w == "the end of the file" => end = true,
            Some(w) if !words.contains(&w) => words.push(w),
            _ => {}
        }
    }
    // Keywords first, then punctuation, then the end of the file.
    words.sort_by_key(|w| {
        !w.starts_with('`') || !w[1..].starts_with(|c: char| c.is_ascii_alphabetic())
    });
    if end {
        words.push("the end of the file".to_owned());
    }
    words
}

/// A rule in words; `None` for rules a user never needs to hear about.
fn describe(rule: Rule) -> Option<String> {
    let words = match rule {
        Rule::EOI => "the end of the file",
        Rule::string | Rule::string_inner => "a quoted string",
        Rule::text_block | Rule::text_block_inner => "a `\"\"\"` text block",
        Rule::ident | Rule::name => "an identifier",
        Rule::framework_name => "a framework name such as `soc2`",
        Rule::version => "a version",
        Rule::word => "a word",
        Rule::relationship => {
            "a relationship (`equal`, `superset`, `subset`, `intersects`, `no-relationship` or `related`)"
        }
        Rule::number => "a number",
        Rule::tag => "a tag such as `role:provider`",
        Rule::framework_ref => "a framework reference such as `soc2@2017`",
        Rule::requirement_ref => "a requirement reference such as `soc2@2017:CC8.1`",
        Rule::lbrace | Rule::edge_attributes => "`{`",
        Rule::rbrace => "`}`",
        Rule::arrow => "`->`",
        Rule::comma => "`,`",
        Rule::pair => "a pair such as `CC8.1 intersects A.6.2.5`",
        Rule::soc2_criteria => "`soc2 criteria`",
        Rule::soc2_report => "`soc2 report`",
        Rule::report_period => "`from`",
        Rule::report_on => "`on`",
        Rule::eu_ai_act_scope | Rule::component_eu_ai_act | Rule::kw_eu_ai_act => "`eu-ai-act`",
        Rule::touches_none | Rule::kw_touches_none => "`touches-none`",
        Rule::implies | Rule::kw_component_kind => "`component-kind`",
        Rule::evidence_system => "`system`",
        Rule::applies_from => "`applies-from`",
        Rule::eu_basis => "`basis`",
        Rule::eu_uses => "`uses`",
        Rule::met_by | Rule::kw_met_by => "`met-by`",
        Rule::reasoning => "`because`",
        Rule::conclusion_date | Rule::soa_date => "`date`",
        Rule::statement_of_applicability | Rule::kw_statement_of_applicability => {
            "`statement-of-applicability`"
        }
        Rule::soa_version => "`version`",
        Rule::include_status => "`status`",
        Rule::WHITESPACE | Rule::COMMENT | Rule::file => return None,
        other => {
            let name = format!("{other:?}");
            let keyword = name.strip_prefix("kw_").unwrap_or(&name);
            return Some(format!("`{keyword}`"));
        }
    };
    Some(words.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn found_token_stops_at_white_space() {
        assert_eq!(found_at("ab cd", 0), ("ab".to_owned(), (0, 2)));
        assert_eq!(found_at("ab", 2), (String::new(), (2, 2)));
        assert_eq!(found_at("é x", 0), ("é".to_owned(), (0, 2)));
    }

    #[test]
    fn unterminated_strings_are_seen() {
        assert!(is_unterminated("\"abc\n\"def\""));
        assert!(!is_unterminated("\"a\\\"b\" x"));
    }

    #[test]
    fn the_open_block_is_found() {
        assert_eq!(
            unclosed_brace("a { b { } # {\n \"{\" \"\"\"{\"\"\""),
            Some(2)
        );
        assert_eq!(unclosed_brace("a { }"), None);
    }

    #[test]
    fn an_open_text_block_with_non_ascii_text_is_scanned_by_bytes() {
        // Regression: slicing the text at a byte inside `é` panicked.
        assert_eq!(unclosed_brace("a {\n \"\"\"\n héllo wörld\n"), Some(2));
        assert_eq!(unclosed_brace("a { \"\"\"é\"\"\" } b { \"\"\"ü"), Some(17));
    }

    #[test]
    fn blocks_nested_past_the_limit_are_refused_before_parsing() {
        let nested = |n: usize| format!("{}{}", "g {".repeat(n), "}".repeat(n));
        assert!(too_deep(&nested(MAX_DEPTH), FileId(0)).is_none());
        let deep = too_deep(&nested(MAX_DEPTH + 1), FileId(0)).expect("too deep");
        assert_eq!(deep.code, TOO_DEEP);
        assert_eq!(deep.primary.span.start as usize, MAX_DEPTH * 3 + 2);
        assert_eq!(deep.secondary[0].span.start, 2);
        // Braces in strings, text blocks and comments do not count.
        let quoted = format!("\"{0}\" \"\"\"{0}\"\"\" # {0}\n", "{".repeat(MAX_DEPTH * 2));
        assert!(too_deep(&quoted, FileId(0)).is_none());
    }

    #[test]
    fn the_braces_are_the_lexers() {
        // `too_deep` bounds the grammar's nesting only if it counts the
        // braces the grammar reads: those of the item lexer, which reads
        // strings, text blocks and comments as the grammar does.
        let pieces = [
            "{", "}", "\"", "\"\"\"", "\\", "\n", "\r\n", "#", " ", "a", "é", "\\\"",
        ];
        let mut seed = 0x2545_f491_u64;
        let mut random = |below: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            usize::try_from(seed % below).expect("small")
        };
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..random(24) {
                text.push_str(pieces[random(12)]);
            }
            let braces: Vec<(usize, u8)> = Braces::new(&text).collect();
            let tokens: Vec<(usize, u8)> = super::super::items::Lexer::new(&text)
                .filter_map(|t| match t.kind {
                    super::super::items::Kind::Open => Some((t.start, b'{')),
                    super::super::items::Kind::Close => Some((t.start, b'}')),
                    _ => None,
                })
                .collect();
            assert_eq!(braces, tokens, "{text:?}");
        }
    }

    #[test]
    fn every_rule_has_words() {
        assert_eq!(describe(Rule::kw_owner).as_deref(), Some("`owner`"));
        assert_eq!(describe(Rule::control).as_deref(), Some("`control`"));
        assert_eq!(describe(Rule::COMMENT), None);
        assert_eq!(
            describe(Rule::kw_touches_none).as_deref(),
            Some("`touches-none`")
        );
        assert_eq!(describe(Rule::implies).as_deref(), Some("`component-kind`"));
    }
}
