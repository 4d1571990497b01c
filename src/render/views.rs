//! The views templates see: plain, documented, serializable structs built
//! from the model and the coverage analysis. Templates never see the
//! compiler's model or graph, so a template can only use what is listed
//! here (and in the README), and every field means one thing.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::analysis::coverage::view::{DerivedView, covered_by, derived_view};
use crate::analysis::coverage::{
    Counts, Coverage, FrameworkCoverage, RequirementCoverage, Status, excluded,
};
use crate::analysis::readiness::{Readiness, readiness};
use crate::graph::ControlGraph;
use crate::resolve::Model;
use crate::resolve::model::{
    Basis, Control, ControlId, EntryKind, FrameworkId, MappingId, RequirementId, RiskId, System,
};
use crate::vocabulary::{
    Automation, ComponentKind, EuTier, Frequency, ReviewStatus, TrustCategory, review_label,
};

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
    fn new(model: &Model, id: FrameworkId) -> Self {
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
    fn new(model: &Model, control: &Control) -> Self {
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
                    retention: e.retention.clone(),
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
    /// `no-relationship`).
    pub reviewed: Vec<MappingView>,
    /// Controls that reach it only through crosswalks: suggestions.
    pub derived: Vec<DerivedView>,
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
}

/// The inverse control matrix: each control with the requirements it maps
/// to in each framework.
#[derive(Debug, Clone, Serialize)]
pub struct ControlsDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// The frameworks, in column order.
    pub frameworks: Vec<FrameworkRef>,
    /// Every control, in identifier order.
    pub controls: Vec<ControlRow>,
}

/// One control of the inverse matrix.
#[derive(Debug, Clone, Serialize)]
pub struct ControlRow {
    /// The control.
    pub control: ControlView,
    /// Per framework (same order as the document's `frameworks`), the
    /// requirements it maps to, each as `ID (relationship, review status)`.
    pub mappings: Vec<Vec<String>>,
    /// The conclusions it takes part in (requirements it meets together
    /// with other controls), in framework and catalog order.
    pub conclusions: Vec<ConclusionDetails>,
}

/// The SOC 2 system description draft (the report's Section III).
#[derive(Debug, Clone, Serialize)]
pub struct SystemDescriptionDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// One section per `system` block, in source order (empty: the project
    /// declares none).
    pub systems: Vec<SystemSection>,
}

/// The description of one system.
#[derive(Debug, Clone, Serialize)]
pub struct SystemSection {
    /// The system's name.
    pub name: String,
    /// The service organisation.
    pub company: Option<String>,
    /// The company, its services and the system.
    pub description: Option<String>,
    /// Principal service commitments.
    pub commitments: Vec<String>,
    /// System requirements.
    pub system_requirements: Vec<String>,
    /// The five SOC 2 component categories, each with its components (a
    /// category may be empty).
    pub components: Vec<ComponentCategory>,
    /// The AI lifecycle stages, each with the components that carry it out.
    pub lifecycle: Vec<LifecycleStage>,
    /// What the boundaries include and leave out.
    pub boundaries: Vec<String>,
    /// Subservice organisations.
    pub subservices: Vec<SubserviceView>,
    /// Complementary user entity controls.
    pub cuecs: Vec<String>,
    /// Trust services categories in scope, as the AICPA names them
    /// (`Security` first).
    pub trust_categories: Vec<String>,
    /// EU AI Act classification, one line each: the operator role, the
    /// system's tier, its classification basis, reason and Art. 50 use
    /// cases, and each component with its own tier, basis and use cases.
    pub eu_ai_act: Vec<String>,
    /// The SOC 2 criteria groups in scope, each with the controls mapped to
    /// its criteria.
    pub controls_by_criteria: Vec<CriteriaControls>,
    /// The sections the `system` block leaves empty, as the statement that
    /// would fill them (`commitment`, `boundary`…).
    pub missing: Vec<String>,
}

/// A SOC 2 component category (infrastructure, software, people, data,
/// procedures) and its components.
#[derive(Debug, Clone, Serialize)]
pub struct ComponentCategory {
    /// The category's heading.
    pub category: String,
    /// The components in it.
    pub components: Vec<ComponentView>,
}

/// A stage of the AI lifecycle and its components.
#[derive(Debug, Clone, Serialize)]
pub struct LifecycleStage {
    /// The stage's heading.
    pub stage: String,
    /// The component kinds that carry out this stage.
    pub kinds: Vec<String>,
    /// The components of those kinds.
    pub components: Vec<ComponentView>,
}

/// A component of a system.
#[derive(Debug, Clone, Serialize)]
pub struct ComponentView {
    /// Its name.
    pub name: String,
    /// Its kind (`model-serving`).
    pub kind: String,
    /// What it does.
    pub description: Option<String>,
    /// Who runs it.
    pub owner: Option<String>,
}

/// A subservice organisation.
#[derive(Debug, Clone, Serialize)]
pub struct SubserviceView {
    /// Its name.
    pub name: String,
    /// `carve-out` or `inclusive`.
    pub treatment: String,
    /// What it provides.
    pub description: Option<String>,
    /// Complementary subservice organisation controls.
    pub csocs: Vec<String>,
}

