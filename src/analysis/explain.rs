//! `crosswalk explain ID`: everything linked to one control, requirement or
//! risk, direct and derived, with each edge's attributes (its review state
//! always, `unreviewed` when it gives none), each derived edge's path, and
//! the conclusions that controls together meet a requirement.

use serde::Serialize;

use crate::Compilation;
use crate::analysis::coverage::view::{DerivedView, covered_by, derived_view};
use crate::analysis::coverage::{Coverage, Status};
use crate::diagnostic::{Code, Diagnostic};
use crate::graph::ControlGraph;
use crate::resolve::model::{
    Conclusion, ControlId, EdgeAttributes, EntryKind, RequirementId, RiskId,
};
use crate::resolve::{Model, Names};
use crate::source::{SourceSet, Span};
use crate::suggest::{did_you_mean, suggest_word};
use crate::vocabulary::{EuBasis, ReviewStatus};

/// What `explain` found.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Explanation {
    /// A control.
    Control(ControlView),
    /// A requirement (or a group).
    Requirement(RequirementView),
    /// A risk.
    Risk(RiskView),
}

/// Where something is declared.
#[derive(Debug, Clone, Serialize)]
pub struct Location {
    /// File name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
}

/// An edge's attributes, for display.
#[derive(Debug, Clone, Serialize)]
pub struct EdgeView {
    /// The other end: a qualified requirement or a control ID.
    pub target: String,
    /// The relationship.
    pub relationship: String,
    /// Why the mapping holds.
    pub rationale: Option<String>,
    /// Strength 1–10.
    pub strength: Option<u8>,
    /// Review status: `draft`, `reviewed`, `approved`, or `unreviewed` when
    /// the edge gives none.
    #[serde(serialize_with = "crate::vocabulary::serialize_review")]
    pub status: Option<ReviewStatus>,
    /// Note.
    pub note: Option<String>,
    /// Scope qualifier.
    pub scope: Option<String>,
    /// The attributes other than the review status as one line, for text
    /// output.
    #[serde(skip)]
    pub attributes_line: String,
}

impl EdgeView {
    fn new(target: String, relationship: String, attributes: &EdgeAttributes) -> Self {
        let others = EdgeAttributes {
            status: None,
            ..attributes.clone()
        };
        Self {
            target,
            relationship,
            rationale: attributes.rationale.map(|r| r.to_string()),
            strength: attributes.strength,
            status: attributes.status,
            note: attributes.note.clone(),
            scope: attributes.scope.clone(),
            attributes_line: others.describe(),
        }
    }
}

/// A conclusion that several controls together meet a requirement.
#[derive(Debug, Clone, Serialize)]
pub struct ConclusionView {
    /// The requirement met (`framework@version:ID`).
    pub requirement: String,
    /// The controls, as listed, each with its own mapping to the
    /// requirement (relationship, review state and other attributes).
    pub controls: Vec<EdgeView>,
    /// Why they suffice together.
    pub because: String,
    /// Who concluded it.
    pub reviewer: String,
    /// When (`YYYY-MM-DD`).
    pub date: String,
    /// Review status of the conclusion: `draft`, `reviewed`, `approved`,
    /// or `unreviewed` when it gives none.
    #[serde(serialize_with = "crate::vocabulary::serialize_review")]
    pub status: Option<ReviewStatus>,
    /// Where it is written.
    pub location: Location,
}

impl ConclusionView {
    fn new(model: &Model, sources: &SourceSet, conclusion: &Conclusion) -> Self {
        Self {
            requirement: model.qualified_id(conclusion.requirement),
            controls: conclusion
                .members
                .iter()
                .map(|m| {
                    let control = model.control(m.control);
                    let mapping = control.mapping(m.mapping);
                    EdgeView::new(
                        control.id.clone(),
                        mapping.relationship.to_string(),
                        &mapping.attributes,
                    )
                })
                .collect(),
            because: conclusion.because.clone(),
            reviewer: conclusion.reviewer.clone(),
            date: conclusion.date.clone(),
            status: conclusion.status,
            location: location(sources, conclusion.span),
        }
    }
}

