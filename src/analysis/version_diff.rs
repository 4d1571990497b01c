//! The version diff ([`diff`]): the project's coverage of an old framework
//! version carried across the crosswalk to a new version, requirement by
//! requirement.
//!
//! For each requirement of the new version: **direct** (the project already
//! maps to it), **carried** (an old requirement's direct coverage composes to
//! full coverage of it), **weakened** (old full coverage composes only to
//! partial), **partial** (old partial coverage stays partial), **review**
//! (the compositions give nothing usable: unknown, related, disjoint),
//! **uncovered** (it has predecessors, none of them covered), **new** (no
//! predecessor at all) or **informative** (the new version marks it, or a
//! group of it, informative: no obligation, nothing to carry). For each old requirement: **removed** (no successor)
//! or **merged** (its successor has other predecessors too).

use serde::Serialize;

use crate::analysis::coverage::Applicability;
use crate::diagnostic::{Code, Diagnostic};
use crate::graph::ControlGraph;
use crate::resolve::Model;
use crate::resolve::model::{EntryKind, FrameworkId, RequirementId};
use crate::vocabulary::Composed;
use crate::vocabulary::Relationship;

/// What happens to a requirement of the new version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// The project maps to it directly already.
    Direct,
    /// Old full coverage carries over as full coverage.
    Carried,
    /// Old full coverage carries over only as partial coverage.
    Weakened,
    /// Old partial coverage carries over as partial coverage.
    Partial,
    /// The compositions give nothing usable: a person must decide.
    Review,
    /// It has predecessors, none of them covered.
    Uncovered,
    /// No predecessor: a new requirement, uncovered.
    New,
    /// The new version marks it (or a group of it) informative: it
    /// defines, classifies, presumes or empowers, and obliges no one, so
    /// there is nothing to carry and it is never a gap.
    Informative,
}

/// What happens to a requirement of the old version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fate {
    /// No successor in the new version.
    Removed,
    /// Its successor has other predecessors too.
    Merged,
}

/// One carried mapping: a control's coverage of an old requirement, composed
/// with the crosswalk pair to the new one.
#[derive(Debug, Clone, Serialize)]
pub struct Carried {
    /// Control identifier.
    pub control: String,
    /// The old requirement (`framework@version:ID`).
    pub from: String,
    /// The control's relationship to the old requirement.
    pub mapping: Relationship,
    /// The pair's relationship, read from old to new.
    pub pair: Relationship,
    /// The composed relationship of the control to the new requirement.
    pub composed: Composed,
}

/// A requirement of the new version.
#[derive(Debug, Clone, Serialize)]
pub struct NewRequirement {
    /// Identifier.
    pub id: String,
    /// Official shown form.
    pub display: String,
    /// Title.
    pub title: String,
    /// What happens to it.
    pub change: Change,
    /// Old requirements paired with it.
    pub predecessors: Vec<String>,
    /// The compositions that decided the change.
    pub carried: Vec<Carried>,
}

/// A requirement of the old version that does not carry over one to one.
#[derive(Debug, Clone, Serialize)]
pub struct OldRequirement {
    /// Identifier.
    pub id: String,
    /// Removed or merged.
    pub fate: Fate,
    /// Its successors in the new version.
    pub successors: Vec<String>,
}

/// The diff between two versions of a framework for one project.
#[derive(Debug, Clone, Serialize)]
pub struct VersionDiff {
    /// `name@old`.
    pub from: String,
    /// `name@new`.
    pub to: String,
    /// How many requirements of the new version each change has, in the
    /// order of [`Change`].
    pub counts: Vec<(Change, usize)>,
    /// Every requirement of the new version, in catalog order.
    pub requirements: Vec<NewRequirement>,
    /// Old requirements removed or merged.
    pub old: Vec<OldRequirement>,
}

/// Error: no crosswalk joins the two versions a version diff was asked for,
/// so nothing can be carried from one to the other. Points at the new
/// version's declaration, with the old one's as a second label.
pub const NO_CROSSWALK: &str = "crosswalk::analysis::no_crosswalk";

/// The codes the version diff raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[Code::error(
    NO_CROSSWALK,
    "`diff --from/--to` names two versions no crosswalk joins; points at both declarations",
)];

