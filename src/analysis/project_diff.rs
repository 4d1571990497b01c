//! The project diff ([`project_diff`]): the difference between two states
//! of a project (a git revision or another folder, and now): requirements
//! whose coverage changed, mapping edges and conclusions added, removed or
//! changed, and review downgrades (an edge or a conclusion whose review
//! status went down), which are regressions like a loss of coverage.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::Compilation;
use crate::analysis::coverage::view::{ConclusionView, covered_by};
use crate::analysis::coverage::{Coverage, Options, Status, coverage};
use crate::resolve::model::FrameworkId;
use crate::vocabulary::ReviewStatus;

/// How a requirement's coverage changed between two states of a project.
#[derive(Debug, Clone, Serialize)]
pub struct StatusChange {
    /// `framework@version:ID`.
    pub requirement: String,
    /// Status before (`None`: the requirement did not exist).
    pub before: Option<Status>,
    /// Status after (`None`: the requirement no longer exists).
    pub after: Option<Status>,
    /// How it was covered before, when it was: `direct` (one full mapping)
    /// or `combined` (controls together, by a conclusion).
    pub before_covered_by: Option<&'static str>,
    /// How it is covered after, when it is.
    pub after_covered_by: Option<&'static str>,
    /// Whether coverage dropped (covered, combined or direct, to partial or
    /// uncovered; partial to uncovered). Derived is never coverage, so
    /// derived to uncovered is no regression; direct to combined is a
    /// change, not a loss.
    pub regression: bool,
    /// A place in the current files responsible for the change, if any.
    pub location: Option<Location>,
}

/// A place in a `.cw` file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// File name, as shown in diagnostics.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// Whether a mapping edge or a conclusion was added, removed or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EdgeChangeKind {
    /// New in the current state.
    Added,
    /// Gone from the current state.
    Removed,
    /// Relationship or attributes changed.
    Changed,
}

/// A mapping edge that differs between the two states.
#[derive(Debug, Clone, Serialize)]
pub struct EdgeChange {
    /// Added, removed or changed.
    pub kind: EdgeChangeKind,
    /// Control identifier.
    pub control: String,
    /// `framework@version:ID`.
    pub requirement: String,
    /// The edge before, as written (`equal, status draft`).
    pub before: Option<String>,
    /// The edge after.
    pub after: Option<String>,
    /// Where the edge is (or, when removed, its control) in the current
    /// files, or in the base when the control is gone too.
    pub location: Option<Location>,
}

/// A part of a conclusion that can change between two states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConclusionField {
    /// The controls it names (in any order).
    Controls,
    /// Why they suffice together.
    Because,
    /// Who concluded it.
    Reviewer,
    /// When.
    Date,
    /// Its review status.
    Status,
}

impl ConclusionField {
    /// How the field is written.
    pub fn as_str(self) -> &'static str {
        match self {
            ConclusionField::Controls => "controls",
            ConclusionField::Because => "because",
            ConclusionField::Reviewer => "reviewer",
            ConclusionField::Date => "date",
            ConclusionField::Status => "status",
        }
    }
}

/// A conclusion (controls that together meet a requirement) that differs
/// between the two states.
#[derive(Debug, Clone, Serialize)]
pub struct ConclusionChange {
    /// Added, removed or changed.
    pub kind: EdgeChangeKind,
    /// The requirement concluded on (`framework@version:ID`).
    pub requirement: String,
    /// For a changed conclusion, what changed, in the order of
    /// [`ConclusionField`]; empty for one added or removed.
    pub changed: Vec<ConclusionField>,
    /// The conclusion before.
    pub before: Option<ConclusionView>,
    /// The conclusion after.
    pub after: Option<ConclusionView>,
    /// Where it is written in the current files; when it is removed, a
    /// mapping of one of its controls to the requirement in the current
    /// files, or the conclusion in the base when none is left.
    pub location: Option<Location>,
}

/// What a review downgrade is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Reviewed {
    /// A control's mapping edge to a requirement.
    Mapping,
    /// A conclusion on a requirement.
    Conclusion,
}