/// A control and everything linked to it.
#[derive(Debug, Clone, Serialize)]
pub struct ControlView {
    /// Identifier.
    pub id: String,
    /// Title.
    pub title: String,
    /// Where it is declared.
    pub location: Location,
    /// Owner, frequency, nature, automation, as written.
    pub owner: Option<String>,
    /// How often it operates.
    pub frequency: Option<String>,
    /// Preventive, detective or corrective.
    pub nature: Option<String>,
    /// Manual, semi-automated or automated.
    pub automation: Option<String>,
    /// What it does.
    pub description: Option<String>,
    /// Risks it mitigates: `id — title`.
    pub mitigates: Vec<String>,
    /// Evidence items: `name (system, retention)`.
    pub evidence: Vec<String>,
    /// Test procedures.
    pub tests: Vec<String>,
    /// Direct mappings.
    pub satisfies: Vec<EdgeView>,
    /// Requirements reached through crosswalks, with their paths.
    pub derived: Vec<DerivedView>,
    /// Conclusions it takes part in: requirements it meets together with
    /// other controls.
    pub conclusions: Vec<ConclusionView>,
}

/// A requirement and everything linked to it.
#[derive(Debug, Clone, Serialize)]
pub struct RequirementView {
    /// `framework@version:ID`.
    pub id: String,
    /// Official shown form.
    pub display: String,
    /// Title.
    pub title: String,
    /// Group or requirement (`entry` in the JSON: `kind` there says what
    /// was explained).
    #[serde(rename = "entry")]
    pub kind: EntryKind,
    /// Enclosing groups, outermost first.
    pub within: Vec<String>,
    /// Our summary.
    pub summary: Option<String>,
    /// Applicability tags, its groups' included.
    pub tags: Vec<String>,
    /// Coverage status, when the framework was analysed.
    pub status: Option<Status>,
    /// For a covered requirement, how: `direct` (one full mapping) or
    /// `combined` (controls together, by a conclusion).
    pub covered_by: Option<&'static str>,
    /// The conclusion that controls meet it together, if one is written
    /// (whatever its status: a requirement also covered directly, or
    /// excluded, keeps it).
    pub conclusion: Option<ConclusionView>,
    /// Why it is excluded or does not apply.
    pub reason: Option<String>,
    /// For an obligation of an EU AI Act tier, the systems or components
    /// of that tier that bring it into scope.
    pub applies_through: Option<String>,
    /// The dates it applies from: to each system or component it concerns
    /// (for a high-risk one with a classification basis, the date for that
    /// basis), or, when none declares a tier, the catalog's dates.
    pub applies_from: Vec<DateView>,
    /// Controls mapped directly, with the edge.
    pub controls: Vec<EdgeView>,
    /// Controls reaching it through crosswalks.
    pub derived: Vec<DerivedView>,
    /// Paths that compose to nothing usable.
    pub review: Vec<DerivedView>,
    /// Crosswalk pairs touching it, read from this end.
    pub crosswalks: Vec<EdgeView>,
    /// Risks that bear on it.
    pub risks: Vec<String>,
}

/// A risk and everything linked to it.
#[derive(Debug, Clone, Serialize)]
pub struct RiskView {
    /// Identifier.
    pub id: String,
    /// Title.
    pub title: String,
    /// Where it is declared.
    pub location: Location,
    /// Category.
    pub category: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Requirements it bears on, with their coverage status and why the
    /// risk bears on them.
    pub touches: Vec<String>,
    /// Frameworks it bears on nothing in, and why.
    pub touches_none: Vec<String>,
    /// Component kinds that imply it (`component-kind K implies …`).
    pub implied_by_kinds: Vec<String>,
    /// The project's components that bring it: "`Name` (kind) in system
    /// `S`", in source order.
    pub brought_by: Vec<String>,
    /// Controls that mitigate it.
    pub mitigated_by: Vec<String>,
}

