//! Stage 1, syntax: the text of one `.cw` file → its [`Ast`].
//!
//! The grammar is `grammar/crosswalk.pest`; [`parse`] runs it, puts pest's
//! errors into words, and lowers the parse tree into plain data.

pub mod ast;
pub mod error;
mod grammar;
mod lower;

pub use lower::is_date;

use pest::Parser as _;

pub use ast::Ast;
use grammar::{CrosswalkParser, Rule};

use crate::diagnostic::Diagnostic;
use crate::source::{FileId, SourceFile};

/// What parsing one file gives: the tree, unless the text does not follow
/// the grammar, and every diagnostic found on the way.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The tree; `None` after a syntax error. A tree may still come with
    /// diagnostics (an unknown vocabulary word drops only its statement).
    pub ast: Option<Ast>,
    /// Syntax diagnostics of this file.
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
    match CrosswalkParser::parse(Rule::file, text) {
        Ok(mut pairs) => {
            let mut lowerer = lower::Lowerer::new(file);
            let root = pairs.next().expect("the file rule always yields one pair");
            let ast = lowerer.file(root);
            Parsed {
                ast: Some(ast),
                diagnostics: lowerer.diagnostics,
            }
        }
        Err(error) => Parsed {
            ast: None,
            diagnostics: vec![error::from_pest(&error, file, text)],
        },
    }
}