/// A mapping edge (the same control and requirement on both sides) or a
/// conclusion whose review status went down, in the order unreviewed <
/// draft < reviewed < approved: a regression.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewDowngrade {
    /// A mapping or a conclusion.
    pub of: Reviewed,
    /// For a mapping, its control.
    pub control: Option<String>,
    /// `framework@version:ID`.
    pub requirement: String,
    /// The review status before (`unreviewed` when it gave none).
    #[serde(serialize_with = "crate::vocabulary::serialize_review")]
    pub before: Option<ReviewStatus>,
    /// The review status after.
    #[serde(serialize_with = "crate::vocabulary::serialize_review")]
    pub after: Option<ReviewStatus>,
    /// Where the edge or conclusion is in the current files.
    pub location: Option<Location>,
}

/// The coverage difference between a base and the current project.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectDiff {
    /// Requirements whose status (or, for a covered one, whether direct or
    /// combined) changed, sorted.
    pub requirements: Vec<StatusChange>,
    /// Mapping edges added, removed or changed, sorted.
    pub edges: Vec<EdgeChange>,
    /// Conclusions added, removed or changed, sorted by requirement.
    pub conclusions: Vec<ConclusionChange>,
    /// Mapping edges and conclusions whose review status went down,
    /// sorted by requirement.
    pub downgrades: Vec<ReviewDowngrade>,
    /// How many requirements lost coverage.
    pub lost_coverage: usize,
    /// How many regressions (what `--fail-on regression` fails on):
    /// requirements that lost coverage, and review downgrades.
    pub regressions: usize,
}

impl ProjectDiff {
    /// Whether nothing differs.
    pub fn is_empty(&self) -> bool {
        self.requirements.is_empty() && self.edges.is_empty() && self.conclusions.is_empty()
    }
}

/// Coverage strength, for finding regressions; `None` for statuses that
/// are a scoping decision rather than coverage, and for informative
/// entries, which are not obligations (a requirement that becomes
/// informative is no regression), and for carved-out ones, met by a
/// subservice organisation's controls by the report's choice of method. Derived is a suggestion, never
/// coverage, so it is as strong as uncovered.
fn strength(status: Status) -> Option<u8> {
    match status {
        Status::Covered => Some(2),
        Status::Partial => Some(1),
        Status::Derived | Status::Uncovered => Some(0),
        Status::CarvedOut | Status::Excluded | Status::NotApplicable | Status::Informative => None,
    }
}

/// One state of a project, ready to compare.
pub struct Snapshot<'a> {
    /// The compiled project.
    pub compilation: &'a Compilation,
    /// Its coverage of every loaded framework.
    pub coverage: Coverage,
}

/// A mapping edge in one state.
struct EdgeState {
    /// As written (`equal, status draft`).
    text: String,
    status: Option<ReviewStatus>,
    location: Location,
}

/// A conclusion in one state.
struct ConclusionState {
    view: ConclusionView,
    /// Its controls' identifiers, sorted.
    controls: Vec<String>,
    status: Option<ReviewStatus>,
    location: Location,
}

impl<'a> Snapshot<'a> {
    /// Analyses a compiled project for comparison, on the frameworks named
    /// `frameworks` (`name@version`) that it loads.
    pub fn new(compilation: &'a Compilation, frameworks: &[String]) -> Self {
        let model = &compilation.model;
        let options = Options {
            frameworks: (0..model.frameworks.len())
                .map(FrameworkId::from_index)
                .filter(|&f| frameworks.contains(&model.framework(f).key()))
                .collect(),
            only: true,
            ..Options::default()
        };
        let coverage = coverage(model, &compilation.graph, &options);
        Self {
            compilation,
            coverage,
        }
    }

    /// The frameworks a project is in scope for: those it maps to or
    /// excludes from, as `name@version`.
    pub fn in_scope(compilation: &Compilation) -> Vec<String> {
        let model = &compilation.model;
        let analysed = coverage(model, &compilation.graph, &Options::default());
        analysed
            .frameworks
            .iter()
            .map(|f| model.framework(f.framework).key())
            .collect()
    }

