//! Splitting a file into its top-level items without trusting the grammar,
//! so that a syntax error costs only the item it is in.
//!
//! A small lexer reads the layout the grammar fixes (quoted strings, text
//! blocks, comments, braces and words); [`split`] cuts the text before each
//! keyword that starts an item. Each piece is then parsed on its own.

use std::ops::Range;

/// The keywords that start a top-level item: the first keyword of each
/// alternative of the grammar's `item` rule (a unit test checks them
/// against the grammar).
pub const ITEM_KEYWORDS: &[&str] = &[
    "framework",
    "crosswalk",
    "risk",
    "component-kind",
    "control",
    "system",
    "exclude",
    "conclusion",
    "statement-of-applicability",
    "include",
];

/// What a token of the layout is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// `{`
    Open,
    /// `}`
    Close,
    /// A run of identifier characters, `@` and `:` (keywords, identifiers,
    /// references such as `soc2@2017:CC8.1`).
    Word,
    /// A quoted string (to its closing quote, or to the end of its line
    /// when it is not closed) or a text block (to its closing `"""`, or to
    /// the end of the file).
    Quoted,
    /// `#` to the end of its line.
    Comment,
    /// Any other character (`,`, `->`, a stray symbol).
    Other,
}

/// One token and its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Token {
    /// What it is.
    pub(super) kind: Kind,
    /// Its first byte.
    pub(super) start: usize,
    /// One past its last byte.
    pub(super) end: usize,
}

/// The tokens of a `.cw` text, white space left out. Reads bytes the way the
/// grammar does: a string may not span lines (an unclosed one ends at the
/// end of its line, where the grammar gives up on it), `"""` always opens a
/// text block, and a comment runs to the end of its line. Works on bytes, so
/// it never slices inside a multi-byte character: every range it gives
/// starts and ends on a character boundary.
pub(super) struct Lexer<'a> {
    bytes: &'a [u8],
    i: usize,
}

/// The UTF-8 byte order mark, white space when it opens the file.
const BOM: &[u8] = "\u{FEFF}".as_bytes();

impl<'a> Lexer<'a> {
    /// A lexer at the start of `text`.
    pub(super) fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let i = if bytes.starts_with(BOM) { BOM.len() } else { 0 };
        Self { bytes, i }
    }

    fn skip_until(&mut self, stop: impl Fn(u8) -> bool) {
        while self.i < self.bytes.len() && !stop(self.bytes[self.i]) {
            self.i += 1;
        }
    }
}

/// A byte of a word: the characters of identifiers and keywords, and the
/// `@` and `:` that join a reference into one token.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'(' | b')' | b'@' | b':')
}

impl Iterator for Lexer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let bytes = self.bytes;
        self.skip_until(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
        let start = self.i;
        let &first = bytes.get(start)?;
        self.i += 1;
        let kind = match first {
            b'{' => Kind::Open,
            b'}' => Kind::Close,
            b'#' => {
                self.skip_until(|b| b == b'\n');
                Kind::Comment
            }
            b'"' if bytes[start..].starts_with(b"\"\"\"") => {
                self.i = start + 3;
                while self.i < bytes.len() && !bytes[self.i..].starts_with(b"\"\"\"") {
                    self.i += 1;
                }
                self.i = (self.i + 3).min(bytes.len());
                Kind::Quoted
            }
            b'"' => {
                let mut closed = false;
                while let Some(&b) = bytes.get(self.i) {
                    match b {
                        b'\n' => break,
                        b'"' => {
                            self.i += 1;
                            closed = true;
                            break;
                        }
                        // An escape never hides the end of the line.
                        b'\\' if bytes.get(self.i + 1).is_some_and(|&b| b != b'\n') => {
                            self.i += 2;
                        }
                        _ => self.i += 1,
                    }
                }
                // An unclosed string ends at the end of its line; the `\r`
                // of a CRLF line ending is not part of it.
                while !closed && self.i > start + 1 && bytes[self.i - 1] == b'\r' {
                    self.i -= 1;
                }
                Kind::Quoted
            }
            b if is_word_byte(b) => {
                self.skip_until(|b| !is_word_byte(b));
                Kind::Word
            }
            _ => {
                // One character, however many bytes it takes.
                self.skip_until(|b| b & 0xC0 != 0x80);
                Kind::Other
            }
        };
        Some(Token {
            kind,
            start,
            end: self.i,
        })
    }
}

