//! Stage 1, syntax: the text of one `.cw` file → its [`Ast`].
//!
//! The grammar is `grammar/crosswalk.pest`; [`parse`] runs it, puts pest's
//! errors into words, and lowers the parse tree into plain data.
//!
//! A syntax error costs only the item it is in: when the file does not
//! parse whole, it is cut into its top-level items (`items.rs`, which reads
//! strings, comments and braces without the grammar), each item is parsed
//! on its own, and every item that does not parse gets its own diagnostic
//! and a [`ast::BrokenItem`] in the tree.

pub mod ast;
pub mod error;
/// The pest parser, for the front end's benchmark (`benches/floors.rs`):
/// not part of the crate's API.
#[doc(hidden)]
pub mod grammar;
mod items;
mod lower;

pub use items::ITEM_KEYWORDS;
pub use lower::is_date;

use pest::Parser as _;

pub use ast::Ast;
use ast::BrokenItem;
use grammar::{CrosswalkParser, Rule};
use items::Piece;

use crate::diagnostic::Diagnostic;
use crate::source::{FileId, SourceFile, Span};

/// What parsing one file gives: the tree of every item that parses, and
/// every diagnostic found on the way.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The tree: the items that parse, in [`Ast::items`], and those that do
    /// not, in [`Ast::broken`], each with its own diagnostic. `None` only
    /// when the file is refused before parsing (blocks nested too deep). A
    /// tree may come with diagnostics even when no item is broken (an
    /// unknown vocabulary word drops only its statement).
    pub ast: Option<Ast>,
    /// Syntax diagnostics of this file, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Files larger than this many bytes are parsed one top-level item at a
/// time, to bound the parser's memory.
const ITEM_BY_ITEM: usize = 1 << 20;

/// Whether `text` is written bare as an identifier (the grammar's
/// `ident`: a letter or digit, then letters, digits, `.`, `-`, `_`, `(`
/// and `)`); anything else is written as a quoted string.
pub fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '(' | ')'))
}

/// Parses one source file.
pub fn parse(file: FileId, source: &SourceFile) -> Parsed {
    parse_item_by_item_above(file, &source.text, ITEM_BY_ITEM)
}

/// [`parse`], item by item when the text is longer than `limit` bytes.
fn parse_item_by_item_above(file: FileId, text: &str, limit: usize) -> Parsed {
    if let Some(too_deep) = error::too_deep(text, file) {
        return Parsed {
            ast: None,
            diagnostics: vec![too_deep],
        };
    }
    // A large file item by item: pest holds a token for every rule it
    // matched until the parse ends, about ten times the text's size, and
    // one item's tokens at a time are enough. The tree is the same as the
    // whole file's (`whole_files_parse_alike_item_by_item`); should an item
    // not parse on its own, the whole file decides.
    let mut by_item = None;
    if text.len() > limit {
        let parsed = by_items(file, text);
        if parsed.ast.as_ref().is_some_and(|ast| ast.broken.is_empty()) {
            return parsed;
        }
        by_item = Some(parsed);
    }
    whole(file, text, by_item)
}

/// Parses a file whole, and item by item when it does not parse (unless
/// `by_item` is that parse, made already).
fn whole(file: FileId, text: &str, by_item: Option<Parsed>) -> Parsed {
    // The whole file first: it is the common case, and the fastest.
    match CrosswalkParser::parse(Rule::file, text) {
        Ok(mut pairs) => {
            let mut lowerer = lower::Lowerer::new(file, 0, text);
            let root = pairs.next().expect("the file rule always yields one pair");
            let ast = lowerer.file(root);
            Parsed {
                ast: Some(ast),
                diagnostics: lowerer.diagnostics,
            }
        }
        Err(error) => {
            let mut parsed = by_item.unwrap_or_else(|| by_items(file, text));
            // Pieces that each parse make a file that parses (each piece
            // ends where no item can go on: before a keyword, after white
            // space or a `}`), so some piece is broken; should one ever not
            // be, the file's own error still keeps it from passing for whole.
            let broken = parsed
                .ast
                .as_ref()
                .is_some_and(|ast| !ast.broken.is_empty());
            debug_assert!(broken, "a file that does not parse has a broken item");
            if !broken {
                parsed
                    .diagnostics
                    .push(error::from_pest(&error, file, text, 0));
            }
            parsed
        }
    }
}

