//! The view pieces several documents share: plain, documented,
//! serializable structs built from the model and the coverage analysis
//! (where the documents come from, frameworks, controls, mappings,
//! conclusions, requirement rows and their status labels), and the
//! builders that make them from a [`RenderContext`]. Each document's own
//! view is in its module under [`super::documents`].
//!
//! Templates never see the compiler's model or graph, so a template can
//! only use what is listed in these views (and in the README), and every
//! field means one thing.

use serde::Serialize;

use super::RenderContext;
use super::templates::{AnchorKind, TocEntry, anchor};
use crate::analysis::coverage::view::{DerivedView, covered_by, derived_view};
use crate::analysis::coverage::{Counts, FrameworkCoverage, RequirementCoverage};
use crate::resolve::Model;
use crate::resolve::model::{Control, ControlId, FrameworkId, MappingId};
use crate::vocabulary::{ReviewStatus, review_label};

/// What every document says about where it comes from.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectInfo {
    /// The project's name (its first system's name, else its folder).
    pub name: String,
    /// The build date (`YYYY-MM-DD`), from `SOURCE_DATE_EPOCH`; absent
    /// when unset, so the documents do not change from day to day.
    pub date: Option<String>,
    /// The day obligations were judged on (`--on`), if given.
    pub on: Option<String>,
    /// The crosswalk version that rendered the document.
    pub generator: String,
}

/// A framework version, as documents name it.
#[derive(Debug, Clone, Serialize)]
pub struct FrameworkRef {
    /// `name@version` (`soc2@2017`).
    pub key: String,
    /// Short name (`soc2`).
    pub name: String,
    /// Version (`2017`).
    pub version: String,
    /// Title.
    pub title: String,
    /// A file-name-safe form of the key (`soc2-2017`).
    pub slug: String,
}

impl FrameworkRef {
    /// The framework `id` of `model`.
    pub fn new(model: &Model, id: FrameworkId) -> Self {
        let framework = model.framework(id);
        Self {
            key: framework.key(),
            name: framework.name.clone(),
            version: framework.version.clone(),
            title: framework.title.clone(),
            slug: slug(&framework.key()),
        }
    }
}

/// A file-name-safe form of `name@version` (`soc2-2017`), also an HTML
/// anchor: the `@` becomes `-`, the rest as [`super::file_name::safe_name`]
/// makes it.
pub fn slug(text: &str) -> String {
    super::file_name::safe_name(&text.replace('@', "-"))
}

/// An evidence item of a control.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    /// What is collected.
    pub name: String,
    /// The system it is kept in.
    pub system: Option<String>,
    /// How long it is kept.
    pub retention: Option<String>,
    /// More detail.
    pub description: Option<String>,
}

/// A control with everything an auditor reads about it.
#[derive(Debug, Clone, Serialize)]
pub struct ControlView {
    /// Identifier (`AI-CM-01`).
    pub id: String,
    /// Short title.
    pub title: String,
    /// Who runs it.
    pub owner: Option<String>,
    /// How often it operates (`per-change`).
    pub frequency: Option<String>,
    /// Preventive, detective or corrective.
    pub nature: Option<String>,
    /// Manual, semi-automated or automated.
    pub automation: Option<String>,
    /// What it does.
    pub description: Option<String>,
    /// Test procedures.
    pub tests: Vec<String>,
    /// Evidence items.
    pub evidence: Vec<EvidenceView>,
    /// Identifiers of the risks it mitigates.
    pub mitigates: Vec<String>,
}

impl ControlView {
    /// `control` of `model`, with the identifiers of the risks it mitigates.
    pub fn new(model: &Model, control: &Control) -> Self {
        Self {
            id: control.id.clone(),
            title: control.title.clone(),
            owner: control.owner.clone(),
            frequency: control.frequency.map(|f| f.to_string()),
            nature: control.nature.map(|n| n.to_string()),
            automation: control.automation.map(|a| a.to_string()),
            description: control.description.clone(),
            tests: control.tests.clone(),
            evidence: control
                .evidence
                .iter()
                .map(|e| EvidenceView {
                    name: e.name.clone(),
                    system: e.system.clone(),
                    retention: e.retention.map(|r| r.to_string()),
                    description: e.description.clone(),
                })
                .collect(),
            mitigates: control
                .mitigates
                .iter()
                .map(|&r| model.risk(r).id.clone())
                .collect(),
        }
    }
}