/// A SOC 2 criteria group (`CC6`) with the controls mapped to its criteria.
#[derive(Debug, Clone, Serialize)]
pub struct CriteriaControls {
    /// Group identifier (`CC6`).
    pub id: String,
    /// Group heading.
    pub title: String,
    /// The controls, each with the criteria it maps to.
    pub controls: Vec<ControlCriteria>,
    /// Conclusions on its criteria: controls that together meet one.
    pub conclusions: Vec<ConclusionDetails>,
    /// Its criteria that the project excludes, with the reasons.
    pub excluded: Vec<ExcludedCriterion>,
}

/// A criterion scoped out of the report, and why.
#[derive(Debug, Clone, Serialize)]
pub struct ExcludedCriterion {
    /// Identifier (`CC6.4`).
    pub id: String,
    /// Heading.
    pub title: String,
    /// The written justification.
    pub reason: String,
}

/// A control and the criteria of one group it maps to.
#[derive(Debug, Clone, Serialize)]
pub struct ControlCriteria {
    /// Identifier.
    pub id: String,
    /// Short title.
    pub title: String,
    /// The criteria (`CC6.1`, `CC6.2`).
    pub criteria: Vec<String>,
}

/// The ISO/IEC 42001 Statement of Applicability.
#[derive(Debug, Clone, Serialize)]
pub struct SoaDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// The framework version.
    pub framework: FrameworkRef,
    /// Annex A objectives (`A.2`…), in catalog order.
    pub objectives: Vec<SoaObjective>,
    /// How many Annex A controls are included and excluded.
    pub included: usize,
    /// How many are excluded.
    pub excluded: usize,
}

/// An Annex A objective and its controls.
#[derive(Debug, Clone, Serialize)]
pub struct SoaObjective {
    /// Identifier (`A.6`).
    pub id: String,
    /// Heading.
    pub title: String,
    /// Its controls.
    pub controls: Vec<SoaRow>,
}

/// One Annex A control in the Statement of Applicability.
#[derive(Debug, Clone, Serialize)]
pub struct SoaRow {
    /// Identifier (`A.6.2.5`).
    pub id: String,
    /// Heading.
    pub title: String,
    /// Whether it is included (not excluded).
    pub included: bool,
    /// Why it is included (the risks it addresses, or that controls
    /// implement it) or why it is excluded (the written justification).
    pub justification: String,
    /// The project's controls that implement it, by identifier, each with
    /// its mapping's relationship and review status.
    pub controls: Vec<MappedControl>,
    /// `implemented`, `implemented (combined)` (by controls together, on a
    /// conclusion), `partially implemented`, `not implemented` or
    /// `excluded`.
    pub implementation: String,
    /// The conclusion that controls together meet it, if one is written.
    pub conclusion: Option<ConclusionDetails>,
}

/// The evidence request list: what an auditor asks for, per control.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// The length of the Type II period the samples are planned for.
    pub period_months: u32,
    /// One row per control and evidence item, in control order.
    pub rows: Vec<EvidenceRow>,
}

/// One evidence request.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRow {
    /// Control identifier.
    pub control: String,
    /// Control title.
    pub title: String,
    /// Who runs the control.
    pub owner: Option<String>,
    /// How often it operates.
    pub frequency: Option<String>,
    /// The evidence item (absent when the control declares none).
    pub evidence: Option<String>,
    /// The system it is kept in.
    pub system: Option<String>,
    /// How long it is kept.
    pub retention: Option<String>,
    /// How many times the control operates in the period (`52`, or words
    /// for a population that depends on events or working days).
    pub population: String,
    /// How many occurrences an auditor will typically sample.
    pub sample: String,
}

/// The coverage and gap report.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// One entry per framework in scope, sorted by key.
    pub frameworks: Vec<CoverageSection>,
    /// What the headline figure (`percent_covered`) means, in one
    /// paragraph: [`crate::analysis::coverage::HEADLINE_DEFINITION`].
    pub headline_definition: String,
    /// AI readiness: the risk register (as `crosswalk risks --format
    /// json`): each risk the components bring or the controls mitigate,
    /// its controls and the gaps it leaves per framework.
    pub readiness: Readiness,
}

/// The coverage of one framework.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageSection {
    /// The framework.
    pub framework: FrameworkRef,
    /// Counts by status (`covered` with its parts `covered_direct` and
    /// `covered_combined`, `partial`, `derived`, `uncovered`, `excluded`,
    /// `not_applicable`, `informative`, `applicable`).
    pub counts: Counts,
    /// Requirements that apply (all but excluded, not applicable and
    /// informative).
    pub applicable: usize,
    /// The headline figure: requirements covered (directly or combined) as
    /// a whole percentage of those that apply, rounded down
    /// ([`Counts::percent_covered`]); `none` when none applies.
    pub percent_covered: Option<usize>,
    /// The bar: one segment per status with a count, covered directly and
    /// covered combined apart, left to right.
    pub bar: Vec<BarSegment>,
    /// Requirements covered only by a conclusion (controls together), in
    /// catalog order.
    pub combined: Vec<RequirementRow>,
    /// Requirements that apply and are not covered: uncovered, partial and
    /// derived, in catalog order.
    pub gaps: Vec<RequirementRow>,
    /// Informative entries, listed apart and never gaps: those that define,
    /// classify, presume or empower, and the systems' classification
    /// bases, in catalog order.
    pub informative: Vec<RequirementRow>,
}

/// The headline figures of one framework, for the index page.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageSummary {
    /// The framework.
    pub framework: FrameworkRef,
    /// Counts by status, as [`CoverageSection::counts`].
    pub counts: Counts,
    /// The headline figure, as [`CoverageSection::percent_covered`].
    pub percent_covered: Option<usize>,
}