/// Parses a file item by item: every item that parses is in the tree as it
/// would be in a whole file (same spans), every other one is a
/// [`BrokenItem`] with its own diagnostic, worded as the error of a file
/// holding only that mistake.
fn by_items(file: FileId, text: &str) -> Parsed {
    let split = items::split(text);
    let mut ast = Ast {
        file,
        items: Vec::new(),
        comments: Vec::new(),
        broken: Vec::new(),
    };
    let mut diagnostics = Vec::new();
    // The lexer's comments, for the pieces the grammar cannot read.
    let mut comments = split.comments.iter().peekable();
    for piece in &split.pieces {
        let start = piece.range.start;
        match CrosswalkParser::parse(Rule::file, &text[piece.range.clone()]) {
            Ok(mut pairs) => {
                let mut lowerer = lower::Lowerer::new(file, start, &text[piece.range.clone()]);
                let root = pairs.next().expect("the file rule always yields one pair");
                let part = lowerer.file(root);
                ast.items.extend(part.items);
                ast.comments.extend(part.comments);
                diagnostics.extend(lowerer.diagnostics);
                while comments.next_if(|c| c.start < piece.range.end).is_some() {}
            }
            Err(error) => {
                diagnostics.push(error::from_pest(&error, file, text, start));
                ast.broken.push(BrokenItem {
                    keyword: piece.keyword.map(str::to_owned),
                    name: declared_name(text, piece),
                    span: Span::new(file, piece.body.start, piece.body.end),
                });
                while let Some(comment) = comments.next_if(|c| c.start < piece.range.end) {
                    ast.comments
                        .push(Span::new(file, comment.start, comment.end));
                }
            }
        }
    }
    Parsed {
        ast: Some(ast),
        diagnostics,
    }
}