/// A direct mapping of a control to a requirement, with the edge's
/// attributes (NIST IR 8477, OSCAL 1.2).
#[derive(Debug, Clone, Serialize)]
pub struct MappingView {
    /// The control.
    pub control: ControlView,
    /// `equal`, `subset`, `superset`, `intersects`…
    pub relationship: String,
    /// `syntactic`, `semantic` or `functional`.
    pub rationale: Option<String>,
    /// 1–10.
    pub strength: Option<u8>,
    /// `draft`, `reviewed`, `approved`, or `not reviewed` when the edge
    /// gives no status (never blank).
    pub review_status: String,
    /// A note on the mapping.
    pub note: Option<String>,
    /// How the control is in scope for this framework.
    pub scope: Option<String>,
    /// Whether the requirement has a conclusion that does not name this
    /// control: its mapping is not part of the combined coverage.
    pub outside_conclusion: bool,
}

/// A control named in a list with its mapping to one requirement: the
/// relationship and the edge's review status.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct MappedControl {
    /// Identifier.
    pub id: String,
    /// Short title.
    pub title: String,
    /// The mapping's relationship (`subset`).
    pub relationship: String,
    /// `draft`, `reviewed`, `approved`, or `not reviewed`.
    pub review_status: String,
}

/// How documents name combined coverage in a sentence.
pub const COMBINED: &str = "covered by these controls together";

/// How documents name combined coverage in a status cell.
pub const COMBINED_CELL: &str = "covered (combined)";
/// [`COMBINED_CELL`] without its closing parenthesis, for the labels that
/// add the conclusion's review state.
const COMBINED_CELL_OPEN: &str = "covered (combined";

/// A conclusion that named controls together meet one requirement, as
/// documents show it: never as one full mapping.
#[derive(Debug, Clone, Serialize)]
pub struct ConclusionDetails {
    /// `framework@version:ID` of the requirement.
    pub requirement: String,
    /// The requirement's shown identifier (`CC7.1`).
    pub display: String,
    /// The requirement's heading.
    pub title: String,
    /// Whether the requirement is covered by this conclusion alone (no
    /// single control maps `equal` or `superset`, and it applies).
    pub combined: bool,
    /// The controls, as the conclusion lists them, each with its own
    /// mapping's relationship and review status.
    pub controls: Vec<MappedControl>,
    /// Why they suffice together.
    pub because: String,
    /// Who concluded it.
    pub reviewer: String,
    /// When (`YYYY-MM-DD`).
    pub date: String,
    /// The conclusion's review status: `draft`, `reviewed`, `approved`, or
    /// `not reviewed`.
    pub review_status: String,
    /// All of the above in one line, for a notes cell: `covered by these
    /// controls together: A (subset, approved), B (subset, not reviewed);
    /// concluded by REVIEWER on DATE (review status: not reviewed);
    /// because: …` (a conclusion the status does not rest on says so
    /// instead of `covered by these controls together`).
    pub summary: String,
}