    /// Every requirement's status, and for a covered one how.
    fn statuses(&self) -> BTreeMap<String, (Status, Option<&'static str>)> {
        let model = &self.compilation.model;
        self.coverage
            .frameworks
            .iter()
            .flat_map(|f| &f.requirements)
            .map(|r| (model.qualified_id(r.requirement), (r.status, covered_by(r))))
            .collect()
    }

    /// Every edge, keyed by (control, requirement).
    fn edges(&self) -> BTreeMap<(String, String), EdgeState> {
        let model = &self.compilation.model;
        let mut edges = BTreeMap::new();
        for control in &model.controls {
            for mapping in &control.satisfies {
                edges.insert(
                    (control.id.clone(), model.qualified_id(mapping.requirement)),
                    EdgeState {
                        text: edge_text(mapping),
                        status: mapping.attributes.status,
                        location: self.location(mapping.span),
                    },
                );
            }
        }
        edges
    }

    /// Every conclusion, keyed by its requirement (a requirement has at
    /// most one).
    fn conclusions(&self) -> BTreeMap<String, ConclusionState> {
        let model = &self.compilation.model;
        model
            .conclusions
            .iter()
            .map(|c| {
                let mut controls: Vec<String> = c
                    .members
                    .iter()
                    .map(|m| model.control(m.control).id.clone())
                    .collect();
                controls.sort();
                let state = ConclusionState {
                    view: ConclusionView::new(model, c),
                    controls,
                    status: c.status,
                    location: self.location(c.span),
                };
                (model.qualified_id(c.requirement), state)
            })
            .collect()
    }

    fn location(&self, span: crate::source::Span) -> Location {
        let file = self.compilation.sources.get(span.file);
        let (line, column) = file.line_col(span.start);
        Location {
            file: file.name.clone(),
            line,
            column,
        }
    }

    fn control_location(&self, id: &str) -> Option<Location> {
        let model = &self.compilation.model;
        model
            .controls
            .iter()
            .find(|c| c.id == id)
            .map(|c| self.location(c.span))
    }
}

fn edge_text(mapping: &crate::resolve::model::Mapping) -> String {
    let attributes = mapping.attributes.describe();
    if attributes.is_empty() {
        mapping.relationship.to_string()
    } else {
        format!("{}, {attributes}", mapping.relationship)
    }
}

/// What differs between a conclusion before and after.
fn changed_fields(before: &ConclusionState, after: &ConclusionState) -> Vec<ConclusionField> {
    let (b, a) = (&before.view, &after.view);
    [
        (ConclusionField::Controls, before.controls != after.controls),
        (ConclusionField::Because, b.because != a.because),
        (ConclusionField::Reviewer, b.reviewer != a.reviewer),
        (ConclusionField::Date, b.date != a.date),
        (ConclusionField::Status, before.status != after.status),
    ]
    .into_iter()
    .filter_map(|(field, differs)| differs.then_some(field))
    .collect()
}

