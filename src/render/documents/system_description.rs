//! The SOC 2 system description draft (`--only system-description`): the
//! report's Section III from the project's `system` blocks (HTML,
//! Markdown). What it knows of SOC 2 is in [`crate::render::frameworks::soc2`].

use std::collections::BTreeMap;

use serde::Serialize;

use crate::analysis::coverage::excluded;
use crate::render::RenderContext;
use crate::render::frameworks::soc2;
use crate::render::job::Job;
use crate::render::views::{ConclusionDetails, ProjectInfo, conclusion_details};
use crate::resolve::model::{Basis, EntryKind, FrameworkId, RequirementId, System};
use crate::vocabulary::EuTier;

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

/// The SOC 2 system description draft.
pub fn document(ctx: &RenderContext<'_>) -> SystemDescriptionDocument {
    SystemDescriptionDocument {
        project: ctx.project.clone(),
        systems: ctx
            .model
            .systems
            .iter()
            .map(|s| system_section(ctx, s))
            .collect(),
    }
}

fn system_section(ctx: &RenderContext<'_>, system: &System) -> SystemSection {
    let component = |c: &crate::resolve::model::Component| ComponentView {
        name: c.name.clone(),
        kind: c.kind.to_string(),
        description: c.description.clone(),
        owner: c.owner.clone(),
    };
    let components = soc2::COMPONENT_CATEGORIES
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
    let lifecycle = soc2::LIFECYCLE_STAGES
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
        commitments: system.commitments.iter().map(|c| c.text.clone()).collect(),
        system_requirements: system
            .system_requirements
            .iter()
            .map(|r| r.text.clone())
            .collect(),
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
                csocs: s.csocs.iter().map(|c| c.text.clone()).collect(),
            })
            .collect(),
        cuecs: system.cuecs.iter().map(|c| c.text.clone()).collect(),
        controls_by_criteria: controls_by_criteria(ctx, system),
        trust_categories,
        eu_ai_act,
        missing,
    }
}

/// The SOC 2 criteria groups (`CC1`…`P8`) of the categories in scope,
/// each with the controls mapped to its criteria.
fn controls_by_criteria(ctx: &RenderContext<'_>, system: &System) -> Vec<CriteriaControls> {
    let model = ctx.model;
    // The SOC 2 version in scope, else the latest one loaded.
    let in_scope = ctx
        .coverage
        .frameworks
        .iter()
        .map(|f| f.framework)
        .find(|&f| model.framework(f).name == soc2::NAME);
    let latest = || {
        (0..model.frameworks.len())
            .map(FrameworkId::from_index)
            .filter(|&f| model.framework(f).name == soc2::NAME)
            .max_by(|&a, &b| model.framework(a).version.cmp(&model.framework(b).version))
    };
    let Some(framework) = in_scope.or_else(latest) else {
        return Vec::new();
    };
    let excluded_by = excluded(model, ctx.graph);
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
            let criteria: Vec<RequirementId> = ctx.graph.children(group);
            let mut controls: BTreeMap<&str, ControlCriteria> = BTreeMap::new();
            for &criterion in &criteria {
                for (control, mapping) in ctx.graph.satisfied_by(criterion) {
                    let control = model.control(control);
                    if !control.mapping(mapping).relationship.meets() {
                        continue;
                    }
                    let entry =
                        controls
                            .entry(control.id.as_str())
                            .or_insert_with(|| ControlCriteria {
                                id: control.id.clone(),
                                title: control.title.clone(),
                                criteria: Vec::new(),
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
                .map(|c| conclusion_details(ctx, c))
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
