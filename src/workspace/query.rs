//! Queries on a compilation: the symbol at an offset, its definition, its
//! references, and what may be completed at an offset.

use super::completion::{self, Completion};
use crate::Compilation;
use crate::resolve::Symbol;
use crate::source::{FileId, Span};

impl Compilation {
    /// The symbol named at byte `offset` of `file`: on a reference, what it
    /// resolved to; on a definition's name, what it defines. The innermost
    /// name wins: in `soc2@2017:CC8.1`, an offset in `soc2@2017` gives the
    /// framework, one in `CC8.1` the requirement. Any offset is accepted
    /// (past the end, inside a multi-byte character, in a file that is not
    /// there): where nothing is named, `None`.
    pub fn symbol_at(&self, file: FileId, offset: usize) -> Option<Symbol> {
        self.references.at(file, offset).map(|o| o.symbol)
    }

    /// Where `symbol` is declared: its name in the declaration (`AC-1` in
    /// `control AC-1 "…"`). `None` for a component kind, a word of the
    /// language.
    pub fn definition(&self, symbol: Symbol) -> Option<Span> {
        self.references.definition(symbol)
    }

    /// Every place `symbol` is referred to, sorted (its definition left
    /// out).
    pub fn references(&self, symbol: Symbol) -> Vec<Span> {
        self.references.references(symbol)
    }

    /// What may be written at byte `offset` of `file`, read from the text
    /// before it: after `satisfies ` the loaded `framework@version`s, after
    /// `satisfies soc2@2017:` that version's requirement identifiers, after
    /// `mitigates ` risk identifiers, after `met-by ` control identifiers,
    /// a vocabulary's words where one goes, and at the start of a statement
    /// the keywords of the block it is in. Only completions that start with
    /// what was typed of the word are offered. Nothing inside a string or a
    /// comment.
    pub fn completions_at(&self, file: FileId, offset: usize) -> Vec<Completion> {
        completion::completions(self, file, offset)
    }
}