/// One requirement of a framework with its coverage and the mappings that
/// meet it: a row of the control matrix and a section of the auditor
/// mapping document.
#[derive(Debug, Clone, Serialize)]
pub struct RequirementRow {
    /// Identifier as written (`GOVERN-1.1`).
    pub id: String,
    /// Its element id in an HTML page (`GOVERN-1.1`; see
    /// [`anchor`](super::templates::anchor)): the auditor mapping's section
    /// and the control matrix's row.
    pub anchor: String,
    /// Official shown form (`GOVERN 1.1`).
    pub display: String,
    /// Short heading.
    pub title: String,
    /// Our summary.
    pub summary: Option<String>,
    /// The official requirement text, when the catalog carries it (an
    /// imported OSCAL catalog, or a licensed text the user added).
    pub statement: Option<String>,
    /// The group it sits in (`CC6 Logical and physical access controls`),
    /// if any.
    pub group: Option<String>,
    /// Coverage status (`covered`, `partial`, `derived`, `uncovered`,
    /// `excluded`, `not-applicable`, `informative`).
    pub status: String,
    /// The status as a status cell shows it: the status, but `covered
    /// (combined)` for a requirement covered only by a conclusion.
    pub status_label: String,
    /// For a covered requirement, how: `direct` (one full mapping) or
    /// `combined` (controls together, by a conclusion).
    pub covered_by: Option<String>,
    /// The conclusion that controls together meet it, if one is written
    /// (shown whatever the status; `combined` says whether the status
    /// rests on it).
    pub conclusion: Option<ConclusionDetails>,
    /// The justification of an exclusion, why it is no obligation
    /// (informative), or why it does not apply.
    pub reason: Option<String>,
    /// Direct mappings that meet it at least in part (`equal`, `superset`,
    /// `subset`, `intersects`), in control order.
    pub mappings: Vec<MappingView>,
    /// Direct mappings that record a review but meet nothing (`related`,
    /// `no-relationship`): listed apart from `mappings` in every document,
    /// never as a mapping that meets it.
    pub reviewed: Vec<MappingView>,
    /// `reviewed` in one line ([`REVIEWED`]`: A (no-relationship,
    /// reviewed), B (related, not reviewed)`), none when there is none: the
    /// same words in every document.
    pub reviewed_note: Option<String>,
    /// Controls that reach it only through crosswalks: suggestions.
    pub derived: Vec<DerivedView>,
    /// The controls of carved-out subservice organisations that support it
    /// (`csoc … supports`), each as `Subservice: text`: what meets a
    /// carved-out requirement, and what a partial one also relies on.
    pub csocs: Vec<String>,
    /// One line for a matrix's notes column: the conclusion, if any, then
    /// the reason it is excluded or does not apply, or that no control
    /// meets it, then any reviewed mappings and crosswalk suggestions.
    pub notes: String,
}

/// One framework's requirements with their coverage: the context of the
/// control matrix and the auditor mapping document.
#[derive(Debug, Clone, Serialize)]
pub struct FrameworkDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// The framework.
    pub framework: FrameworkRef,
    /// How many requirements have each status (`covered` with its parts
    /// `covered_direct` and `covered_combined`, `partial`, `derived`,
    /// `uncovered`, `excluded`, `not_applicable`, `informative`, and `applicable`).
    pub counts: Counts,
    /// Every requirement, in catalog order.
    pub requirements: Vec<RequirementRow>,
    /// The auditor mapping's table of contents: each requirement
    /// (`CC6.1 Title`), then the controls.
    pub toc: Vec<TocEntry>,
    /// Each control that maps to a requirement of the framework (meeting
    /// it or not), in identifier order, with those requirements: the
    /// auditor mapping's section per control, which the control matrix and
    /// controls × frameworks link to.
    pub controls: Vec<ControlIndexEntry>,
    /// The auditor mapping page of this framework relative to the
    /// documents' folders (`../auditor-mapping/soc2-2017.html`), when this
    /// build writes it (none with `--only matrix`): the control matrix
    /// links its requirements and controls there.
    pub mapping_page: Option<String>,
}

/// A control's entry in a framework's auditor mapping: the requirements
/// of the framework it maps to.
#[derive(Debug, Clone, Serialize)]
pub struct ControlIndexEntry {
    /// Identifier.
    pub id: String,
    /// Short title.
    pub title: String,
    /// Its element id (`control-AI-SEC-01`).
    pub anchor: String,
    /// The requirements it meets at least in part, in catalog order.
    pub meets: Vec<MappedRequirement>,
    /// The requirements it maps to meeting none of them (`related`,
    /// `no-relationship`), in catalog order.
    pub reviewed: Vec<MappedRequirement>,
}