/// Error: the ID `explain` was given names no control, risk or
/// requirement of the project; the help suggests the nearest control or
/// risk IDs.
pub const UNKNOWN_ID: &str = "crosswalk::analysis::unknown_id";

/// Error: the bare requirement ID `explain` was given is in several
/// frameworks; the help lists them, qualified.
pub const AMBIGUOUS_ID: &str = "crosswalk::analysis::ambiguous_id";

/// The codes `explain` raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[
    Code::error(
        UNKNOWN_ID,
        "`explain` was given an ID that is no control, risk or requirement; help suggests the nearest control or risk",
    ),
    Code::error(
        AMBIGUOUS_ID,
        "`explain` was given a bare requirement ID that several frameworks have; help lists them qualified",
    ),
];

/// Finds `id` (a control, a risk, `framework@version:ID`, or a bare
/// requirement ID that only one loaded framework has) in the
/// compilation's name tables and explains it. `at` is where `id` is
/// written (a command-line argument the caller keeps as a source of its
/// own): an [`UNKNOWN_ID`] or [`AMBIGUOUS_ID`] error (boxed: it is large
/// beside the result) points there.
pub fn explain(
    compilation: &Compilation,
    coverage: &Coverage,
    id: &str,
    at: Span,
) -> Result<Explanation, Box<Diagnostic>> {
    let Compilation {
        model,
        graph,
        sources,
        names,
        ..
    } = compilation;
    if let Some(c) = names.control(id) {
        return Ok(Explanation::Control(control(model, coverage, sources, c)));
    }
    if let Some(r) = names.risk(id) {
        return Ok(Explanation::Risk(risk(model, graph, coverage, sources, r)));
    }
    match requirements_matching(names, id).as_slice() {
        [one] => Ok(Explanation::Requirement(requirement(
            model, graph, coverage, sources, *one,
        ))),
        [] => Err(Box::new(unknown_id(model, id, at))),
        several => Err(Box::new(ambiguous_id(model, id, at, several))),
    }
}