/// One segment of a coverage bar, in units of a 1000-wide bar.
#[derive(Debug, Clone, Serialize)]
pub struct BarSegment {
    /// The status it counts (`covered`, `covered-combined`, `partial`,
    /// `derived`, `uncovered`, `excluded`, `not-applicable`,
    /// `informative`): also the name of its colour.
    pub status: String,
    /// How the legend names it (`covered directly`, `covered (combined)`,
    /// `not applicable`…).
    pub label: String,
    /// How many requirements.
    pub count: usize,
    /// Left edge.
    pub x: usize,
    /// Width.
    pub width: usize,
}

/// The graph of controls, risks and requirements.
#[derive(Debug, Clone, Serialize)]
pub struct GraphDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// Nodes: controls, risks, the components that bring risks, then
    /// requirements, each in order.
    pub nodes: Vec<GraphNode>,
    /// Edges: `brings` (component to risk), `satisfies` (control to
    /// requirement), `mitigates` (control to risk), `touches` (risk to
    /// requirement).
    pub edges: Vec<GraphEdge>,
}

/// A node of the graph.
#[derive(Debug, Clone, Serialize)]
pub struct GraphNode {
    /// A short identifier safe in DOT and Mermaid (`n12`).
    pub key: String,
    /// `control`, `risk`, `component` or `requirement`.
    pub kind: String,
    /// Its identifier (`AI-CM-01`, `soc2@2017:CC8.1`; a component's name).
    pub id: String,
    /// Its title (a component's kind).
    pub title: String,
}

/// An edge of the graph.
#[derive(Debug, Clone, Serialize)]
pub struct GraphEdge {
    /// Key of the node it starts from.
    pub from: String,
    /// Key of the node it leads to.
    pub to: String,
    /// `brings`, `satisfies`, `mitigates` or `touches`.
    pub kind: String,
    /// The relationship of a `satisfies` edge.
    pub label: Option<String>,
}

/// Builds every view from one model, its coverage and its risk register.
pub struct Views<'a> {
    model: &'a Model,
    graph: &'a ControlGraph,
    coverage: &'a Coverage,
    readiness: Readiness,
    project: ProjectInfo,
    /// The coverage of each concluded requirement in scope, by conclusion
    /// (index into the model's list).
    concluded: BTreeMap<usize, &'a RequirementCoverage>,
}

impl<'a> Views<'a> {
    /// Views of this model, its graph and coverage (the risk register is
    /// computed from them).
    pub fn new(
        model: &'a Model,
        graph: &'a ControlGraph,
        coverage: &'a Coverage,
        project: ProjectInfo,
    ) -> Self {
        let concluded = coverage
            .frameworks
            .iter()
            .flat_map(|f| &f.requirements)
            .filter_map(|r| r.conclusion.map(|c| (c, r)))
            .collect();
        Self {
            model,
            graph,
            coverage,
            readiness: readiness(model, graph, coverage),
            project,
            concluded,
        }
    }

    /// The headline figures of every framework in scope.
    pub fn coverage_summaries(&self) -> Vec<CoverageSummary> {
        self.coverage
            .frameworks
            .iter()
            .map(|f| CoverageSummary {
                framework: FrameworkRef::new(self.model, f.framework),
                counts: f.counts,
                percent_covered: f.counts.percent_covered(),
            })
            .collect()
    }

    /// A conclusion (index into the model's list) as documents show it.
    fn conclusion_details(&self, index: usize) -> ConclusionDetails {
        let model = self.model;
        let conclusion = &model.conclusions[index];
        let requirement = model.requirement(conclusion.requirement);
        let combined = self
            .concluded
            .get(&index)
            .is_some_and(|coverage| coverage.combined());
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
    pub fn frameworks(&self) -> Vec<FrameworkRef> {
        self.coverage
            .frameworks
            .iter()
            .map(|f| FrameworkRef::new(self.model, f.framework))
            .collect()
    }

    /// The control matrix and mapping document of one framework in scope.
    pub fn framework_document(&self, framework: &FrameworkCoverage) -> FrameworkDocument {
        FrameworkDocument {
            project: self.project.clone(),
            framework: FrameworkRef::new(self.model, framework.framework),
            counts: framework.counts,
            requirements: framework
                .requirements
                .iter()
                .map(|r| self.requirement_row(r))
                .collect(),
        }
    }

    fn requirement_row(&self, coverage: &RequirementCoverage) -> RequirementRow {
        let model = self.model;
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
            conclusion: coverage.conclusion.map(|c| self.conclusion_details(c)),
            reason: coverage.reason(model),
            mappings: self.mapping_views(coverage, true),
            reviewed: self.mapping_views(coverage, false),
            derived: coverage
                .derived
                .iter()
                .map(|d| derived_view(model, d))
                .collect(),
            notes: String::new(),
        };
        row.notes = notes(&row);
        row
    }