/// A requirement named in a list with one control's mapping to it.
#[derive(Debug, Clone, Serialize)]
pub struct MappedRequirement {
    /// Identifier as written (`GOVERN-1.1`).
    pub id: String,
    /// Shown form (`GOVERN 1.1`).
    pub display: String,
    /// Its element id in the framework's auditor mapping.
    pub anchor: String,
    /// The mapping's relationship (`subset`).
    pub relationship: String,
    /// `draft`, `reviewed`, `approved`, or `not reviewed`.
    pub review_status: String,
    /// All of it in one line: `GOVERN 1.1 (subset, reviewed)`.
    pub label: String,
}

/// How every document introduces the mappings that record a review but
/// meet none of the requirement (`related`, `no-relationship`): listed
/// apart, never as coverage.
pub const REVIEWED: &str = "mappings that meet none of it";

/// How a control's list of requirements introduces those it maps to
/// meeting none of them (controls × frameworks): the same entries as
/// [`REVIEWED`], seen from the control.
pub const REVIEWED_BY_CONTROL: &str = "mapped, meeting none of";

/// The auditor mapping page of `framework` relative to a document folder
/// (`../auditor-mapping/soc2-2017.html`), when this build writes it.
pub(super) fn mapping_page(ctx: &RenderContext<'_>, framework: &FrameworkRef) -> Option<String> {
    ctx.options
        .kinds
        .contains(&super::DocumentKind::Mapping)
        .then(|| {
            format!(
                "../{}",
                super::documents::auditor_mapping::page(&framework.slug)
            )
        })
}

/// A conclusion (index into the model's list) as documents show it.
pub(super) fn conclusion_details(ctx: &RenderContext<'_>, index: usize) -> ConclusionDetails {
    let model = ctx.model;
    let conclusion = &model.conclusions[index];
    let requirement = model.requirement(conclusion.requirement);
    let combined = ctx
        .concluded(index)
        .is_some_and(RequirementCoverage::combined);
    let controls: Vec<MappedControl> = conclusion
        .members
        .iter()
        .map(|m| mapped_control(model.control(m.control), m.mapping))
        .collect();
    let review_status = review_label(conclusion.status).to_owned();
    let listed: Vec<String> = controls
        .iter()
        .map(|c| format!("{} ({}, {})", c.id, c.relationship, c.review_status))
        .collect();
    let lead = if combined {
        COMBINED
    } else {
        "concluded to be met by these controls together (its status does not rest on the conclusion)"
    };
    let summary = format!(
        "{lead}: {}; concluded by {} on {} (review status: {review_status}); because: {}",
        listed.join(", "),
        conclusion.reviewer,
        conclusion.date,
        conclusion.because
    );
    ConclusionDetails {
        requirement: model.qualified_id(conclusion.requirement),
        display: requirement.shown().to_owned(),
        title: requirement.title.clone(),
        combined,
        controls,
        because: conclusion.because.clone(),
        reviewer: conclusion.reviewer.clone(),
        date: conclusion.date.clone(),
        review_status,
        summary,
    }
}

/// The frameworks in scope, sorted by key.
pub(super) fn frameworks(ctx: &RenderContext<'_>) -> Vec<FrameworkRef> {
    ctx.coverage
        .frameworks
        .iter()
        .map(|f| FrameworkRef::new(ctx.model, f.framework))
        .collect()
}

/// The control matrix and mapping document of one framework in scope.
pub(super) fn framework_document(
    ctx: &RenderContext<'_>,
    framework: &FrameworkCoverage,
) -> FrameworkDocument {
    let requirements: Vec<RequirementRow> = framework
        .requirements
        .iter()
        .map(|r| requirement_row(ctx, r))
        .collect();
    let controls = control_index(&requirements);
    let toc = requirements
        .iter()
        .map(|r| TocEntry {
            anchor: r.anchor.clone(),
            label: format!("{} {}", r.display, r.title),
        })
        .chain(controls.iter().map(|c| TocEntry {
            anchor: c.anchor.clone(),
            label: format!("Control {} {}", c.id, c.title),
        }))
        .collect();
    let framework_ref = FrameworkRef::new(ctx.model, framework.framework);
    FrameworkDocument {
        project: ctx.project.clone(),
        mapping_page: mapping_page(ctx, &framework_ref),
        framework: framework_ref,
        counts: framework.counts,
        requirements,
        toc,
        controls,
    }
}