/// The entries `id` names, sorted: a bare identifier or shown form in any
/// framework, or one qualified `name@version:ID` or `name:ID` (any loaded
/// version of `name`).
fn requirements_matching(names: &Names, id: &str) -> Vec<RequirementId> {
    let mut found = names.requirements_named(id);
    for (colon, _) in id.match_indices(':') {
        let (qualifier, entry) = (&id[..colon], &id[colon + 1..]);
        let versioned = qualifier
            .split_once('@')
            .and_then(|(name, version)| names.framework(name, Some(version)));
        let frameworks = names
            .versions(qualifier)
            .iter()
            .map(|&(_, f)| f)
            .chain(versioned);
        found.extend(frameworks.filter_map(|f| names.requirement(f, entry)));
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// The [`UNKNOWN_ID`] error for `id`, written at `at`.
fn unknown_id(model: &Model, id: &str, at: Span) -> Diagnostic {
    // Candidates in source order, controls then risks: suggestions break
    // ties by candidate order, so the sorted name tables would reorder them.
    let mut names: Vec<&str> = model.controls.iter().map(|c| c.id.as_str()).collect();
    names.extend(model.risks.iter().map(|r| r.id.as_str()));
    let written = "requirements are written `framework@version:ID`";
    let help = did_you_mean(&suggest_word(id, &names))
        .map_or_else(|| written.to_owned(), |d| format!("{d} ({written})"));
    Diagnostic::error(
        UNKNOWN_ID,
        at,
        format!("`{id}` is no control, risk or requirement of this project"),
    )
    .label("not found")
    .help(help)
}

/// The [`AMBIGUOUS_ID`] error for `id`, written at `at`, which `several`
/// requirements have.
fn ambiguous_id(model: &Model, id: &str, at: Span, several: &[RequirementId]) -> Diagnostic {
    let qualified = several
        .iter()
        .map(|&r| format!("`{}`", model.qualified_id(r)))
        .collect::<Vec<_>>()
        .join(", ");
    Diagnostic::error(AMBIGUOUS_ID, at, format!("`{id}` is in several frameworks"))
        .label("in several frameworks")
        .help(format!("name one: {qualified}"))
}

fn location(sources: &SourceSet, span: crate::source::Span) -> Location {
    let file = sources.get(span.file);
    Location {
        file: file.name.clone(),
        line: file.line(span.start),
    }
}

/// Every derived mapping of one control, across all analysed frameworks.
fn derived_of(model: &Model, coverage: &Coverage, control: ControlId) -> Vec<DerivedView> {
    coverage
        .frameworks
        .iter()
        .flat_map(|f| &f.requirements)
        .flat_map(|r| r.derived.iter().chain(&r.review))
        .filter(|d| d.control == control)
        .map(|d| derived_view(model, d))
        .collect()
}

fn control(model: &Model, coverage: &Coverage, sources: &SourceSet, id: ControlId) -> ControlView {
    let c = model.control(id);
    ControlView {
        id: c.id.clone(),
        title: c.title.clone(),
        location: location(sources, c.span),
        owner: c.owner.clone(),
        frequency: c.frequency.map(|f| f.to_string()),
        nature: c.nature.map(|n| n.to_string()),
        automation: c.automation.map(|a| a.to_string()),
        description: c.description.clone(),
        mitigates: c
            .mitigates
            .iter()
            .map(|&r| format!("{} — {}", model.risk(r).id, model.risk(r).title))
            .collect(),
        evidence: c
            .evidence
            .iter()
            .map(|e| {
                let detail: Vec<String> = [e.system.clone(), e.retention.map(|r| r.to_string())]
                    .into_iter()
                    .flatten()
                    .collect();
                if detail.is_empty() {
                    e.name.clone()
                } else {
                    format!("{} ({})", e.name, detail.join(", "))
                }
            })
            .collect(),
        tests: c.tests.clone(),
        satisfies: c
            .satisfies
            .iter()
            .map(|m| {
                EdgeView::new(
                    model.qualified_id(m.requirement),
                    m.relationship.to_string(),
                    &m.attributes,
                )
            })
            .collect(),
        derived: derived_of(model, coverage, id),
        conclusions: model
            .conclusions
            .iter()
            .filter(|k| k.members.iter().any(|m| m.control == id))
            .map(|k| ConclusionView::new(model, sources, k))
            .collect(),
    }
}

/// A date an obligation applies from, and to whom.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    /// The system or component (`None`: the catalog's date, no system or
    /// component of its tiers declared).
    pub who: Option<String>,
    /// For a high-risk system or component with a classification basis,
    /// the basis in words ("high-risk under Annex III, point 5(b)").
    pub classification: Option<String>,
    /// For a catalog date without a system, the basis it holds for.
    pub basis: Option<EuBasis>,
    /// The date (`YYYY-MM-DD`).
    pub date: String,
}

impl DateView {
    /// One line: "component `X` of system `Y` (high-risk under Annex III,
    /// point 5(b)): 2027-12-02", "2028-08-02 for systems high-risk under
    /// Annex I".
    pub fn line(&self) -> String {
        match (&self.who, &self.classification, self.basis) {
            (Some(who), Some(c), _) => format!("{who} ({c}): {}", self.date),
            (Some(who), None, _) => format!("{who}: {}", self.date),
            (None, _, Some(basis)) => {
                format!(
                    "{} for systems high-risk under {}",
                    self.date,
                    basis.label()
                )
            }
            (None, _, None) => self.date.clone(),
        }
    }
}

/// The dates `id` applies from, as [`RequirementView::applies_from`]
/// lists them.
fn dates(model: &Model, id: RequirementId) -> Vec<DateView> {
    let scope = crate::analysis::coverage::Scope::of(model, None);
    let found = scope.dates(model, id);
    if found.iter().any(|d| d.who.is_some()) {
        return found
            .into_iter()
            .filter_map(|d| {
                Some(DateView {
                    date: d.date?,
                    who: d.who,
                    classification: d.classification,
                    basis: None,
                })
            })
            .collect();
    }
    let applicability = crate::analysis::coverage::Applicability::of(model, id);
    let general = applicability.applies_from.map(|date| DateView {
        who: None,
        classification: None,
        basis: None,
        date,
    });
    general
        .into_iter()
        .chain(
            applicability
                .applies_from_by_basis
                .into_iter()
                .map(|(basis, date)| DateView {
                    who: None,
                    classification: None,
                    basis: Some(basis),
                    date,
                }),
        )
        .collect()
}

fn requirement(
    model: &Model,
    graph: &ControlGraph,
    coverage: &Coverage,
    sources: &SourceSet,
    id: RequirementId,
) -> RequirementView {
    let r = model.requirement(id);
    let mut within = Vec::new();
    let mut tags = r.tags.clone();
    let mut parent = r.parent;
    while let Some(p) = parent {
        let group = model.requirement(p);
        within.insert(0, format!("{} {}", group.shown(), group.title));
        tags.extend(group.tags.iter().cloned());
        parent = group.parent;
    }
    let analysed = coverage
        .frameworks
        .iter()
        .flat_map(|f| &f.requirements)
        .find(|c| c.requirement == id);
    let controls = graph
        .satisfied_by(id)
        .into_iter()
        .map(|(c, m)| {
            let control = model.control(c);
            let mapping = control.mapping(m);
            EdgeView::new(
                control.id.clone(),
                mapping.relationship.to_string(),
                &mapping.attributes,
            )
        })
        .collect();
    let crosswalks = graph
        .crosswalk_steps(id)
        .iter()
        .map(|s| {
            let pair = model.crosswalk(s.crosswalk).pair(s.pair);
            EdgeView::new(
                model.qualified_id(s.other),
                s.relationship.to_string(),
                &pair.attributes,
            )
        })
        .collect();
    RequirementView {
        id: model.qualified_id(id),
        display: r.shown().to_owned(),
        title: r.title.clone(),
        kind: r.kind,
        within,
        summary: r.summary.clone(),
        tags,
        status: analysed.map(|a| a.status),
        covered_by: analysed.and_then(covered_by),
        conclusion: model
            .conclusions
            .iter()
            .find(|c| c.requirement == id)
            .map(|c| ConclusionView::new(model, sources, c)),
        reason: analysed.and_then(|a| a.reason(model)),
        applies_through: crate::analysis::coverage::Scope::of(model, None)
            .applies_through(model, id),
        applies_from: dates(model, id),
        controls,
        derived: analysed.map_or_else(Vec::new, |a| {
            a.derived.iter().map(|d| derived_view(model, d)).collect()
        }),
        review: analysed.map_or_else(Vec::new, |a| {
            a.review.iter().map(|d| derived_view(model, d)).collect()
        }),
        crosswalks,
        risks: graph
            .risks_touching(id)
            .into_iter()
            .map(|k| model.risk(k).id.clone())
            .collect(),
    }
}

fn risk(
    model: &Model,
    graph: &ControlGraph,
    coverage: &Coverage,
    sources: &SourceSet,
    id: RiskId,
) -> RiskView {
    let r = model.risk(id);
    let status = |req: RequirementId| {
        coverage
            .frameworks
            .iter()
            .flat_map(|f| &f.requirements)
            .find(|c| c.requirement == req)
            .map_or_else(String::new, |c| format!(" ({})", c.status))
    };
    RiskView {
        id: r.id.clone(),
        title: r.title.clone(),
        location: location(sources, r.span),
        category: r.category.clone(),
        description: r.description.clone(),
        touches: r
            .touches
            .iter()
            .map(|t| {
                let because = t
                    .because
                    .as_deref()
                    .map_or_else(String::new, |b| format!(" — {b}"));
                format!(
                    "{}{}{because}",
                    model.qualified_id(t.requirement),
                    status(t.requirement)
                )
            })
            .collect(),
        touches_none: r
            .touches_none
            .iter()
            .map(|n| format!("{} — {}", model.framework(n.framework).key(), n.because))
            .collect(),
        implied_by_kinds: model
            .implications
            .iter()
            .filter(|i| i.risk == id)
            .map(|i| i.kind.to_string())
            .collect(),
        brought_by: model
            .systems
            .iter()
            .flat_map(|s| s.components.iter().map(move |c| (s, c)))
            .filter(|(_, c)| {
                model
                    .implications
                    .iter()
                    .any(|i| i.risk == id && i.kind == c.kind)
            })
            .map(|(s, c)| format!("`{}` ({}) in system `{}`", c.name, c.kind, s.name))
            .collect(),
        mitigated_by: graph
            .mitigated_by(id)
            .into_iter()
            .map(|c| model.control(c).id.clone())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::coverage::{Options, coverage};
    use crate::source::{FileId, SourceFile};

    /// Two frameworks that both have `R-1`, and one control.
    const PROJECT: &str = "framework one version \"1\" \"One\" {\n  requirement R-1 \"First\"\n}\n\nframework two version \"1\" \"Two\" {\n  requirement R-1 \"First again\"\n}\n\ncontrol C-1 \"Control\" {\n  owner \"GRC\"\n  evidence \"E\"\n  test \"T\"\n  satisfies one@1:R-1 equal\n}\n";

    /// Where the ID is written: a span in a source of the caller's.
    const AT: Span = Span {
        file: FileId(9),
        start: 3,
        end: 6,
    };

    fn explained(id: &str) -> Result<Explanation, Box<Diagnostic>> {
        let mut sources = SourceSet::new();
        sources.add(SourceFile::new("project.cw", PROJECT, false));
        let compilation = crate::compile(sources);
        assert!(!compilation.has_errors(), "{:#?}", compilation.diagnostics);
        let analysis = coverage(&compilation.model, &compilation.graph, &Options::default());
        explain(&compilation, &analysis, id, AT)
    }

    #[test]
    fn an_unknown_id_is_a_diagnostic_with_a_suggestion() {
        let error = explained("C-2").unwrap_err();
        assert_eq!(error.code, UNKNOWN_ID);
        assert!(error.is_error());
        assert_eq!(
            error.message,
            "`C-2` is no control, risk or requirement of this project"
        );
        assert_eq!(error.primary.span, AT);
        assert_eq!(
            error.help.as_deref(),
            Some("did you mean `C-1`? (requirements are written `framework@version:ID`)")
        );
        // Nothing near: the help says only how requirements are written.
        let error = explained("completely-different").unwrap_err();
        assert_eq!(
            error.help.as_deref(),
            Some("requirements are written `framework@version:ID`")
        );
    }

    #[test]
    fn an_id_in_several_frameworks_is_a_diagnostic_naming_them() {
        let error = explained("R-1").unwrap_err();
        assert_eq!(error.code, AMBIGUOUS_ID);
        assert_eq!(error.message, "`R-1` is in several frameworks");
        assert_eq!(error.primary.span, AT);
        assert_eq!(
            error.help.as_deref(),
            Some("name one: `one@1:R-1`, `two@1:R-1`")
        );
        assert!(matches!(
            explained("one@1:R-1"),
            Ok(Explanation::Requirement(_))
        ));
        assert!(matches!(explained("C-1"), Ok(Explanation::Control(_))));
    }

    #[test]
    fn a_requirement_is_found_by_key_or_by_its_frameworks_name() {
        let id = |written: &str| match explained(written) {
            Ok(Explanation::Requirement(r)) => r.id,
            other => panic!("a requirement for {written}: {other:?}"),
        };
        assert_eq!(id("two@1:R-1"), "two@1:R-1");
        // The version may be left out; the name still picks the framework.
        assert_eq!(id("two:R-1"), "two@1:R-1");
        assert_eq!(
            explained("two@2:R-1").unwrap_err().code,
            UNKNOWN_ID,
            "no version 2 is loaded"
        );
    }
}
