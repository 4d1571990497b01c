//! Crosswalk hygiene: a project's own crosswalk that lists one pair twice.
//!
//! A repeated row adds nothing to coverage, but it inflates every count of
//! pairs a reader or a reviewer relies on, and a repeat with another
//! relationship states two set relations for one pair of requirements.
//! Built-in crosswalks are exempt: the user cannot edit them, and one of
//! them (NIST's AI RMF to ISO/IEC 42001) keeps a published duplicate row on
//! purpose, which would otherwise warn in every project.

use std::collections::BTreeMap;

use crate::diagnostic::{Code, Diagnostic};
use crate::resolve::Model;
use crate::resolve::model::{Crosswalk, CrosswalkPair, RequirementId};

/// A crosswalk of the project lists the same pair of requirements twice.
pub const DUPLICATE_PAIR: &str = "crosswalk::lint::duplicate_pair";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[Code::warning(
    DUPLICATE_PAIR,
    "a project's crosswalk lists one pair twice (built-in crosswalks are exempt: the published AI RMF → ISO 42001 crosswalk repeats one row, kept as published)",
)];

pub(super) fn check(model: &Model, warnings: &mut Vec<Diagnostic>) {
    for crosswalk in model.crosswalks.iter().filter(|c| !c.builtin) {
        let mut first: BTreeMap<(RequirementId, RequirementId), &CrosswalkPair> = BTreeMap::new();
        for pair in &crosswalk.pairs {
            match first.get(&(pair.from, pair.to)) {
                Some(earlier) => warnings.push(repeated(model, crosswalk, earlier, pair)),
                None => {
                    first.insert((pair.from, pair.to), pair);
                }
            }
        }
    }
}

/// The warning for `pair`, a repeat of `earlier` in `crosswalk`.
fn repeated(
    model: &Model,
    crosswalk: &Crosswalk,
    earlier: &CrosswalkPair,
    pair: &CrosswalkPair,
) -> Diagnostic {
    let name = format!(
        "{} -> {}",
        model.framework(crosswalk.from).key(),
        model.framework(crosswalk.to).key()
    );
    let (from, to) = (
        &model.requirement(pair.from).id,
        &model.requirement(pair.to).id,
    );
    let (message, help) = if earlier.relationship == pair.relationship {
        (
            format!(
                "the crosswalk {name} lists the pair `{from} {} {to}` more than once",
                pair.relationship
            ),
            "remove the repeated row: it adds nothing to coverage and makes the crosswalk's pair count wrong".to_owned(),
        )
    } else {
        (
            format!(
                "the crosswalk {name} pairs `{from}` with `{to}` again, as `{}` after `{}`",
                pair.relationship, earlier.relationship
            ),
            "a pair states one set relationship: keep the one that holds and remove the other"
                .to_owned(),
        )
    };
    Diagnostic::warning(DUPLICATE_PAIR, pair.span, message)
        .label("listed again here")
        .with_secondary(earlier.span, "first listed here")
        .help(help)
}
