//! The SOC 2 system description draft (`--only system-description`): the
//! report's Section III from the project's `system` blocks (HTML,
//! Markdown). What it knows of SOC 2 is in [`crate::render::frameworks::soc2`].

use std::collections::BTreeMap;

use serde::Serialize;

use crate::analysis::coverage::{RequirementCoverage, Status, excluded};
use crate::render::RenderContext;
use crate::render::frameworks::soc2;
use crate::render::job::Job;
use crate::render::templates::{self, AnchorKind, TocEntry};
use crate::render::views::{ConclusionDetails, ProjectInfo, conclusion_details, csoc_line};
use crate::resolve::model::{
    Basis, Complementary, EntryKind, FrameworkId, Model, RequirementId, System,
};
use crate::vocabulary::{EuTier, ReportKind};

/// The folder of its files.
const FOLDER: &str = "system-description";

/// The job: one, for every system.
pub(super) fn plan<'c>(ctx: &'c RenderContext<'c>) -> Vec<Job<'c>> {
    let job = Job::new(5, |files| files.pages("system-description", &document(ctx)))
        .pages(&format!("{FOLDER}/system-description"), "");
    vec![job]
}

/// The SOC 2 system description draft (the report's Section III).
#[derive(Debug, Clone, Serialize)]
pub struct SystemDescriptionDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// One section per `system` block, in source order (empty: the project
    /// declares none).
    pub systems: Vec<SystemSection>,
    /// The table of contents of the HTML page: each system and its
    /// controls by criteria.
    pub toc: Vec<TocEntry>,
}

/// The description of one system.
#[derive(Debug, Clone, Serialize)]
pub struct SystemSection {
    /// The system's name.
    pub name: String,
    /// Its element id on the HTML page (`section-` and its name).
    pub anchor: String,
    /// The service organisation.
    pub company: Option<String>,
    /// The SOC 2 report the description is for, when stated.
    pub report: Option<ReportView>,
    /// The company, its services and the system.
    pub description: Option<String>,
    /// Principal service commitments.
    pub commitments: Vec<String>,
    /// System requirements.
    pub system_requirements: Vec<String>,
    /// The five SOC 2 component categories, each with its components (a
    /// category may be empty): a component under its stated `category`,
    /// else under its kind's.
    pub components: Vec<CategorySection>,
    /// The AI lifecycle stages, each with the components that carry it out.
    pub lifecycle: Vec<LifecycleStage>,
    /// What the boundaries include and leave out.
    pub boundaries: Vec<String>,
    /// Significant incidents during the period.
    pub incidents: Vec<String>,
    /// Significant changes to the system during the period.
    pub changes: Vec<String>,
    /// Subservice organisations.
    pub subservices: Vec<SubserviceView>,
    /// Complementary user entity controls, each with the criteria it
    /// supports.
    pub cuecs: Vec<ComplementaryView>,
    /// Trust services categories in scope, as the AICPA names them
    /// (`Security` first).
    pub trust_categories: Vec<String>,
    /// EU AI Act classification, one line each: the operator role, the
    /// system's tier, its classification basis, reason and Art. 50 use
    /// cases, and each component with its own tier, basis and use cases.
    pub eu_ai_act: Vec<String>,
    /// The SOC 2 criteria groups of the categories in scope, each with
    /// every criterion, its controls and its status.
    pub controls_by_criteria: Vec<CriteriaControls>,
    /// The sections the `system` block leaves empty, as the statement that
    /// would fill them (`commitment`, `boundary`…).
    pub missing: Vec<String>,
}

/// The SOC 2 report a description is for.
#[derive(Debug, Clone, Serialize)]
pub struct ReportView {
    /// `Type I` or `Type II`.
    pub kind: &'static str,
    /// The period or date in words: "for the period 2026-01-01 to
    /// 2026-06-30", "as of 2026-06-30".
    pub period: String,
    /// The first day of a Type II period.
    pub from: Option<String>,
    /// The last day of a Type II period, or the date of a Type I report.
    pub to: String,
    /// The length of a Type II period in whole months.
    pub months: Option<u32>,
}

/// A SOC 2 component category (infrastructure, software, people, data,
/// procedures) and its components.
#[derive(Debug, Clone, Serialize)]
pub struct CategorySection {
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
    /// The component kinds that carry out this stage, by name ("feature
    /// store").
    pub kinds: Vec<String>,
    /// The components of those kinds.
    pub components: Vec<ComponentView>,
}

/// A component of a system.
#[derive(Debug, Clone, Serialize)]
pub struct ComponentView {
    /// Its name.
    pub name: String,
    /// Its kind, by name ("feature store").
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
    /// Whether it is carved out (else inclusive).
    pub carved_out: bool,
    /// What it provides.
    pub description: Option<String>,
    /// Its controls (complementary subservice organisation controls), each
    /// with the criteria it supports.
    pub csocs: Vec<ComplementaryView>,
}