/// Carries the project's coverage of `from` over to `to`; a
/// [`NO_CROSSWALK`] error (boxed) when no crosswalk joins them.
pub fn diff(
    model: &Model,
    graph: &ControlGraph,
    from: FrameworkId,
    to: FrameworkId,
) -> Result<VersionDiff, Box<Diagnostic>> {
    let joined = model
        .crosswalks
        .iter()
        .any(|c| (c.from, c.to) == (from, to) || (c.from, c.to) == (to, from));
    let (old_key, new_key) = (model.framework(from).key(), model.framework(to).key());
    if !joined {
        return Err(Box::new(no_crosswalk(model, from, to)));
    }
    let requirements_of = |f: FrameworkId| -> Vec<RequirementId> {
        model
            .framework(f)
            .entries
            .iter()
            .copied()
            .filter(|&r| model.requirement(r).kind == EntryKind::Requirement)
            .collect()
    };
    // Pairs between the two versions, read from old to new.
    let links =
        |requirement: RequirementId, towards: FrameworkId| -> Vec<(RequirementId, Relationship)> {
            graph
                .crosswalk_steps(requirement)
                .iter()
                .filter(|s| model.requirement(s.other).framework == towards)
                .map(|s| (s.other, s.relationship))
                .collect()
        };
    let mut requirements = Vec::new();
    for n in requirements_of(to) {
        // Read from the new end, so reverse to get old → new.
        let predecessors: Vec<(RequirementId, Relationship)> = links(n, from)
            .into_iter()
            .map(|(o, r)| (o, r.reversed()))
            .collect();
        let mut carried = Vec::new();
        for &(o, pair) in &predecessors {
            for (control, mapping) in graph.satisfied_by(o) {
                let relationship = model.control(control).mapping(mapping).relationship;
                carried.push(Carried {
                    control: model.control(control).id.clone(),
                    from: model.qualified_id(o),
                    mapping: relationship,
                    pair,
                    composed: relationship.compose(pair),
                });
            }
        }
        let change = if Applicability::of(model, n).informative {
            Change::Informative
        } else {
            change(
                !graph.satisfied_by(n).is_empty(),
                predecessors.is_empty(),
                &carried,
            )
        };
        let r = model.requirement(n);
        requirements.push(NewRequirement {
            id: r.id.clone(),
            display: r.shown().to_owned(),
            title: r.title.clone(),
            change,
            predecessors: predecessors
                .iter()
                .map(|&(o, _)| model.requirement(o).id.clone())
                .collect(),
            carried,
        });
    }
    let mut old = Vec::new();
    for o in requirements_of(from) {
        let successors = links(o, to);
        let fate = if successors.is_empty() {
            Some(Fate::Removed)
        } else if successors.iter().all(|&(n, _)| links(n, from).len() > 1) {
            Some(Fate::Merged)
        } else {
            None
        };
        if let Some(fate) = fate {
            old.push(OldRequirement {
                id: model.requirement(o).id.clone(),
                fate,
                successors: successors
                    .iter()
                    .map(|&(n, _)| model.requirement(n).id.clone())
                    .collect(),
            });
        }
    }
    let counts = [
        Change::Direct,
        Change::Carried,
        Change::Weakened,
        Change::Partial,
        Change::Review,
        Change::Uncovered,
        Change::New,
        Change::Informative,
    ]
    .into_iter()
    .map(|c| (c, requirements.iter().filter(|r| r.change == c).count()))
    .collect();
    Ok(VersionDiff {
        from: old_key,
        to: new_key,
        counts,
        requirements,
        old,
    })
}

fn change(direct: bool, no_predecessor: bool, carried: &[Carried]) -> Change {
    let full = Relationship::covers_fully;
    let partial = |r: Relationship| matches!(r, Relationship::Subset | Relationship::Intersects);
    let composed_full = carried.iter().any(|c| c.composed.known().is_some_and(full));
    let composed_partial = carried
        .iter()
        .any(|c| c.composed.known().is_some_and(partial));
    let old_full = carried.iter().any(|c| full(c.mapping));
    if direct {
        Change::Direct
    } else if no_predecessor {
        Change::New
    } else if composed_full {
        Change::Carried
    } else if composed_partial && old_full {
        Change::Weakened
    } else if composed_partial {
        Change::Partial
    } else if carried
        .iter()
        .any(|c| full(c.mapping) || partial(c.mapping))
    {
        Change::Review
    } else {
        Change::Uncovered
    }
}