    /// The direct mappings of a requirement that meet it (`meets`), or
    /// those that only record a review.
    fn mapping_views(&self, coverage: &RequirementCoverage, meets: bool) -> Vec<MappingView> {
        let model = self.model;
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

    /// The inverse control matrix over the frameworks in scope.
    pub fn controls_document(&self) -> ControlsDocument {
        let model = self.model;
        let frameworks: Vec<FrameworkId> = self
            .coverage
            .frameworks
            .iter()
            .map(|f| f.framework)
            .collect();
        // The conclusions in scope, in framework and catalog order.
        let mut in_scope: Vec<usize> = (0..model.conclusions.len())
            .filter(|&c| {
                frameworks.contains(
                    &model
                        .requirement(model.conclusions[c].requirement)
                        .framework,
                )
            })
            .collect();
        in_scope.sort_by_key(|&c| {
            let requirement = model.conclusions[c].requirement;
            (
                model
                    .framework(model.requirement(requirement).framework)
                    .key(),
                requirement,
            )
        });
        let controls = sorted_controls(model)
            .into_iter()
            .map(|(id, control)| ControlRow {
                control: ControlView::new(model, control),
                mappings: frameworks
                    .iter()
                    .map(|&f| {
                        control
                            .satisfies
                            .iter()
                            .filter(|m| model.requirement(m.requirement).framework == f)
                            .map(|m| {
                                format!(
                                    "{} ({}, {})",
                                    model.requirement(m.requirement).shown(),
                                    m.relationship,
                                    review_label(m.attributes.status)
                                )
                            })
                            .collect()
                    })
                    .collect(),
                conclusions: in_scope
                    .iter()
                    .filter(|&&c| model.conclusions[c].members.iter().any(|m| m.control == id))
                    .map(|&c| self.conclusion_details(c))
                    .collect(),
            })
            .collect();
        ControlsDocument {
            project: self.project.clone(),
            frameworks: self.frameworks(),
            controls,
        }
    }

    /// The risk register.
    pub fn readiness(&self) -> &Readiness {
        &self.readiness
    }

    /// The SOC 2 system description draft.
    pub fn system_description(&self) -> SystemDescriptionDocument {
        SystemDescriptionDocument {
            project: self.project.clone(),
            systems: self
                .model
                .systems
                .iter()
                .map(|s| self.system_section(s))
                .collect(),
        }
    }

    fn system_section(&self, system: &System) -> SystemSection {
        let component = |c: &crate::resolve::model::Component| ComponentView {
            name: c.name.clone(),
            kind: c.kind.to_string(),
            description: c.description.clone(),
            owner: c.owner.clone(),
        };
        let components = COMPONENT_CATEGORIES
            .iter()
            .map(|&(category, kinds)| ComponentCategory {
                category: category.to_owned(),
                components: system
                    .components
                    .iter()
                    .filter(|c| kinds.contains(&c.kind))
                    .map(component)
                    .collect(),
            })
            .collect();
        let lifecycle = LIFECYCLE_STAGES
            .iter()
            .map(|&(stage, kinds)| LifecycleStage {
                stage: stage.to_owned(),
                kinds: kinds.iter().map(ToString::to_string).collect(),
                components: system
                    .components
                    .iter()
                    .filter(|c| kinds.contains(&c.kind))
                    .map(component)
                    .collect(),
            })
            .collect();
        // Security is always in scope, and comes first.
        let mut trust_categories = vec![category_name(TrustCategory::Security).to_owned()];
        trust_categories.extend(
            system
                .trust_categories
                .iter()
                .filter(|&&c| c != TrustCategory::Security)
                .map(|&c| category_name(c).to_owned()),
        );
        let words = |list: Vec<String>| list.join(", ");
        let mut eu_ai_act = Vec::new();
        if !system.eu_roles.is_empty() {
            eu_ai_act.push(format!(
                "Operator role: {}",
                words(system.eu_roles.iter().map(ToString::to_string).collect())
            ));
        }
        if !system.eu_tiers.is_empty() {
            eu_ai_act.push(format!(
                "Risk tier of the system: {}",
                words(system.eu_tiers.iter().map(ToString::to_string).collect())
            ));
        }
        // The basis point is the system's basis, said as such, never a
        // requirement to meet.
        let classified = |basis: &Option<Basis>| {
            basis.map(|b| {
                format!(
                    "{} ({})",
                    b.describe(self.model),
                    self.model.qualified_id(b.entry)
                )
            })
        };
        if let Some(basis) = classified(&system.eu_basis) {
            eu_ai_act.push(format!("Classification basis of the system: {basis}"));
        }
        if let Some(because) = &system.eu_because {
            eu_ai_act.push(format!("Reason for the classification: {because}"));
        }
        if !system.eu_uses.is_empty() {
            eu_ai_act.push(format!(
                "Art. 50 use cases of the system: {}",
                words(system.eu_uses.iter().map(ToString::to_string).collect())
            ));
        }
        for c in system.components.iter().filter(|c| !c.eu_tiers.is_empty()) {
            // With a basis, the high-risk tier is said with it.
            let basis = classified(&c.eu_basis);
            let tiers: Vec<String> = c
                .eu_tiers
                .iter()
                .map(|&t| match (&basis, t) {
                    (Some(b), EuTier::HighRisk) => b.clone(),
                    _ => t.to_string(),
                })
                .collect();
            let mut parts = vec![words(tiers)];
            if !c.eu_uses.is_empty() {
                parts.push(format!(
                    "Art. 50 use cases {}",
                    words(c.eu_uses.iter().map(ToString::to_string).collect())
                ));
            }
            let line = format!("{}: {}", c.name, parts.join("; "));
            eu_ai_act.push(match &c.eu_because {
                Some(because) => format!("{line} ({because})"),
                None => line,
            });
        }
        let mut missing = Vec::new();
        for (empty, statement) in [
            (system.company.is_none(), "company"),
            (system.description.is_none(), "description"),
            (system.commitments.is_empty(), "commitment"),
            (system.system_requirements.is_empty(), "system-requirement"),
            (system.components.is_empty(), "component"),
            (system.boundaries.is_empty(), "boundary"),
            (system.subservices.is_empty(), "subservice"),
            (system.cuecs.is_empty(), "cuec"),
        ] {
            if empty {
                missing.push(statement.to_owned());
            }
        }
        SystemSection {
            name: system.name.clone(),
            company: system.company.clone(),
            description: system.description.clone(),
            commitments: system.commitments.clone(),
            system_requirements: system.system_requirements.clone(),
            components,
            lifecycle,
            boundaries: system.boundaries.clone(),
            subservices: system
                .subservices
                .iter()
                .map(|s| SubserviceView {
                    name: s.name.clone(),
                    treatment: s.treatment.to_string(),
                    description: s.description.clone(),
                    csocs: s.csocs.clone(),
                })
                .collect(),
            cuecs: system.cuecs.clone(),
            controls_by_criteria: self.controls_by_criteria(system),
            trust_categories,
            eu_ai_act,
            missing,
        }
    }

    /// The SOC 2 criteria groups (`CC1`…`P8`) of the categories in scope,
    /// each with the controls mapped to its criteria.
    fn controls_by_criteria(&self, system: &System) -> Vec<CriteriaControls> {
        let model = self.model;
        // The SOC 2 version in scope, else the latest one loaded.
        let in_scope = self
            .coverage
            .frameworks
            .iter()
            .map(|f| f.framework)
            .find(|&f| model.framework(f).name == "soc2");
        let latest = || {
            (0..model.frameworks.len())
                .map(FrameworkId::from_index)
                .filter(|&f| model.framework(f).name == "soc2")
                .max_by(|&a, &b| model.framework(a).version.cmp(&model.framework(b).version))
        };
        let Some(soc2) = in_scope.or_else(latest) else {
            return Vec::new();
        };
        let excluded_by = excluded(model, self.graph);
        let mut groups = Vec::new();
        for top in self.graph.top_level(soc2) {
            let category = model
                .requirement(top)
                .tags
                .iter()
                .find_map(|t| t.strip_prefix("category:"))
                .unwrap_or("security");
            let in_scope = category == "security"
                || system
                    .trust_categories
                    .iter()
                    .any(|c| c.to_string() == category);
            if !in_scope {
                continue;
            }
            for group in self.graph.children(top) {
                if model.requirement(group).kind != EntryKind::Group {
                    continue;
                }
                let criteria: Vec<RequirementId> = self.graph.children(group);
                let mut controls: BTreeMap<&str, ControlCriteria> = BTreeMap::new();
                for &criterion in &criteria {
                    for (control, mapping) in self.graph.satisfied_by(criterion) {
                        let control = model.control(control);
                        if !control.mapping(mapping).relationship.meets() {
                            continue;
                        }
                        let entry = controls.entry(control.id.as_str()).or_insert_with(|| {
                            ControlCriteria {
                                id: control.id.clone(),
                                title: control.title.clone(),
                                criteria: Vec::new(),
                            }
                        });
                        let shown = model.requirement(criterion).shown().to_owned();
                        if !entry.criteria.contains(&shown) {
                            entry.criteria.push(shown);
                        }
                    }
                }
                let conclusions = criteria
                    .iter()
                    .filter_map(|&c| {
                        model
                            .conclusions
                            .iter()
                            .position(|conclusion| conclusion.requirement == c)
                    })
                    .map(|c| self.conclusion_details(c))
                    .collect();
                let requirement = model.requirement(group);
                let excluded = criteria
                    .iter()
                    .filter_map(|&c| {
                        excluded_by.get(&c).map(|&e| ExcludedCriterion {
                            id: model.requirement(c).shown().to_owned(),
                            title: model.requirement(c).title.clone(),
                            reason: model.exclusions[e].reason.clone(),
                        })
                    })
                    .collect();
                groups.push(CriteriaControls {
                    id: requirement.shown().to_owned(),
                    title: requirement.title.clone(),
                    controls: controls.into_values().collect(),
                    conclusions,
                    excluded,
                });
            }
        }
        groups
    }

    /// The Statements of Applicability of the ISO/IEC 42001 versions in
    /// scope.
    pub fn soa_documents(&self) -> Vec<SoaDocument> {
        self.coverage
            .frameworks
            .iter()
            .filter(|f| self.model.framework(f.framework).name == "iso42001")
            .map(|f| self.soa_document(f))
            .collect()
    }

    fn soa_document(&self, framework: &FrameworkCoverage) -> SoaDocument {
        let model = self.model;
        let by_requirement: BTreeMap<RequirementId, &RequirementCoverage> = framework
            .requirements
            .iter()
            .map(|r| (r.requirement, r))
            .collect();
        let annex = self
            .graph
            .top_level(framework.framework)
            .into_iter()
            .find(|&g| model.requirement(g).id == "A");
        let mut objectives = Vec::new();
        let (mut included, mut excluded) = (0, 0);
        for objective in annex.map(|a| self.graph.children(a)).unwrap_or_default() {
            let mut controls = Vec::new();
            for id in self.descendants(objective) {
                let Some(coverage) = by_requirement.get(&id) else {
                    continue;
                };
                let row = self.soa_row(coverage);
                if row.included {
                    included += 1;
                } else {
                    excluded += 1;
                }
                controls.push(row);
            }
            let requirement = model.requirement(objective);
            objectives.push(SoaObjective {
                id: requirement.shown().to_owned(),
                title: requirement.title.clone(),
                controls,
            });
        }
        SoaDocument {
            project: self.project.clone(),
            framework: FrameworkRef::new(model, framework.framework),
            objectives,
            included,
            excluded,
        }
    }

    /// The requirements under a group, at any depth, in catalog order.
    fn descendants(&self, group: RequirementId) -> Vec<RequirementId> {
        let mut found = Vec::new();
        for child in self.graph.children(group) {
            match self.model.requirement(child).kind {
                EntryKind::Requirement => found.push(child),
                EntryKind::Group => found.extend(self.descendants(child)),
            }
        }
        found
    }

    fn soa_row(&self, coverage: &RequirementCoverage) -> SoaRow {
        let model = self.model;
        let requirement = model.requirement(coverage.requirement);
        let mut controls: Vec<MappedControl> = coverage
            .direct
            .iter()
            .filter(|d| d.relationship.meets())
            .map(|d| mapped_control(model.control(d.control), d.mapping))
            .collect();
        controls.sort();
        // The risks of the register (those the project faces) that bear on it.
        let risks: Vec<RiskId> = self
            .graph
            .risks_touching(coverage.requirement)
            .into_iter()
            .filter(|r| self.readiness.risks.iter().any(|e| e.id == *r))
            .collect();
        let (included, implementation, justification) = if let Some(e) = coverage.exclusion {
            (false, "excluded", model.exclusions[e].reason.clone())
        } else {
            let implementation = match coverage.status {
                Status::Covered if coverage.combined() => "implemented (combined)",
                Status::Covered => "implemented",
                Status::Partial => "partially implemented",
                Status::Informative => "informative (not an obligation)",
                _ => "not implemented",
            };
            // Why the control is included: the risks of the register it
            // treats; else that the AI management system needs it. How far
            // it is implemented is the implementation column's to say.
            let justification = if risks.is_empty() {
                "Included: needed by the AI management system for the systems in scope; no risk in the register names it.".to_owned()
            } else {
                let names: Vec<String> = risks
                    .iter()
                    .map(|&r| format!("{} ({})", model.risk(r).title, model.risk(r).id))
                    .collect();
                format!("Included to treat risks: {}.", names.join("; "))
            };
            (true, implementation, justification)
        };
        SoaRow {
            id: requirement.shown().to_owned(),
            title: requirement.title.clone(),
            included,
            justification,
            controls,
            implementation: implementation.to_owned(),
            conclusion: coverage.conclusion.map(|c| self.conclusion_details(c)),
        }
    }

    /// The evidence request list for a Type II period of `period_months`.
    pub fn evidence_document(&self, period_months: u32) -> EvidenceDocument {
        let mut rows = Vec::new();
        for (_, control) in sorted_controls(self.model) {
            let (population, sample) =
                sample_plan(control.frequency, control.automation, period_months);
            let base = EvidenceRow {
                control: control.id.clone(),
                title: control.title.clone(),
                owner: control.owner.clone(),
                frequency: control.frequency.map(|f| f.to_string()),
                evidence: None,
                system: None,
                retention: None,
                population,
                sample,
            };
            if control.evidence.is_empty() {
                rows.push(base.clone());
            }
            for evidence in &control.evidence {
                rows.push(EvidenceRow {
                    evidence: Some(evidence.name.clone()),
                    system: evidence.system.clone(),
                    retention: evidence.retention.clone(),
                    ..base.clone()
                });
            }
        }
        EvidenceDocument {
            project: self.project.clone(),
            period_months,
            rows,
        }
    }

    /// The coverage and gap report.
    pub fn coverage_document(&self) -> CoverageDocument {
        let frameworks = self
            .coverage
            .frameworks
            .iter()
            .map(|f| {
                let counts = f.counts;
                let total: usize = Status::ALL.iter().map(|&s| counts.get(s)).sum();
                let mut bar = Vec::new();
                let mut x = 0;
                // Covered directly and covered combined are drawn apart.
                let drawn: Vec<(&str, &str, usize)> = Status::ALL
                    .into_iter()
                    .flat_map(|status| match status {
                        Status::Covered => vec![
                            ("covered", "covered directly", counts.direct()),
                            ("covered-combined", COMBINED_CELL, counts.combined),
                        ],
                        Status::NotApplicable => {
                            vec![(status.as_str(), "not applicable", counts.get(status))]
                        }
                        _ => vec![(status.as_str(), status.as_str(), counts.get(status))],
                    })
                    .filter(|&(_, _, count)| count > 0)
                    .collect();
                for (i, &(status, label, count)) in drawn.iter().enumerate() {
                    // The last segment takes what rounding left, so the bar
                    // always ends at 1000.
                    let width = if i + 1 == drawn.len() {
                        1000 - x
                    } else {
                        count * 1000 / total.max(1)
                    };
                    bar.push(BarSegment {
                        status: status.to_owned(),
                        label: label.to_owned(),
                        count,
                        x,
                        width,
                    });
                    x += width;
                }
                CoverageSection {
                    framework: FrameworkRef::new(self.model, f.framework),
                    counts,
                    applicable: counts.applicable(),
                    percent_covered: counts.percent_covered(),
                    bar,
                    combined: f
                        .requirements
                        .iter()
                        .filter(|r| r.combined())
                        .map(|r| self.requirement_row(r))
                        .collect(),
                    gaps: f
                        .requirements
                        .iter()
                        .filter(|r| {
                            matches!(
                                r.status,
                                Status::Uncovered | Status::Partial | Status::Derived
                            )
                        })
                        .map(|r| self.requirement_row(r))
                        .collect(),
                    informative: f
                        .requirements
                        .iter()
                        .filter(|r| r.status == Status::Informative)
                        .map(|r| self.requirement_row(r))
                        .collect(),
                }
            })
            .collect();
        CoverageDocument {
            project: self.project.clone(),
            frameworks,
            headline_definition: crate::analysis::coverage::HEADLINE_DEFINITION.to_owned(),
            readiness: self.readiness.clone(),
        }
    }

    /// The graph of the project's controls, the risks in its register (its
    /// own, and the library's that its components bring or its controls
    /// mitigate), the components that bring them and the requirements they
    /// reach. Node keys number each kind in order (`c1`, `k1`, `s1`, `r1`),
    /// so they do not move when an unrelated catalog changes.
    pub fn graph_document(&self) -> GraphDocument {
        let model = self.model;
        let controls = sorted_controls(model);
        let risks: Vec<RiskId> = self.readiness.risks.iter().map(|r| r.id).collect();
        let mut requirements: Vec<RequirementId> = controls
            .iter()
            .flat_map(|(_, c)| c.satisfies.iter().map(|m| m.requirement))
            .chain(
                risks
                    .iter()
                    .flat_map(|&r| model.risk(r).touches.iter().map(|t| t.requirement)),
            )
            .collect();
        requirements.sort_by_key(|&r| model.qualified_id(r));
        requirements.dedup();
        let keys = |prefix: char, count: usize| -> Vec<String> {
            (1..=count).map(|i| format!("{prefix}{i}")).collect()
        };
        let control_key: BTreeMap<ControlId, String> = controls
            .iter()
            .map(|(id, _)| *id)
            .zip(keys('c', controls.len()))
            .collect();
        let risk_key: BTreeMap<RiskId, String> =
            risks.iter().copied().zip(keys('k', risks.len())).collect();
        let requirement_key: BTreeMap<RequirementId, String> = requirements
            .iter()
            .copied()
            .zip(keys('r', requirements.len()))
            .collect();
        let mut nodes = Vec::new();
        let mut edges = Vec::new();
        for (id, control) in &controls {
            nodes.push(GraphNode {
                key: control_key[id].clone(),
                kind: "control".to_owned(),
                id: control.id.clone(),
                title: control.title.clone(),
            });
        }
        for &risk in &risks {
            nodes.push(GraphNode {
                key: risk_key[&risk].clone(),
                kind: "risk".to_owned(),
                id: model.risk(risk).id.clone(),
                title: model.risk(risk).title.clone(),
            });
        }
        // Components that bring a risk, each once, in register order.
        let mut components: Vec<(String, String)> = Vec::new();
        for entry in &self.readiness.risks {
            for by in &entry.implied_by {
                let name = (by.system.clone(), by.component.clone());
                let index = components
                    .iter()
                    .position(|c| *c == name)
                    .unwrap_or_else(|| {
                        components.push(name.clone());
                        nodes.push(GraphNode {
                            key: format!("s{}", components.len()),
                            kind: "component".to_owned(),
                            id: by.component.clone(),
                            title: by.kind.to_string(),
                        });
                        components.len() - 1
                    });
                edges.push(GraphEdge {
                    from: format!("s{}", index + 1),
                    to: risk_key[&entry.id].clone(),
                    kind: "brings".to_owned(),
                    label: None,
                });
            }
        }
        for &requirement in &requirements {
            nodes.push(GraphNode {
                key: requirement_key[&requirement].clone(),
                kind: "requirement".to_owned(),
                id: model.qualified_id(requirement),
                title: model.requirement(requirement).title.clone(),
            });
        }
        for (id, control) in &controls {
            for mapping in &control.satisfies {
                edges.push(GraphEdge {
                    from: control_key[id].clone(),
                    to: requirement_key[&mapping.requirement].clone(),
                    kind: "satisfies".to_owned(),
                    label: Some(mapping.relationship.to_string()),
                });
            }
            for risk in control.mitigates.iter().filter_map(|r| risk_key.get(r)) {
                edges.push(GraphEdge {
                    from: control_key[id].clone(),
                    to: risk.clone(),
                    kind: "mitigates".to_owned(),
                    label: None,
                });
            }
        }
        for &risk in &risks {
            for touch in &model.risk(risk).touches {
                edges.push(GraphEdge {
                    from: risk_key[&risk].clone(),
                    to: requirement_key[&touch.requirement].clone(),
                    kind: "touches".to_owned(),
                    label: None,
                });
            }
        }
        GraphDocument {
            project: self.project.clone(),
            nodes,
            edges,
        }
    }
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
    } else if row.mappings.is_empty() {
        parts.push("no control meets it".to_owned());
    }
    if !row.reviewed.is_empty() {
        let listed: Vec<String> = row
            .reviewed
            .iter()
            .map(|m| format!("{} ({}, {})", m.control.id, m.relationship, m.review_status))
            .collect();
        parts.push(format!(
            "mappings that meet none of it: {}",
            listed.join(", ")
        ));
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
    parts.join("; ")
}

/// How the AICPA names a trust services category.
fn category_name(category: TrustCategory) -> &'static str {
    match category {
        TrustCategory::Security => "Security",
        TrustCategory::Availability => "Availability",
        TrustCategory::ProcessingIntegrity => "Processing Integrity",
        TrustCategory::Confidentiality => "Confidentiality",
        TrustCategory::Privacy => "Privacy",
    }
}