/// A complementary control (CSOC or CUEC) and the criteria it supports.
#[derive(Debug, Clone, Serialize)]
pub struct ComplementaryView {
    /// What the control does.
    pub text: String,
    /// The requirements it supports, by shown identifier (`CC6.4`), or
    /// `framework@version:ID` outside the SOC 2 catalog.
    pub criteria: Vec<String>,
}

/// A SOC 2 criteria group (`CC6`) with every criterion of it.
#[derive(Debug, Clone, Serialize)]
pub struct CriteriaControls {
    /// Group identifier (`CC6`).
    pub id: String,
    /// Group heading.
    pub title: String,
    /// Its criteria relevant to the system, in catalog order.
    pub criteria: Vec<CriterionView>,
    /// Conclusions on its criteria: controls that together meet one.
    pub conclusions: Vec<ConclusionDetails>,
    /// Its criteria that the project excludes, with the reasons (never a
    /// carved-out one).
    pub excluded: Vec<ExcludedCriterion>,
}

/// One criterion relevant to the system and how it is met.
#[derive(Debug, Clone, Serialize)]
pub struct CriterionView {
    /// Identifier (`CC6.1`).
    pub id: String,
    /// Its element id on the HTML page: the ID itself (`CC6.1`), after
    /// the system's anchor when the page describes several systems.
    pub anchor: String,
    /// Heading.
    pub title: String,
    /// `covered`, `combined` (controls together, on a conclusion),
    /// `carved-out` (met by a carved-out subservice organisation's
    /// controls) or `gap` (nothing covers it in full).
    pub status: &'static str,
    /// The service organisation's controls that map to it, each with its
    /// relationship.
    pub controls: Vec<ControlCriteria>,
    /// Controls of inclusive subservice organisations that support it,
    /// "Name: text".
    pub included: Vec<String>,
    /// Controls of carved-out subservice organisations that support it
    /// (CSOCs), "Name: text".
    pub csocs: Vec<String>,
    /// Complementary user entity controls that support it.
    pub cuecs: Vec<String>,
    /// For a gap, what is missing, in words.
    pub gap: Option<String>,
    /// For `combined`, whether the conclusion it rests on is still in
    /// draft or has no review status.
    pub conclusion_not_reviewed: bool,
    /// The exclusion a carved-out criterion also carries, which the
    /// carve-out method contradicts.
    pub excluded_anyway: Option<String>,
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

/// A control mapped to a criterion.
#[derive(Debug, Clone, Serialize)]
pub struct ControlCriteria {
    /// Identifier.
    pub id: String,
    /// Short title.
    pub title: String,
    /// Its mapping's relationship to the criterion (`equal`, `subset`…).
    pub relationship: String,
}

/// The SOC 2 system description draft.
pub fn document(ctx: &RenderContext<'_>) -> SystemDescriptionDocument {
    let several = ctx.model.systems.len() > 1;
    let systems: Vec<SystemSection> = ctx
        .model
        .systems
        .iter()
        .map(|s| system_section(ctx, s, several))
        .collect();
    let toc = systems
        .iter()
        .flat_map(|s| {
            [
                TocEntry {
                    anchor: s.anchor.clone(),
                    label: s.name.clone(),
                },
                TocEntry {
                    anchor: format!("{}-criteria", s.anchor),
                    label: format!("{}: controls by criteria", s.name),
                },
            ]
        })
        .collect();
    SystemDescriptionDocument {
        project: ctx.project.clone(),
        systems,
        toc,
    }
}

/// The criteria a complementary control supports, as the description
/// names them.
fn complementary(model: &Model, c: &Complementary) -> ComplementaryView {
    ComplementaryView {
        text: c.text.clone(),
        criteria: c
            .supports
            .iter()
            .map(|&r| {
                let requirement = model.requirement(r);
                let framework = model.framework(requirement.framework);
                if framework.name == soc2::NAME {
                    requirement.shown().to_owned()
                } else {
                    // Another framework's obligation, named by its
                    // catalog's title without the parenthesis ("EU
                    // Artificial Intelligence Act Art. 26(2)").
                    let title = framework.title.split(" (").next().unwrap_or_default();
                    format!("{title} {}", requirement.shown())
                }
            })
            .collect(),
    }
}

fn report_view(system: &System) -> Option<ReportView> {
    let report = system.report.as_ref()?;
    let (kind, period) = match (report.kind, &report.from) {
        (ReportKind::Type2, Some(from)) => {
            ("Type II", format!("for the period {from} to {}", report.to))
        }
        _ => ("Type I", format!("as of {}", report.to)),
    };
    Some(ReportView {
        kind,
        period,
        from: report.from.clone(),
        to: report.to.clone(),
        months: report.period_months(),
    })
}

fn system_section(ctx: &RenderContext<'_>, system: &System, several: bool) -> SystemSection {
    let anchor = templates::anchor(&system.name, AnchorKind::Section);
    let component = |c: &crate::resolve::model::Component| ComponentView {
        name: c.name.clone(),
        kind: soc2::kind_name(c.kind).to_owned(),
        description: c.description.clone(),
        owner: c.owner.clone(),
    };
    let components = soc2::COMPONENT_CATEGORIES
        .iter()
        .map(|&(category, heading, kinds)| CategorySection {
            category: heading.to_owned(),
            components: system
                .components
                .iter()
                .filter(|c| soc2::files_under(category, kinds, c.kind, c.category))
                .map(component)
                .collect(),
        })
        .collect();
    let lifecycle = soc2::LIFECYCLE_STAGES
        .iter()
        .map(|&(stage, kinds)| LifecycleStage {
            stage: stage.to_owned(),
            kinds: kinds
                .iter()
                .map(|&k| soc2::kind_name(k).to_owned())
                .collect(),
            components: system
                .components
                .iter()
                .filter(|c| kinds.contains(&c.kind))
                .map(component)
                .collect(),
        })
        .collect();
    let trust_categories = soc2::categories_in_scope(&system.trust_categories);
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
                b.describe(ctx.model),
                ctx.model.qualified_id(b.entry)
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
        (system.report.is_none(), "soc2 report"),
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
    let model = ctx.model;
    SystemSection {
        name: system.name.clone(),
        company: system.company.clone(),
        report: report_view(system),
        controls_by_criteria: controls_by_criteria(ctx, system, several.then_some(anchor.as_str())),
        anchor,
        description: system.description.clone(),
        commitments: system.commitments.iter().map(|c| c.text.clone()).collect(),
        system_requirements: system
            .system_requirements
            .iter()
            .map(|r| r.text.clone())
            .collect(),
        components,
        lifecycle,
        boundaries: system.boundaries.clone(),
        incidents: system.incidents.clone(),
        changes: system.changes.clone(),
        subservices: system
            .subservices
            .iter()
            .map(|s| SubserviceView {
                name: s.name.clone(),
                treatment: s.treatment.to_string(),
                carved_out: s.carved_out(),
                description: s.description.clone(),
                csocs: s.csocs.iter().map(|c| complementary(model, c)).collect(),
            })
            .collect(),
        cuecs: system
            .cuecs
            .iter()
            .map(|c| complementary(model, c))
            .collect(),
        trust_categories,
        eu_ai_act,
        missing,
    }
}

/// The SOC 2 criteria groups (`CC1`…`P8`) of the categories in scope, each
/// with every criterion relevant to the system: its controls, the
/// subservice organisations' and user entities' controls that support it,
/// and whether it is covered, carved out or a gap; and the criteria the
/// project excludes, with the reasons.
fn controls_by_criteria(
    ctx: &RenderContext<'_>,
    system: &System,
    prefix: Option<&str>,
) -> Vec<CriteriaControls> {
    let model = ctx.model;
    // The SOC 2 version in scope, else the latest one loaded.
    let in_scope = ctx
        .coverage
        .frameworks
        .iter()
        .find(|f| model.framework(f.framework).name == soc2::NAME);
    let latest = || {
        (0..model.frameworks.len())
            .map(FrameworkId::from_index)
            .filter(|&f| model.framework(f).name == soc2::NAME)
            .max_by(|&a, &b| model.framework(a).version.cmp(&model.framework(b).version))
    };
    let Some(framework) = in_scope.map(|f| f.framework).or_else(latest) else {
        return Vec::new();
    };
    let statuses: BTreeMap<RequirementId, &RequirementCoverage> = in_scope
        .map(|f| f.requirements.iter().map(|r| (r.requirement, r)).collect())
        .unwrap_or_default();
    let excluded_by = excluded(model, ctx.graph);
    // The controls of this system's subservice organisations (carved out
    // and inclusive) and its CUECs, by the criterion they support.
    let mut carved: BTreeMap<RequirementId, Vec<String>> = BTreeMap::new();
    let mut included: BTreeMap<RequirementId, Vec<String>> = BTreeMap::new();
    for s in &system.subservices {
        let into = if s.carved_out() {
            &mut carved
        } else {
            &mut included
        };
        for c in &s.csocs {
            for &r in &c.supports {
                into.entry(r).or_default().push(csoc_line(s, &c.text));
            }
        }
    }
    let mut cuecs: BTreeMap<RequirementId, Vec<String>> = BTreeMap::new();
    for c in &system.cuecs {
        for &r in &c.supports {
            cuecs.entry(r).or_default().push(c.text.clone());
        }
    }
    let mut groups = Vec::new();
    for top in ctx.graph.top_level(framework) {
        let category = soc2::category_of(model.requirement(top));
        if !soc2::category_in_scope(category, &system.trust_categories) {
            continue;
        }
        for group in ctx.graph.children(top) {
            if model.requirement(group).kind != EntryKind::Group {
                continue;
            }
            let mut criteria = Vec::new();
            let mut excluded = Vec::new();
            for criterion in ctx.graph.children(group) {
                let requirement = model.requirement(criterion);
                if requirement.kind != EntryKind::Requirement || requirement.withdrawn {
                    continue;
                }
                let coverage = statuses.get(&criterion).copied();
                let csocs = carved.get(&criterion).cloned().unwrap_or_default();
                let included = included.get(&criterion).cloned().unwrap_or_default();
                let exclusion = excluded_by.get(&criterion).map(|&e| &model.exclusions[e]);
                if let (Some(exclusion), true) = (exclusion, csocs.is_empty()) {
                    excluded.push(ExcludedCriterion {
                        id: requirement.shown().to_owned(),
                        title: requirement.title.clone(),
                        reason: exclusion.reason.clone(),
                    });
                    continue;
                }
                if coverage.is_some_and(|c| {
                    matches!(c.status, Status::NotApplicable | Status::Informative)
                }) {
                    continue;
                }
                let mut controls: Vec<ControlCriteria> = ctx
                    .graph
                    .satisfied_by(criterion)
                    .into_iter()
                    .filter(|&(control, mapping)| {
                        model.control(control).mapping(mapping).relationship.meets()
                    })
                    .map(|(control, mapping)| {
                        let control = model.control(control);
                        ControlCriteria {
                            id: control.id.clone(),
                            title: control.title.clone(),
                            relationship: control.mapping(mapping).relationship.to_string(),
                        }
                    })
                    .collect();
                controls.sort_by(|a, b| a.id.cmp(&b.id));
                controls.dedup_by(|a, b| a.id == b.id);
                let covered = coverage.is_some_and(|c| c.status == Status::Covered);
                let status = if covered && coverage.is_some_and(RequirementCoverage::combined) {
                    "combined"
                } else if covered {
                    "covered"
                } else if !csocs.is_empty()
                    && (exclusion.is_some()
                        || coverage.is_some_and(|c| c.status == Status::CarvedOut))
                {
                    // Nothing of the project's meets it (or it is excluded,
                    // which the carve-out method contradicts: said beside).
                    "carved-out"
                } else {
                    "gap"
                };
                // A combined status that rests on a conclusion still in
                // draft or without a review status says so.
                let conclusion_not_reviewed = status == "combined"
                    && !coverage
                        .and_then(|c| c.conclusion)
                        .is_some_and(|c| model.conclusions[c].reviewed());
                let gap = (status == "gap").then(|| {
                    if !controls.is_empty() && !csocs.is_empty() {
                        "its controls meet it only in part (subset or intersects); the CSOCs listed also support it, but nothing states that together they meet it".to_owned()
                    } else if controls.is_empty() && !included.is_empty() {
                        "controls of an included subservice organisation support it, but no control is mapped to it".to_owned()
                    } else if controls.is_empty() {
                        "no control addresses it".to_owned()
                    } else {
                        "its controls meet it only in part (subset or intersects), and no conclusion says they meet it together".to_owned()
                    }
                });
                let id = templates::anchor(requirement.shown(), AnchorKind::Requirement);
                criteria.push(CriterionView {
                    anchor: prefix.map_or_else(|| id.clone(), |p| format!("{p}-{id}")),
                    id: requirement.shown().to_owned(),
                    title: requirement.title.clone(),
                    status,
                    controls,
                    included,
                    csocs,
                    cuecs: cuecs.get(&criterion).cloned().unwrap_or_default(),
                    gap,
                    conclusion_not_reviewed,
                    excluded_anyway: exclusion.map(|e| e.reason.clone()),
                });
            }
            let conclusions = ctx
                .graph
                .children(group)
                .iter()
                .filter_map(|&c| {
                    model
                        .conclusions
                        .iter()
                        .position(|conclusion| conclusion.requirement == c)
                })
                .map(|c| conclusion_details(ctx, c))
                .collect();
            let requirement = model.requirement(group);
            groups.push(CriteriaControls {
                id: requirement.shown().to_owned(),
                title: requirement.title.clone(),
                criteria,
                conclusions,
                excluded,
            });
        }
    }
    groups
}