/// The controls that map to the requirements of `rows`, in identifier
/// order, each with its requirements (those it meets in part or more, and
/// those it maps to meeting none).
fn control_index(rows: &[RequirementRow]) -> Vec<ControlIndexEntry> {
    let mut controls: std::collections::BTreeMap<&str, ControlIndexEntry> =
        std::collections::BTreeMap::new();
    for row in rows {
        for (mapping, meets) in row
            .mappings
            .iter()
            .map(|m| (m, true))
            .chain(row.reviewed.iter().map(|m| (m, false)))
        {
            let control = &mapping.control;
            let entry = controls
                .entry(control.id.as_str())
                .or_insert_with(|| ControlIndexEntry {
                    id: control.id.clone(),
                    title: control.title.clone(),
                    anchor: anchor(&control.id, AnchorKind::Control),
                    meets: Vec::new(),
                    reviewed: Vec::new(),
                });
            let requirement = mapped_requirement(
                &row.id,
                &row.display,
                &mapping.relationship,
                &mapping.review_status,
            );
            if meets {
                entry.meets.push(requirement);
            } else {
                entry.reviewed.push(requirement);
            }
        }
    }
    controls.into_values().collect()
}

/// A requirement with one control's mapping to it.
pub(super) fn mapped_requirement(
    id: &str,
    display: &str,
    relationship: &str,
    review_status: &str,
) -> MappedRequirement {
    MappedRequirement {
        id: id.to_owned(),
        display: display.to_owned(),
        anchor: anchor(id, AnchorKind::Requirement),
        relationship: relationship.to_owned(),
        review_status: review_status.to_owned(),
        label: format!("{display} ({relationship}, {review_status})"),
    }
}

/// How every document introduces the CSOCs that support a requirement.
pub const CSOCS: &str = "controls of a carved-out subservice organisation that support it";

/// A subservice organisation's control as documents list it beside a
/// requirement: `Subservice: text`.
pub(super) fn csoc_line(subservice: &crate::resolve::model::Subservice, text: &str) -> String {
    format!("{}: {text}", subservice.name)
}

/// A requirement in scope with its coverage, as every document shows it.
pub(super) fn requirement_row(
    ctx: &RenderContext<'_>,
    coverage: &RequirementCoverage,
) -> RequirementRow {
    let model = ctx.model;
    let requirement = model.requirement(coverage.requirement);
    let group = requirement.parent.map(|g| {
        format!(
            "{} {}",
            model.requirement(g).shown(),
            model.requirement(g).title
        )
    });
    let mut row = RequirementRow {
        id: requirement.id.clone(),
        anchor: anchor(&requirement.id, AnchorKind::Requirement),
        display: requirement.shown().to_owned(),
        title: requirement.title.clone(),
        summary: requirement.summary.clone(),
        statement: requirement.statement.clone(),
        group,
        status: coverage.status.to_string(),
        status_label: if coverage.combined() {
            combined_label(
                coverage
                    .conclusion
                    .and_then(|c| model.conclusions[c].status),
            )
        } else {
            coverage.status.to_string()
        },
        covered_by: covered_by(coverage).map(str::to_owned),
        conclusion: coverage.conclusion.map(|c| conclusion_details(ctx, c)),
        reason: coverage.reason(model),
        mappings: mapping_views(ctx, coverage, true),
        reviewed: mapping_views(ctx, coverage, false),
        derived: coverage
            .derived
            .iter()
            .map(|d| derived_view(model, d))
            .collect(),
        csocs: coverage
            .csocs
            .iter()
            .map(|c| csoc_line(c.subservice(model), c.text(model)))
            .collect(),
        reviewed_note: None,
        notes: String::new(),
    };
    row.reviewed_note = reviewed_note(&row.reviewed);
    row.notes = notes(&row);
    row
}