/// A piece of the file that holds one top-level item (or, where the text is
/// too broken to tell, the text up to the next item).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Piece {
    /// The bytes it covers. The pieces of a file follow each other without
    /// gaps from its first byte to its last: comments and white space
    /// between two items belong to the piece before them.
    pub(super) range: Range<usize>,
    /// From its first token to the end of its last one, comments left out.
    pub(super) body: Range<usize>,
    /// The keyword it starts with, when it starts with one.
    pub(super) keyword: Option<&'static str>,
}

/// A file cut into pieces, and every comment in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Split {
    /// The pieces in source order; none for a file of only white space and
    /// comments.
    pub(super) pieces: Vec<Piece>,
    /// Every comment's range, in source order.
    pub(super) comments: Vec<Range<usize>>,
}

/// The item keyword a token is, if it is one.
fn item_keyword(text: &str, token: &Token) -> Option<&'static str> {
    if token.kind != Kind::Word {
        return None;
    }
    let word = &text[token.start..token.end];
    ITEM_KEYWORDS.iter().copied().find(|k| *k == word)
}

/// Cuts `text` into pieces, one per top-level item.
///
/// A piece starts at an item keyword outside every block that is the first
/// token of its line or follows the `}` that closed the item before it. A
/// keyword elsewhere on a line is left alone: it may be a name (`risk
/// control "…"` declares a risk called `control`), and the worst this costs
/// is that two items on one line count as one.
///
/// A `{` that is never closed would otherwise make the rest of the file one
/// item, so a keyword at column 0 also starts a piece when the outermost open
/// block is one that is never closed: column 0 because that is where items
/// start in a formatted file and statements never do, and only for blocks
/// never closed because a statement keyword such as `system` (evidence's
/// `system "…"`) may stand at column 0 in an item that is whole. A stray `}`
/// outside every block is only a token of the piece it is in.
pub(super) fn split(text: &str) -> Split {
    let tokens: Vec<Token> = Lexer::new(text).collect();
    let never_closed = never_closed(&tokens);
    let bytes = text.as_bytes();
    let mut split = Split::default();
    // Indices of the tokens that opened the blocks still open.
    let mut open: Vec<usize> = Vec::new();
    let mut piece_start = 0;
    let mut body: Option<Range<usize>> = None;
    let mut keyword = None;
    // The end of the token before (comments included), and whether the last
    // token that was not a comment was a `}` that left every block.
    let mut previous_end = Lexer::new(text).i;
    let mut after_item_end = false;
    for (index, token) in tokens.iter().enumerate() {
        if token.kind == Kind::Comment {
            split.comments.push(token.start..token.end);
            previous_end = token.end;
            continue;
        }
        let item = item_keyword(text, token);
        if let (Some(item), Some(so_far)) = (item, &body) {
            let first_on_line = bytes[previous_end..token.start].contains(&b'\n');
            let column_0 = token.start == 0 || bytes[token.start - 1] == b'\n';
            let cut = match open.first() {
                None => first_on_line || after_item_end,
                Some(&outermost) => column_0 && never_closed[outermost],
            };
            if cut {
                split.pieces.push(Piece {
                    range: piece_start..token.start,
                    body: so_far.clone(),
                    keyword: keyword.take(),
                });
                piece_start = token.start;
                body = None;
                open.clear();
                keyword = Some(item);
            }
        } else if body.is_none() {
            keyword = item;
        }
        after_item_end = false;
        match token.kind {
            Kind::Open => open.push(index),
            Kind::Close => after_item_end = open.pop().is_some() && open.is_empty(),
            _ => {}
        }
        body = Some(body.map_or(token.start, |b| b.start)..token.end);
        previous_end = token.end;
    }
    if let Some(body) = body {
        split.pieces.push(Piece {
            range: piece_start..text.len(),
            body,
            keyword,
        });
    } else if let Some(last) = split.pieces.last_mut() {
        // Only white space and comments after the last item.
        last.range.end = text.len();
    }
    split
}

/// For each token, whether it is a `{` that no `}` closes.
fn never_closed(tokens: &[Token]) -> Vec<bool> {
    let mut open = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        match token.kind {
            Kind::Open => open.push(index),
            Kind::Close => {
                open.pop();
            }
            _ => {}
        }
    }
    let mut never = vec![false; tokens.len()];
    for index in open {
        never[index] = true;
    }
    never
}

