//! Stage 1, syntax: the text of one `.cw` file → its [`Ast`].
//!
//! The grammar is `grammar/crosswalk.pest`; [`parse`] runs it, puts pest's
//! errors into words, and lowers the parse tree into plain data.
//!
//! A syntax error costs only the item it is in: when the file does not
//! parse whole, it is cut into its top-level items (`items.rs`, which reads
//! strings, comments and braces without the grammar), each item is parsed
//! on its own, and every item that does not parse gets its own diagnostic
//! and a [`BrokenItem`](ast::BrokenItem) in the tree.

pub mod ast;
pub mod error;
mod grammar;
mod items;
mod lower;

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

/// Parses one source file.
pub fn parse(file: FileId, source: &SourceFile) -> Parsed {
    let text: &str = &source.text;
    if let Some(too_deep) = error::too_deep(text, file) {
        return Parsed {
            ast: None,
            diagnostics: vec![too_deep],
        };
    }
    // The whole file first: it is the common case, and the fastest.
    match CrosswalkParser::parse(Rule::file, text) {
        Ok(mut pairs) => {
            let mut lowerer = lower::Lowerer::new(file, 0);
            let root = pairs.next().expect("the file rule always yields one pair");
            let ast = lowerer.file(root);
            Parsed {
                ast: Some(ast),
                diagnostics: lowerer.diagnostics,
            }
        }
        Err(error) => recover(file, text, &error),
    }
}

/// Parses a file that does not parse whole item by item: every item that
/// parses is in the tree as it would be in a whole file (same spans), every
/// other one is a [`BrokenItem`] with its own diagnostic, worded as the
/// error of a file holding only that mistake.
fn recover(file: FileId, text: &str, whole: &pest::error::Error<Rule>) -> Parsed {
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
                let mut lowerer = lower::Lowerer::new(file, start);
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
                    ast.comments.push(Span::new(file, comment.start, comment.end));
                }
            }
        }
    }
    // Pieces that each parse make a file that parses (each piece ends
    // where no item can go on: before a keyword, after white space or a
    // `}`), so some piece is broken; should one ever not be, the file's own
    // error still stops it from passing for whole.
    debug_assert!(!ast.broken.is_empty(), "a file that does not parse has a broken item");
    if ast.broken.is_empty() {
        diagnostics.push(error::from_pest(whole, file, text, 0));
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