/// Compares a base state of a project with the current one.
pub fn project_diff(base: &Snapshot<'_>, head: &Snapshot<'_>) -> ProjectDiff {
    let (before, after) = (base.edges(), head.edges());
    let mut edges = Vec::new();
    let mut downgrades = Vec::new();
    let head_edges = &after;
    for (key, now) in &after {
        match before.get(key) {
            None => edges.push(EdgeChange {
                kind: EdgeChangeKind::Added,
                control: key.0.clone(),
                requirement: key.1.clone(),
                before: None,
                after: Some(now.text.clone()),
                location: Some(now.location.clone()),
            }),
            Some(was) if was.text != now.text => {
                edges.push(EdgeChange {
                    kind: EdgeChangeKind::Changed,
                    control: key.0.clone(),
                    requirement: key.1.clone(),
                    before: Some(was.text.clone()),
                    after: Some(now.text.clone()),
                    location: Some(now.location.clone()),
                });
                if now.status < was.status {
                    downgrades.push(ReviewDowngrade {
                        of: Reviewed::Mapping,
                        control: Some(key.0.clone()),
                        requirement: key.1.clone(),
                        before: was.status,
                        after: now.status,
                        location: Some(now.location.clone()),
                    });
                }
            }
            Some(_) => {}
        }
    }
    for (key, was) in &before {
        if !after.contains_key(key) {
            edges.push(EdgeChange {
                kind: EdgeChangeKind::Removed,
                control: key.0.clone(),
                requirement: key.1.clone(),
                before: Some(was.text.clone()),
                after: None,
                location: head
                    .control_location(&key.0)
                    .or_else(|| Some(was.location.clone())),
            });
        }
    }
    edges.sort_by(|a, b| {
        (&a.requirement, &a.control, a.kind).cmp(&(&b.requirement, &b.control, b.kind))
    });

    let (before_conclusions, after_conclusions) = (base.conclusions(), head.conclusions());
    let (before, after) = (&before_conclusions, &after_conclusions);
    let mut conclusions = Vec::new();
    for (requirement, now) in after {
        let Some(was) = before.get(requirement) else {
            conclusions.push(ConclusionChange {
                kind: EdgeChangeKind::Added,
                requirement: requirement.clone(),
                changed: Vec::new(),
                before: None,
                after: Some(now.view.clone()),
                location: Some(now.location.clone()),
            });
            continue;
        };
        let changed = changed_fields(was, now);
        if changed.is_empty() {
            continue;
        }
        conclusions.push(ConclusionChange {
            kind: EdgeChangeKind::Changed,
            requirement: requirement.clone(),
            changed,
            before: Some(was.view.clone()),
            after: Some(now.view.clone()),
            location: Some(now.location.clone()),
        });
        if now.status < was.status {
            downgrades.push(ReviewDowngrade {
                of: Reviewed::Conclusion,
                control: None,
                requirement: requirement.clone(),
                before: was.status,
                after: now.status,
                location: Some(now.location.clone()),
            });
        }
    }
    for (requirement, was) in before {
        if !after.contains_key(requirement) {
            // A mapping of one of its controls that is still there, else
            // the conclusion in the base.
            let location = was
                .controls
                .iter()
                .find_map(|c| head_edges.get(&(c.clone(), requirement.clone())))
                .map_or_else(|| was.location.clone(), |e| e.location.clone());
            conclusions.push(ConclusionChange {
                kind: EdgeChangeKind::Removed,
                requirement: requirement.clone(),
                changed: Vec::new(),
                before: Some(was.view.clone()),
                after: None,
                location: Some(location),
            });
        }
    }
    conclusions.sort_by(|a, b| (&a.requirement, a.kind).cmp(&(&b.requirement, b.kind)));
    downgrades.sort_by(|a, b| {
        (&a.requirement, a.of, &a.control).cmp(&(&b.requirement, b.of, &b.control))
    });

    let (old, new) = (base.statuses(), head.statuses());
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    let mut requirements = Vec::new();
    for key in keys {
        let (b, a) = (old.get(key).copied(), new.get(key).copied());
        if b == a {
            continue;
        }
        let (b_status, a_status) = (b.map(|(s, _)| s), a.map(|(s, _)| s));
        let regression = match (b_status.and_then(strength), a_status.map(strength)) {
            (Some(was), Some(Some(is))) => is < was,
            (Some(was), None) => was > 0,
            _ => false,
        };
        // The mapping responsible, else the conclusion.
        let location = edges
            .iter()
            .find(|e| &e.requirement == key)
            .and_then(|e| e.location.clone())
            .or_else(|| {
                conclusions
                    .iter()
                    .find(|c| &c.requirement == key)
                    .and_then(|c| c.location.clone())
            });
        requirements.push(StatusChange {
            requirement: key.clone(),
            before: b_status,
            after: a_status,
            before_covered_by: b.and_then(|(_, by)| by),
            after_covered_by: a.and_then(|(_, by)| by),
            regression,
            location,
        });
    }
    let lost_coverage = requirements.iter().filter(|r| r.regression).count();
    ProjectDiff {
        requirements,
        edges,
        conclusions,
        regressions: lost_coverage + downgrades.len(),
        downgrades,
        lost_coverage,
    }
}