/// A control with its mapping (position in `satisfies`) to a requirement.
fn mapped_control(control: &Control, mapping: MappingId) -> MappedControl {
    let mapping = control.mapping(mapping);
    MappedControl {
        id: control.id.clone(),
        title: control.title.clone(),
        relationship: mapping.relationship.to_string(),
        review_status: review_label(mapping.attributes.status).to_owned(),
    }
}

/// The controls of a model, sorted by identifier.
fn sorted_controls(model: &Model) -> Vec<(ControlId, &Control)> {
    let mut controls: Vec<(ControlId, &Control)> = model
        .controls
        .iter()
        .enumerate()
        .map(|(i, c)| (ControlId::from_index(i), c))
        .collect();
    controls.sort_by(|a, b| a.1.id.cmp(&b.1.id));
    controls
}

/// The SOC 2 component categories and the component kinds each holds; a
/// kind may serve two (a feature store is software that holds data).
const COMPONENT_CATEGORIES: &[(&str, &[ComponentKind])] = &[
    (
        "Infrastructure",
        &[ComponentKind::Infrastructure, ComponentKind::Database],
    ),
    (
        "Software",
        &[
            ComponentKind::Software,
            ComponentKind::TrainingPipeline,
            ComponentKind::ModelRegistry,
            ComponentKind::ModelServing,
            ComponentKind::Monitoring,
            ComponentKind::FeatureStore,
            ComponentKind::VectorStore,
            ComponentKind::ThirdPartyModel,
            ComponentKind::Other,
        ],
    ),
    (
        "People",
        &[
            ComponentKind::People,
            ComponentKind::HumanReview,
            ComponentKind::LabellingVendor,
        ],
    ),
    (
        "Data",
        &[
            ComponentKind::Data,
            ComponentKind::Database,
            ComponentKind::DataIngestion,
            ComponentKind::FeatureStore,
            ComponentKind::InferenceLogStore,
            ComponentKind::VectorStore,
        ],
    ),
    ("Procedures", &[ComponentKind::Procedures]),
];