/// The direct mappings of a requirement that meet it (`meets`), or
/// those that only record a review.
fn mapping_views(
    ctx: &RenderContext<'_>,
    coverage: &RequirementCoverage,
    meets: bool,
) -> Vec<MappingView> {
    let model = ctx.model;
    coverage
        .direct
        .iter()
        .filter(|d| d.relationship.meets() == meets)
        .map(|d| {
            let control = model.control(d.control);
            let mapping = control.mapping(d.mapping);
            let attributes = &mapping.attributes;
            let outside_conclusion = coverage.conclusion.is_some_and(|c| {
                !model.conclusions[c]
                    .members
                    .iter()
                    .any(|m| m.control == d.control)
            });
            MappingView {
                control: ControlView::new(model, control),
                relationship: mapping.relationship.to_string(),
                rationale: attributes.rationale.map(|r| r.to_string()),
                strength: attributes.strength,
                review_status: review_label(attributes.status).to_owned(),
                note: attributes.note.clone(),
                scope: attributes.scope.clone(),
                outside_conclusion,
            }
        })
        .collect()
}

/// The status cell of a requirement covered by controls together: the
/// conclusion's review state is part of it unless it is reviewed or
/// approved, so a draft never reads like a finished conclusion.
fn combined_label(status: Option<ReviewStatus>) -> String {
    match status {
        Some(ReviewStatus::Reviewed | ReviewStatus::Approved) => COMBINED_CELL.to_owned(),
        Some(ReviewStatus::Draft) => format!("{COMBINED_CELL_OPEN}, draft conclusion)"),
        None => format!("{COMBINED_CELL_OPEN}, conclusion not reviewed)"),
    }
}

/// The notes of a matrix row: why it is excluded or does not apply (or that
/// no control meets it), reviewed mappings and crosswalk suggestions.
fn notes(row: &RequirementRow) -> String {
    let mut parts = Vec::new();
    if let Some(conclusion) = &row.conclusion {
        parts.push(conclusion.summary.clone());
    }
    if let Some(reason) = &row.reason {
        parts.push(reason.clone());
    } else if row.mappings.is_empty() && row.csocs.is_empty() {
        parts.push("no control meets it".to_owned());
    }
    if !row.csocs.is_empty() {
        parts.push(format!("{CSOCS}: {}", row.csocs.join("; ")));
    }
    if let Some(reviewed) = &row.reviewed_note {
        parts.push(reviewed.clone());
    }
    if !row.derived.is_empty() {
        let listed: Vec<String> = row
            .derived
            .iter()
            .map(|d| format!("{} ({})", d.control, d.relationship))
            .collect();
        parts.push(format!(
            "suggested through crosswalks: {}",
            listed.join(", ")
        ));
    }
    // An empty justification would leave a dangling `; `.
    parts.retain(|p| !p.trim().is_empty());
    parts.join("; ")
}

/// The mappings that meet none of a requirement in one line, introduced
/// by [`REVIEWED`]; none when there is none.
fn reviewed_note(reviewed: &[MappingView]) -> Option<String> {
    if reviewed.is_empty() {
        return None;
    }
    let listed: Vec<String> = reviewed
        .iter()
        .map(|m| format!("{} ({}, {})", m.control.id, m.relationship, m.review_status))
        .collect();
    Some(format!("{REVIEWED}: {}", listed.join(", ")))
}

/// A control with its mapping (position in `satisfies`) to a requirement.
pub(super) fn mapped_control(control: &Control, mapping: MappingId) -> MappedControl {
    let mapping = control.mapping(mapping);
    MappedControl {
        id: control.id.clone(),
        title: control.title.clone(),
        relationship: mapping.relationship.to_string(),
        review_status: review_label(mapping.attributes.status).to_owned(),
    }
}

/// The controls of a model, sorted by identifier.
pub(super) fn sorted_controls(model: &Model) -> Vec<(ControlId, &Control)> {
    let mut controls: Vec<(ControlId, &Control)> = model
        .controls
        .iter()
        .enumerate()
        .map(|(i, c)| (ControlId::from_index(i), c))
        .collect();
    controls.sort_by(|a, b| a.1.id.cmp(&b.1.id));
    controls
}
