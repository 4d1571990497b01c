//! The reference index: every place a name is written, with what it
//! resolved to, sorted by position.

use crate::resolve::{Occurrence, Role, Symbol};
use crate::source::{FileId, Span};

/// Every resolved reference and every definition of a compilation, sorted
/// by span (file, start, end).
#[derive(Debug, Clone, Default)]
pub struct ReferenceIndex {
    occurrences: Vec<Occurrence>,
}

impl ReferenceIndex {
    /// The index of `occurrences` (any order; exact repeats count once).
    pub fn new(mut occurrences: Vec<Occurrence>) -> Self {
        occurrences.sort_unstable();
        occurrences.dedup();
        // Kept as long as the compilation: without the growth's slack.
        occurrences.shrink_to_fit();
        Self { occurrences }
    }

    /// Every occurrence, sorted by span.
    pub fn occurrences(&self) -> &[Occurrence] {
        &self.occurrences
    }

    /// The occurrences in `file`, sorted by span.
    pub fn in_file(&self, file: FileId) -> &[Occurrence] {
        let start = self.occurrences.partition_point(|o| o.span.file < file);
        let end = self.occurrences.partition_point(|o| o.span.file <= file);
        &self.occurrences[start..end]
    }

    /// The innermost occurrence whose span holds byte `offset` of `file`
    /// (`start <= offset < end`); failing that, one that ends at `offset`
    /// (the cursor just after a name).
    pub fn at(&self, file: FileId, offset: usize) -> Option<&Occurrence> {
        let offset = u32::try_from(offset).ok()?;
        let in_file = self.in_file(file);
        // Spans that start at or before the offset.
        let before = &in_file[..in_file.partition_point(|o| o.span.start <= offset)];
        let innermost = |inside: &dyn Fn(Span) -> bool| {
            before
                .iter()
                .filter(|o| inside(o.span))
                .min_by_key(|o| (o.span.len(), o.role, o.span.start))
        };
        innermost(&|s: Span| offset < s.end).or_else(|| innermost(&|s: Span| offset == s.end))
    }

    /// Where `symbol` is referred to (definitions left out), sorted.
    pub fn references(&self, symbol: Symbol) -> Vec<Span> {
        self.occurrences
            .iter()
            .filter(|o| o.symbol == symbol && o.role == Role::Reference)
            .map(|o| o.span)
            .collect()
    }

    /// Every place `symbol` is declared (more than one for a duplicate),
    /// sorted.
    pub fn definitions(&self, symbol: Symbol) -> Vec<Span> {
        self.occurrences
            .iter()
            .filter(|o| o.symbol == symbol && o.role == Role::Definition)
            .map(|o| o.span)
            .collect()
    }

    /// Where `symbol` is declared, if it is declared by name somewhere.
    pub fn definition(&self, symbol: Symbol) -> Option<Span> {
        self.occurrences
            .iter()
            .find(|o| o.symbol == symbol && o.role == Role::Definition)
            .map(|o| o.span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::model::{FrameworkId, RequirementId};

    fn occurrence(start: u32, end: u32, symbol: Symbol, role: Role) -> Occurrence {
        Occurrence {
            span: Span {
                file: FileId(1),
                start,
                end,
            },
            symbol,
            role,
        }
    }

    #[test]
    fn the_innermost_occurrence_wins() {
        let framework = Symbol::Framework(FrameworkId(0));
        let requirement = Symbol::Requirement(RequirementId(3));
        let index = ReferenceIndex::new(vec![
            occurrence(10, 25, requirement, Role::Reference),
            occurrence(10, 19, framework, Role::Reference),
            occurrence(10, 19, framework, Role::Reference),
        ]);
        assert_eq!(index.occurrences().len(), 2, "repeats count once");
        assert_eq!(index.at(FileId(1), 10).map(|o| o.symbol), Some(framework));
        assert_eq!(index.at(FileId(1), 18).map(|o| o.symbol), Some(framework));
        assert_eq!(index.at(FileId(1), 19).map(|o| o.symbol), Some(requirement));
        assert_eq!(index.at(FileId(1), 25).map(|o| o.symbol), Some(requirement));
        assert_eq!(index.at(FileId(1), 26), None);
        assert_eq!(index.at(FileId(1), 9), None);
        assert_eq!(index.at(FileId(0), 12), None, "other files hold nothing");
        assert_eq!(index.references(framework).len(), 1);
        assert_eq!(index.definition(framework), None);
        assert!(index.definitions(framework).is_empty());
        assert_eq!(index.definitions(requirement), Vec::<Span>::new());
    }
}