/// The stages of the AI lifecycle a SOC 2 description of an AI system
/// should walk through, and the component kinds that carry out each.
const LIFECYCLE_STAGES: &[(&str, &[ComponentKind])] = &[
    (
        "Data ingestion and labelling",
        &[
            ComponentKind::DataIngestion,
            ComponentKind::LabellingVendor,
            ComponentKind::FeatureStore,
        ],
    ),
    (
        "Training and evaluation",
        &[ComponentKind::TrainingPipeline],
    ),
    (
        "Model registry and deployment",
        &[ComponentKind::ModelRegistry],
    ),
    (
        "Inference",
        &[
            ComponentKind::ModelServing,
            ComponentKind::ThirdPartyModel,
            ComponentKind::VectorStore,
            ComponentKind::InferenceLogStore,
        ],
    ),
    ("Monitoring", &[ComponentKind::Monitoring]),
    ("Human review", &[ComponentKind::HumanReview]),
];

/// How many times a control operates in a period, and the sample an
/// auditor commonly selects to test its operating effectiveness.
///
/// An automated control is tested once (a test of one), relying on the IT
/// general controls over it. A control run by people is sampled by how
/// often it runs, from the usual audit-firm table: annual 1, quarterly 2,
/// monthly 2, weekly 5, daily 25 (over about 250 working days a year),
/// per event 25 or all if fewer, many times a day 25 to 60. Each firm sets
/// its own table; these are a planning estimate.
pub fn sample_plan(
    frequency: Option<Frequency>,
    automation: Option<Automation>,
    period_months: u32,
) -> (String, String) {
    let months = period_months.max(1);
    let count = |per_year: u32| (per_year * months).div_ceil(12).max(1);
    let population = match frequency {
        Some(Frequency::Annual) => count(1).to_string(),
        Some(Frequency::Quarterly) => count(4).to_string(),
        Some(Frequency::Monthly) => count(12).to_string(),
        Some(Frequency::Weekly) => count(52).to_string(),
        Some(Frequency::Daily) => format!("about {} working days", count(250)),
        Some(Frequency::PerChange) => "each occurrence in the period".to_owned(),
        Some(Frequency::Continuous) => "many times a day".to_owned(),
        None => "unknown: the control states no frequency".to_owned(),
    };
    if automation == Some(Automation::Automated) {
        let sample = "1 (test of one automated control), plus the IT general controls over it";
        return (population, sample.to_owned());
    }
    let planned = |per_year: u32, table: u32| count(per_year).min(table).to_string();
    let sample = match frequency {
        Some(Frequency::Annual) => planned(1, 1),
        Some(Frequency::Quarterly) => planned(4, 2),
        Some(Frequency::Monthly) => planned(12, 2),
        Some(Frequency::Weekly) => planned(52, 5),
        Some(Frequency::Daily) => planned(250, 25),
        Some(Frequency::PerChange) => "25, or all if fewer".to_owned(),
        Some(Frequency::Continuous) => "25 to 60, by the auditor's table".to_owned(),
        None => "agree with the auditor".to_owned(),
    };
    (population, sample)
}