/// The name a broken item was declaring, when its header says it: a
/// control's or risk's identifier (`control AC-1 {` gives `AC-1`), a
/// framework's `name@version` (`framework soc2 version "2017"` gives
/// `soc2@2017`).
fn declared_name(text: &str, piece: &Piece) -> Option<String> {
    let mut tokens = items::header_tokens(text, &piece.body);
    let mut next = |rule: Rule| {
        let token = tokens.next()?;
        let token = &text[token.start..token.end];
        let pair = CrosswalkParser::parse(rule, token).ok()?.next()?;
        (pair.as_str().len() == token.len()).then_some(pair)
    };
    match piece.keyword? {
        "control" | "risk" => Some(next(Rule::ident)?.as_str().to_owned()),
        "framework" => {
            let name = next(Rule::framework_name)?.as_str().to_owned();
            next(Rule::kw_version)?;
            let version = next(Rule::string)?.into_inner().next()?;
            Some(format!("{name}@{}", lower::unescape(version.as_str())))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frameworks::builtin_sources;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn is_identifier_is_the_grammars_ident(text in "[a-zA-Z0-9.()_ \"é-]{0,8}") {
            let whole = grammar::CrosswalkParser::parse(grammar::Rule::ident, &text)
                .is_ok_and(|mut pairs| pairs.next().is_some_and(|p| p.as_str() == text));
            prop_assert_eq!(is_identifier(&text), whole);
        }
    }

    fn source(text: &str) -> SourceFile {
        SourceFile::new("test.cw", text, false)
    }

    /// Each broken item's keyword, name and text.
    fn broken(text: &str) -> Vec<(Option<String>, Option<String>, &str)> {
        let parsed = parse(FileId(0), &source(text));
        let ast = parsed.ast.expect("a tree");
        ast.broken
            .iter()
            .map(|b| {
                let span = b.span.range();
                (b.keyword.clone(), b.name.clone(), &text[span])
            })
            .collect()
    }

    #[test]
    fn the_item_keywords_are_the_grammar_items() {
        // The first keyword of each alternative of the grammar's `item` rule.
        let grammar = include_str!("../../grammar/crosswalk.pest");
        let rule = |name: &str| {
            grammar
                .lines()
                .find_map(|l| l.strip_prefix(name)?.trim_start().strip_prefix('='))
                .unwrap_or_else(|| panic!("rule {name}"))
        };
        let alternatives = rule("item ");
        let alternatives = alternatives
            .trim()
            .trim_start_matches("_{")
            .trim_end_matches('}');
        let mut keywords: Vec<&str> = alternatives
            .split('|')
            .map(|alternative| {
                let body = rule(&format!("{} ", alternative.trim()));
                let first = body
                    .trim_start_matches([' ', '{'])
                    .split(' ')
                    .next()
                    .expect("a keyword");
                let keyword = rule(&format!("{first} "));
                keyword.split('"').nth(1).expect("a literal")
            })
            .collect();
        keywords.sort_unstable();
        let mut ours = items::ITEM_KEYWORDS.to_vec();
        ours.sort_unstable();
        assert_eq!(keywords, ours);
    }

    #[test]
    fn whole_files_parse_alike_item_by_item() {
        // The built-in catalogs: every kind of catalog item, text blocks,
        // comments; the same spans whichever way they are parsed.
        for (i, file) in builtin_sources().iter().enumerate() {
            let id = FileId(u32::try_from(i).expect("few files"));
            let whole = whole(id, &file.text, None);
            let items = by_items(id, &file.text);
            assert!(whole.diagnostics.is_empty(), "{}", file.name);
            assert_eq!(items.diagnostics, whole.diagnostics, "{}", file.name);
            assert_eq!(items.ast, whole.ast, "{}", file.name);
        }
    }

    #[test]
    fn a_large_file_is_parsed_item_by_item_into_the_same_tree() {
        // The generated project (frameworks, crosswalks, risks, controls)
        // in one file, with a vocabulary word the lowering drops with a
        // diagnostic, parsed as a file above the size limit is.
        let files = crate::corpus::generate(&crate::corpus::CorpusSize::scf_like(30));
        let mut text: String = files
            .iter()
            .map(|f| &*f.text)
            .collect::<Vec<_>>()
            .join("\n");
        text.push_str("control X-1 \"x\" { frequency fortnightly }\n");
        let id = FileId(7);
        let whole = whole(id, &text, None);
        assert_eq!(whole.diagnostics.len(), 1, "{:?}", whole.diagnostics);
        let parsed = parse_item_by_item_above(id, &text, 0);
        assert_eq!(parsed.diagnostics, whole.diagnostics);
        assert_eq!(parsed.ast, whole.ast);
    }

    #[test]
    fn a_large_file_with_a_broken_item_reports_as_a_small_one_does() {
        let text =
            "control C-1 \"c\" {\n  owner \"o\"\n}\n".repeat(20) + "control C-2 \"c\" { owner }\n";
        let parsed = parse_item_by_item_above(FileId(3), &text, 0);
        let whole = whole(FileId(3), &text, None);
        assert_eq!(parsed.diagnostics, whole.diagnostics);
        assert_eq!(parsed.ast, whole.ast);
        assert_eq!(parsed.ast.expect("a tree").broken.len(), 1);
    }

    #[test]
    fn a_syntax_error_costs_only_its_item() {
        let text = "\
# Controls.
control A-1 \"Good\" {
  owner \"x\"
}

control B-2 \"Broken\" {
  owner
}

risk r-1 \"Good risk\"
framework demo version \"1\" \"Broken\" {
  publisher
}
control C-3 {
}
";
        let parsed = parse(FileId(3), &source(text));
        let ast = parsed.ast.as_ref().expect("a tree");
        let lines: Vec<usize> = parsed
            .diagnostics
            .iter()
            .map(|d| source(text).line(d.primary.span.start))
            .collect();
        assert_eq!(lines, [8, 13, 14]);
        assert!(
            parsed
                .diagnostics
                .iter()
                .all(|d| d.code == error::UNEXPECTED)
        );
        assert_eq!(
            broken(text),
            [
                (
                    Some("control".to_owned()),
                    Some("B-2".to_owned()),
                    "control B-2 \"Broken\" {\n  owner\n}"
                ),
                (
                    Some("framework".to_owned()),
                    Some("demo@1".to_owned()),
                    "framework demo version \"1\" \"Broken\" {\n  publisher\n}"
                ),
                (
                    Some("control".to_owned()),
                    Some("C-3".to_owned()),
                    "control C-3 {\n}"
                ),
            ]
        );
        // The items that parse have the spans of a file that holds only
        // them, at their place.
        let good = "# Controls.\ncontrol A-1 \"Good\" {\n  owner \"x\"\n}\n\n";
        let alone = parse(FileId(3), &source(good)).ast.expect("a tree");
        assert_eq!(ast.items[0], alone.items[0]);
        let risk = text.find("risk r-1").expect("the risk");
        assert_eq!(
            ast.items[1].span.range(),
            risk..risk + "risk r-1 \"Good risk\"".len()
        );
        assert_eq!(ast.items.len(), 2);
        // Every comment of the file is kept.
        assert_eq!(ast.comments, alone.comments);
    }

    #[test]
    fn broken_items_name_what_their_headers_declare() {
        assert_eq!(
            broken("risk model-theft \"t\" { category }\nrisk \"no id\"\nexclude x because\n"),
            [
                (
                    Some("risk".to_owned()),
                    Some("model-theft".to_owned()),
                    "risk model-theft \"t\" { category }"
                ),
                (Some("risk".to_owned()), None, "risk \"no id\""),
                (Some("exclude".to_owned()), None, "exclude x because"),
            ]
        );
        assert_eq!(
            broken("framework soc2 version \"20\\\"17\" {\nframework Soc2 version \"1\" {\nzzz"),
            [
                (
                    Some("framework".to_owned()),
                    Some("soc2@20\"17".to_owned()),
                    "framework soc2 version \"20\\\"17\" {"
                ),
                (
                    Some("framework".to_owned()),
                    None,
                    "framework Soc2 version \"1\" {\nzzz"
                ),
            ]
        );
    }

    #[test]
    fn an_unclosed_block_is_reported_where_the_next_item_starts() {
        let text = "control A \"a\" {\n  owner \"x\"\n\ncontrol B \"b\" {\n  owner\n}\n";
        let parsed = parse(FileId(0), &source(text));
        let [unclosed, broken] = parsed.diagnostics.as_slice() else {
            panic!("two errors: {:?}", parsed.diagnostics);
        };
        let next = text.find("control B").expect("the next item");
        assert_eq!(unclosed.primary.span.range(), next..next + "control".len());
        assert_eq!(unclosed.secondary[0].span.start, 14, "the open `{{`");
        assert!(
            unclosed.message.ends_with("found `control`"),
            "{}",
            unclosed.message
        );
        assert_eq!(
            broken.primary.span.start as usize,
            text.find("\n}").expect("}") + 1
        );
    }

    #[test]
    fn nesting_after_an_escaped_line_end_is_refused() {
        // The string on the first line ends at its line end, as the grammar
        // reads it: the groups after it nest 5,000 deep in an item parsed on
        // its own. Pest runs without its stack probe, so the count before
        // parsing must see them (it once read the escape as carrying the
        // string over the line, and the line's quotes in reverse).
        let depth = 5_000;
        let text = format!(
            "risk r \"t\\\nframework deep version \"1\" \"Deep\" {{ {}{}",
            "group G \"g\" { ".repeat(depth),
            "} ".repeat(depth + 1)
        );
        let parsed = parse(FileId(0), &source(&text));
        assert!(parsed.ast.is_none());
        let codes: Vec<&str> = parsed.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [error::TOO_DEEP]);
    }

    #[test]
    fn a_byte_order_mark_and_nesting_too_deep_still_work() {
        let text = "\u{FEFF}control A \"a\" {}\nrisk r\n";
        let parsed = parse(FileId(0), &source(text));
        let ast = parsed.ast.expect("a tree");
        assert_eq!(ast.items[0].span.range(), 3..text.find('}').expect("}") + 1);
        assert_eq!(ast.broken.len(), 1);
        let deep = format!("{}\nrisk r\n", "g {".repeat(error::MAX_DEPTH + 1));
        let parsed = parse(FileId(0), &source(&deep));
        assert!(parsed.ast.is_none());
        assert_eq!(parsed.diagnostics[0].code, error::TOO_DEEP);
    }
}
