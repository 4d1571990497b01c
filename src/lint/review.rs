//! Review state: mapping edges and conclusions that reach the auditor
//! documents without a review (`status` absent) or still in `draft`.
//!
//! One warning per file, with the counts and the controls concerned, so a
//! project of hundreds of unreviewed edges gets a handful of lines it can
//! act on rather than hundreds it will learn to ignore.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::diagnostic::{Code, Diagnostic};
use crate::resolve::Model;
use crate::source::{FileId, Span};
use crate::vocabulary::ReviewStatus;
use crate::wording::plural;

/// Mappings or conclusions in a file that are not reviewed or still draft.
pub const NOT_REVIEWED: &str = "crosswalk::lint::not_reviewed";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[Code::warning(
    NOT_REVIEWED,
    "one per file: mapping edges and conclusions that reach the auditor documents without a `status` or in `draft`, with the counts and the controls (replaces `draft_only`)",
)];

/// How many controls the help names before it says how many more.
const MAX_NAMED: usize = 6;

/// What one file holds that is not yet reviewed.
#[derive(Default)]
struct Pending<'m> {
    /// The first such edge or conclusion.
    first: Option<Span>,
    /// Edges without a status.
    unreviewed: usize,
    /// Edges in draft.
    draft: usize,
    /// Conclusions without a status.
    conclusions_unreviewed: usize,
    /// Conclusions in draft.
    conclusions_draft: usize,
    /// Controls with such edges, with how many, in source order.
    controls: Vec<(&'m str, usize)>,
}

impl Pending<'_> {
    fn note(&mut self, span: Span) {
        if self.first.is_none_or(|first| span.start < first.start) {
            self.first = Some(span);
        }
    }
}

/// Whether a review state still needs a reviewer.
fn pending(status: Option<ReviewStatus>) -> bool {
    matches!(status, None | Some(ReviewStatus::Draft))
}

pub(super) fn check(model: &Model, warnings: &mut Vec<Diagnostic>) {
    let mut files: BTreeMap<FileId, Pending<'_>> = BTreeMap::new();
    for control in &model.controls {
        for mapping in &control.satisfies {
            let status = mapping.attributes.status;
            if !pending(status) {
                continue;
            }
            let file = files.entry(mapping.span.file).or_default();
            file.note(mapping.span);
            if status.is_none() {
                file.unreviewed += 1;
            } else {
                file.draft += 1;
            }
            match file.controls.last_mut() {
                Some((id, n)) if *id == control.id => *n += 1,
                _ => file.controls.push((&control.id, 1)),
            }
        }
    }
    for conclusion in &model.conclusions {
        if pending(conclusion.status) {
            let file = files.entry(conclusion.span.file).or_default();
            file.note(conclusion.span);
            if conclusion.status.is_none() {
                file.conclusions_unreviewed += 1;
            } else {
                file.conclusions_draft += 1;
            }
        }
    }
    for pending in files.into_values() {
        let Some(first) = pending.first else {
            continue;
        };
        warnings.push(
            Diagnostic::warning(NOT_REVIEWED, first, message(&pending))
                .label("the first of them")
                .help(help(&pending)),
        );
    }
}

/// "12 mappings (9 not reviewed, 3 draft) and 1 conclusion not reviewed in
/// this file reach the auditor documents"
fn message(pending: &Pending<'_>) -> String {
    let parts: Vec<String> = [
        state("mapping", pending.unreviewed, pending.draft),
        state(
            "conclusion",
            pending.conclusions_unreviewed,
            pending.conclusions_draft,
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    let total = pending.unreviewed
        + pending.draft
        + pending.conclusions_unreviewed
        + pending.conclusions_draft;
    let verb = if total == 1 { "reaches" } else { "reach" };
    format!(
        "{} in this file {verb} the auditor documents",
        parts.join(" and ")
    )
}

/// `3 mappings not reviewed`, `1 mapping in draft`, `4 mappings (3 not
/// reviewed, 1 draft)`; `None` for none.
fn state(noun: &str, unreviewed: usize, draft: usize) -> Option<String> {
    match (unreviewed, draft) {
        (0, 0) => None,
        (u, 0) => Some(format!("{} not reviewed", plural(u, noun))),
        (0, d) => Some(format!("{} in draft", plural(d, noun))),
        (u, d) => Some(format!(
            "{} ({u} not reviewed, {d} draft)",
            plural(u + d, noun)
        )),
    }
}

fn help(pending: &Pending<'_>) -> String {
    let mut help = String::new();
    if !pending.controls.is_empty() {
        let named: Vec<String> = pending
            .controls
            .iter()
            .take(MAX_NAMED)
            .map(|(id, n)| format!("`{id}` ({n})"))
            .collect();
        let more = pending.controls.len().saturating_sub(MAX_NAMED);
        help.push_str("controls: ");
        help.push_str(&named.join(", "));
        if more > 0 {
            let _ = write!(help, " and {more} more");
        }
        help.push_str(". ");
    }
    help.push_str("Once a second person has checked an edge, mark it `{ status reviewed }` or `{ status approved }` (a conclusion: `status approved`); the documents show every edge's review state, \"not reviewed\" when it has none");
    help
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_gives_the_parts() {
        let pending = Pending {
            unreviewed: 9,
            draft: 3,
            conclusions_unreviewed: 1,
            ..Pending::default()
        };
        assert_eq!(
            message(&pending),
            "12 mappings (9 not reviewed, 3 draft) and 1 conclusion not reviewed in this file reach the auditor documents"
        );
        let only_draft = Pending {
            draft: 1,
            ..Pending::default()
        };
        assert_eq!(
            message(&only_draft),
            "1 mapping in draft in this file reaches the auditor documents"
        );
        let conclusions = Pending {
            conclusions_draft: 2,
            ..Pending::default()
        };
        assert_eq!(
            message(&conclusions),
            "2 conclusions in draft in this file reach the auditor documents"
        );
    }

    #[test]
    fn the_help_names_a_bounded_number_of_controls() {
        let names: Vec<String> = (0..10).map(|i| format!("C-{i}")).collect();
        let pending = Pending {
            unreviewed: 10,
            controls: names.iter().map(|n| (n.as_str(), 1)).collect(),
            ..Pending::default()
        };
        let help = help(&pending);
        assert!(help.starts_with("controls: `C-0` (1), "), "{help}");
        assert!(help.contains("`C-5` (1) and 4 more."), "{help}");
        assert!(!help.contains("C-6"), "{help}");
    }
}