/// Every comment of `text`, in order: those of a file the grammar reads
/// whole are exactly its `COMMENT`s (the lexer reads strings, text blocks
/// and comments as the grammar does, and `#` starts nothing else).
pub(super) fn comments(text: &str) -> Vec<Range<usize>> {
    if !text.contains('#') {
        return Vec::new();
    }
    Lexer::new(text)
        .filter(|t| t.kind == Kind::Comment)
        .map(|t| t.start..t.end)
        .collect()
}

/// The token after the keyword that opens `body`, and the one after it, and
/// so on, comments left out.
pub(super) fn header_tokens(text: &str, body: &Range<usize>) -> impl Iterator<Item = Token> {
    let mut lexer = Lexer::new(text);
    lexer.i = body.start;
    let end = body.end;
    lexer
        .skip(1)
        .filter(|t| t.kind != Kind::Comment)
        .take_while(move |t| t.end <= end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kinds and texts of the tokens of `text`.
    fn lex(text: &str) -> Vec<(Kind, &str)> {
        Lexer::new(text)
            .map(|t| (t.kind, &text[t.start..t.end]))
            .collect()
    }

    /// Each piece's text and keyword.
    fn pieces(text: &str) -> Vec<(&str, Option<&str>)> {
        let split = split(text);
        let mut end = 0;
        for piece in &split.pieces {
            assert_eq!(piece.range.start, end, "pieces follow each other");
            assert!(piece.range.start <= piece.body.start && piece.body.end <= piece.range.end);
            end = piece.range.end;
        }
        if !split.pieces.is_empty() {
            assert_eq!(end, text.len(), "the pieces cover the file");
        }
        split
            .pieces
            .iter()
            .map(|p| (&text[p.range.clone()], p.keyword))
            .collect()
    }

    #[test]
    fn the_lexer_reads_strings_text_blocks_and_comments() {
        use Kind::*;
        assert_eq!(
            lex("control A-1 \"x { } \\\" control\" { # } control\n}"),
            [
                (Word, "control"),
                (Word, "A-1"),
                (Quoted, "\"x { } \\\" control\""),
                (Open, "{"),
                (Comment, "# } control"),
                (Close, "}"),
            ]
        );
        assert_eq!(
            lex("\"\"\"\n{ control\n\"\"\" soc2@2017:\"Art. 9\", ->"),
            [
                (Quoted, "\"\"\"\n{ control\n\"\"\""),
                (Word, "soc2@2017:"),
                (Quoted, "\"Art. 9\""),
                (Other, ","),
                (Word, "-"),
                (Other, ">"),
            ]
        );
        assert_eq!(lex("é{"), [(Other, "é"), (Open, "{")]);
    }

    #[test]
    fn an_unclosed_string_ends_at_the_end_of_its_line() {
        use Kind::*;
        assert_eq!(
            lex("owner \"open { \r\n}"),
            [(Word, "owner"), (Quoted, "\"open { "), (Close, "}")]
        );
        // An escaped quote does not close it, and an escape before the line
        // end does not carry it over.
        assert_eq!(
            lex("\"a\\\"\n\"b\\\n}"),
            [(Quoted, "\"a\\\""), (Quoted, "\"b\\"), (Close, "}")]
        );
        assert_eq!(lex("\""), [(Quoted, "\"")]);
        assert_eq!(lex("\"\"\" open"), [(Quoted, "\"\"\" open")]);
    }

    #[test]
    fn items_are_cut_at_their_keywords() {
        let text = "# lead\ncontrol A \"a\" {\n  owner \"x\"\n}\n\n# before risk\nrisk r \"r\"\nexclude x@1:Y because \"z\"\n";
        assert_eq!(
            pieces(text),
            [
                (
                    "# lead\ncontrol A \"a\" {\n  owner \"x\"\n}\n\n# before risk\n",
                    Some("control")
                ),
                ("risk r \"r\"\n", Some("risk")),
                ("exclude x@1:Y because \"z\"\n", Some("exclude")),
            ]
        );
        assert_eq!(split(text).comments, [0..6, 38..51]);
        // After the `}` that ends an item, on the same line.
        assert_eq!(
            pieces("control A \"a\" {} control B \"b\" {}"),
            [
                ("control A \"a\" {} ", Some("control")),
                ("control B \"b\" {}", Some("control"))
            ]
        );
    }

    #[test]
    fn keywords_inside_strings_comments_and_blocks_do_not_cut() {
        let text = "control A \"control B {\" {\n  # }\n  description \"\"\"\nrisk x \"}\"\n\"\"\"\n  evidence \"e\" {\nsystem \"Jira\"\n  }\n}\n";
        assert_eq!(pieces(text), [(text, Some("control"))]);
        // A name that is a keyword, on its item's line.
        assert_eq!(
            pieces("risk control \"t\"\ncomponent-kind k implies control, risk\n"),
            [
                ("risk control \"t\"\n", Some("risk")),
                (
                    "component-kind k implies control, risk\n",
                    Some("component-kind")
                ),
            ]
        );
        // A keyword inside a word.
        assert_eq!(
            pieces("riskier control-x soc2@2017:control"),
            [("riskier control-x soc2@2017:control", None)]
        );
    }

    #[test]
    fn an_unclosed_block_ends_at_the_next_item_at_column_0() {
        let text = "control A \"a\" {\n  owner \"x\"\n  system \"indented\"\ncontrol B \"b\" {\n}\nrisk r \"r\"\n";
        assert_eq!(
            pieces(text),
            [
                (
                    "control A \"a\" {\n  owner \"x\"\n  system \"indented\"\n",
                    Some("control")
                ),
                ("control B \"b\" {\n}\n", Some("control")),
                ("risk r \"r\"\n", Some("risk")),
            ]
        );
        // Inside the unclosed block, an inner block that closes.
        let text = "control A \"a\" {\n  evidence \"e\" {\n  }\ncontrol B \"b\" {}\n";
        assert_eq!(
            pieces(text),
            [
                (
                    "control A \"a\" {\n  evidence \"e\" {\n  }\n",
                    Some("control")
                ),
                ("control B \"b\" {}\n", Some("control")),
            ]
        );
    }

    #[test]
    fn a_stray_closing_brace_stays_in_its_piece() {
        let text = "control A \"a\" {}\n}\ncontrol B \"b\" {}\n}}\nrisk r \"r\"";
        assert_eq!(
            pieces(text),
            [
                ("control A \"a\" {}\n}\n", Some("control")),
                ("control B \"b\" {}\n}}\n", Some("control")),
                ("risk r \"r\"", Some("risk")),
            ]
        );
    }

    #[test]
    fn text_before_the_first_item_is_a_piece_without_keyword() {
        assert_eq!(
            pieces("zzz {\ncontrol A \"a\" {}"),
            [("zzz {\n", None), ("control A \"a\" {}", Some("control"))]
        );
    }

    #[test]
    fn crlf_and_a_byte_order_mark() {
        let text = "\u{FEFF}control A \"a\" {\r\n}\r\n# c\r\nrisk r \"open\r\nrisk s \"s\"\r\n";
        assert_eq!(
            pieces(text),
            [
                ("\u{FEFF}control A \"a\" {\r\n}\r\n# c\r\n", Some("control")),
                ("risk r \"open\r\n", Some("risk")),
                ("risk s \"s\"\r\n", Some("risk")),
            ]
        );
        let split = split(text);
        assert_eq!(split.pieces[0].body, 3..21);
        // The comment keeps its `\r`, as the grammar's comment does.
        assert_eq!(&text[split.comments[0].clone()], "# c\r");
        assert_eq!(split.pieces[1].body.end, text.find("open").unwrap() + 4);
    }

    #[test]
    fn empty_files_and_files_of_comments_have_no_pieces() {
        assert_eq!(split(""), Split::default());
        assert_eq!(split("\u{FEFF}"), Split::default());
        let only = split("# one\n\n  # two { control\n");
        assert!(only.pieces.is_empty());
        assert_eq!(only.comments, [0..5, 9..24]);
    }

    #[test]
    fn header_tokens_follow_the_keyword() {
        let text = "framework soc2 # c\n version \"2017\" {";
        let body = split(text).pieces[0].body.clone();
        let words: Vec<&str> = header_tokens(text, &body)
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(words, ["soc2", "version", "\"2017\"", "{"]);
    }
}