impl Change {
    /// How the change is written.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Direct => "direct",
            Change::Carried => "carried",
            Change::Weakened => "weakened",
            Change::Partial => "partial",
            Change::Review => "review",
            Change::Uncovered => "uncovered",
            Change::New => "new",
            Change::Informative => "informative",
        }
    }
}

/// The [`NO_CROSSWALK`] error for `from` and `to`.
fn no_crosswalk(model: &Model, from: FrameworkId, to: FrameworkId) -> Diagnostic {
    let (old, new) = (model.framework(from), model.framework(to));
    let (old_key, new_key) = (old.key(), new.key());
    Diagnostic::error(
        NO_CROSSWALK,
        new.span,
        format!("no crosswalk joins `{old_key}` and `{new_key}`"),
    )
    .label("carried to here")
    .with_secondary(old.span, "from here")
    .help(format!(
        "write one (`crosswalk {old_key} -> {new_key} {{ … }}`) to carry coverage across"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn carried(mapping: Relationship, pair: Relationship) -> Carried {
        Carried {
            control: "C".into(),
            from: "old".into(),
            mapping,
            pair,
            composed: mapping.compose(pair),
        }
    }

    #[test]
    fn changes_follow_the_composed_relationship() {
        use Relationship::{Equal, Intersects, Related, Subset, Superset};
        assert_eq!(change(true, false, &[]), Change::Direct);
        assert_eq!(change(false, true, &[]), Change::New);
        assert_eq!(change(false, false, &[]), Change::Uncovered);
        assert_eq!(
            change(false, false, &[carried(Equal, Equal)]),
            Change::Carried
        );
        assert_eq!(
            change(false, false, &[carried(Superset, Superset)]),
            Change::Carried
        );
        // Full coverage of a part of the new requirement: weakened.
        assert_eq!(
            change(false, false, &[carried(Equal, Subset)]),
            Change::Weakened
        );
        assert_eq!(
            change(false, false, &[carried(Subset, Subset)]),
            Change::Partial
        );
        // subset ∘ superset and anything through related: nothing follows.
        assert_eq!(
            change(false, false, &[carried(Subset, Superset)]),
            Change::Review
        );
        assert_eq!(
            change(false, false, &[carried(Equal, Related)]),
            Change::Review
        );
        assert_eq!(
            change(false, false, &[carried(Intersects, Intersects)]),
            Change::Review
        );
    }

    #[test]
    fn versions_no_crosswalk_joins_are_a_diagnostic_at_their_declarations() {
        use crate::source::{SourceFile, SourceSet};
        let mut sources = SourceSet::new();
        sources.add(SourceFile::new(
            "catalogs.cw",
            "framework demo version \"1\" \"Demo\" {\n  requirement R-1 \"First\"\n}\n\nframework demo version \"2\" \"Demo\" {\n  requirement R-1 \"First\"\n}\n",
            false,
        ));
        let compilation = crate::compile(sources);
        assert!(!compilation.has_errors(), "{:#?}", compilation.diagnostics);
        let model = &compilation.model;
        let version = |v: &str| {
            FrameworkId::from_index(
                model
                    .frameworks
                    .iter()
                    .position(|f| f.version == v)
                    .unwrap(),
            )
        };
        let (old, new) = (version("1"), version("2"));
        let error = diff(model, &compilation.graph, old, new).unwrap_err();
        assert_eq!(error.code, NO_CROSSWALK);
        assert!(error.is_error());
        assert_eq!(error.message, "no crosswalk joins `demo@1` and `demo@2`");
        assert_eq!(
            error.help.as_deref(),
            Some("write one (`crosswalk demo@1 -> demo@2 { … }`) to carry coverage across")
        );
        assert_eq!(error.primary.span, model.framework(new).span);
        assert_eq!(error.secondary.len(), 1);
        assert_eq!(error.secondary[0].span, model.framework(old).span);
    }
}
