//! AI readiness: the project's risk register, read against its coverage.
//!
//! Each component of a system brings the risks its kind implies
//! (`component-kind K implies …`, stated for every AI component kind by the
//! built-in risk library `frameworks/ai-risks.cw`). For every risk in the
//! register — implied by a component, mitigated by a control, or declared
//! by the project — [`readiness`] finds the controls that mitigate it and,
//! per framework the project reports on, the requirements the risk touches
//! that stay **gaps**: uncovered, or reached only through crosswalks
//! (derived, a suggestion for review). Partial coverage is not a gap: the
//! requirement is met in part by a direct mapping; excluded and not
//! applicable requirements are not gaps either.
//!
//! [`Readiness`] serializes to the stable JSON of `crosswalk risks --format
//! json` and is what a report template sees as its readiness section;
//! [`crate::lint`] turns it into the warnings `crosswalk check` prints
//! ([`crate::lint::UNMITIGATED_RISK`], [`crate::lint::RISK_RESIDUAL_GAP`]), each pointing at the
//! component that brings the risk.

use serde::Serialize;

use crate::analysis::coverage::{Coverage, Status};
use crate::graph::ControlGraph;
use crate::resolve::Model;
use crate::resolve::model::{ControlId, RequirementId, RiskId};
use crate::source::Span;
use crate::vocabulary::ComponentKind;

/// The risk register of a project.
#[derive(Debug, Clone, Serialize)]
pub struct Readiness {
    /// How many risks are in the register, by status.
    pub summary: Summary,
    /// The risks, sorted by identifier.
    pub risks: Vec<RiskReadiness>,
}

/// Counts over the register.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Risks in the register.
    pub risks: usize,
    /// Of them, brought by at least one component.
    pub implied: usize,
    /// Mitigated, with no gap left in the frameworks reported on.
    pub mitigated: usize,
    /// Mitigated, but with gaps left.
    pub residual_gaps: usize,
    /// Mitigated by no control.
    pub unmitigated: usize,
}

/// Where a risk stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RiskStatus {
    /// Controls mitigate it and every requirement it touches is met at
    /// least in part (or excluded, or not applicable).
    Mitigated,
    /// Controls mitigate it, but some requirements it touches stay gaps.
    ResidualGaps,
    /// No control mitigates it.
    Unmitigated,
}

impl RiskStatus {
    /// How the status is written.
    pub fn as_str(self) -> &'static str {
        match self {
            RiskStatus::Mitigated => "mitigated",
            RiskStatus::ResidualGaps => "residual-gaps",
            RiskStatus::Unmitigated => "unmitigated",
        }
    }
}

impl std::fmt::Display for RiskStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One risk of the register.
#[derive(Debug, Clone, Serialize)]
pub struct RiskReadiness {
    /// Identifier (`prompt-injection`).
    pub risk: String,
    /// Title.
    pub title: String,
    /// Category.
    pub category: Option<String>,
    /// Whether it comes from the built-in risk library.
    pub builtin: bool,
    /// Where it stands.
    pub status: RiskStatus,
    /// The components that bring it, in source order.
    pub implied_by: Vec<ImpliedBy>,
    /// The controls that mitigate it, sorted.
    pub controls: Vec<String>,
    /// Per framework reported on (sorted by `name@version`), what the risk
    /// touches there and what stays a gap.
    pub frameworks: Vec<FrameworkResidual>,
    /// The risk in the model.
    #[serde(skip)]
    pub id: RiskId,
}

impl RiskReadiness {
    /// Every gap, as `framework@version:ID`.
    pub fn gap_ids(&self) -> Vec<String> {
        self.frameworks
            .iter()
            .flat_map(|f| {
                f.gaps
                    .iter()
                    .map(move |g| format!("{}:{}", f.framework, g.id))
            })
            .collect()
    }
}

/// A component that brings a risk.
#[derive(Debug, Clone, Serialize)]
pub struct ImpliedBy {
    /// The system it belongs to.
    pub system: String,
    /// The component's name.
    pub component: String,
    /// Its kind.
    pub kind: ComponentKind,
    /// Where the component is declared.
    #[serde(skip)]
    pub span: Span,
}

/// What a risk touches in one framework and what stays a gap.
#[derive(Debug, Clone, Serialize)]
pub struct FrameworkResidual {
    /// `name@version`.
    pub framework: String,
    /// How many requirements of the framework the risk touches.
    pub touched: usize,
    /// Of them, how many are scoped out with a justification.
    pub excluded: usize,
    /// Of them, how many do not apply to the systems in scope (another
    /// SOC 2 category, EU AI Act role, tier or use case, or a later date).
    pub not_applicable: usize,
    /// Of them, how many are informative: not obligations, never gaps.
    pub informative: usize,
    /// Touched requirements that stay uncovered or only derived.
    pub gaps: Vec<Gap>,
    /// Why the risk touches nothing in this framework, when it says so.
    pub touches_none: Option<String>,
}

/// A touched requirement that stays a gap.
#[derive(Debug, Clone, Serialize)]
pub struct Gap {
    /// Identifier (`CC7.2`).
    pub id: String,
    /// Official shown form.
    pub display: String,
    /// Title.
    pub title: String,
    /// `uncovered` or `derived`.
    pub status: Status,
    /// Why the risk bears on it.
    pub because: Option<String>,
}

/// Builds the risk register from a model, its graph and its coverage (the
/// frameworks `coverage` reports on are those the register reads gaps in).
pub fn readiness(model: &Model, graph: &ControlGraph, coverage: &Coverage) -> Readiness {
    let mut implied: Vec<Vec<ImpliedBy>> = vec![Vec::new(); model.risks.len()];
    for system in &model.systems {
        for component in &system.components {
            for implication in model
                .implications
                .iter()
                .filter(|i| i.kind == component.kind)
            {
                implied[implication.risk.index()].push(ImpliedBy {
                    system: system.name.clone(),
                    component: component.name.clone(),
                    kind: component.kind,
                    span: component.span,
                });
            }
        }
    }
    // Coverage status of each requirement of the frameworks reported on.
    let mut statuses: Vec<Option<Status>> = vec![None; model.requirements.len()];
    for requirement in coverage.frameworks.iter().flat_map(|f| &f.requirements) {
        statuses[requirement.requirement.index()] = Some(requirement.status);
    }
    let mut risks = Vec::new();
    for (index, risk) in model.risks.iter().enumerate() {
        let id = RiskId::from_index(index);
        let mitigating = graph.mitigated_by(id);
        let implied_by = std::mem::take(&mut implied[index]);
        if implied_by.is_empty() && mitigating.is_empty() && risk.builtin {
            continue;
        }
        let frameworks = residuals(model, coverage, &statuses, id);
        let status = if mitigating.is_empty() {
            RiskStatus::Unmitigated
        } else if frameworks.iter().any(|f| !f.gaps.is_empty()) {
            RiskStatus::ResidualGaps
        } else {
            RiskStatus::Mitigated
        };
        risks.push(RiskReadiness {
            risk: risk.id.clone(),
            title: risk.title.clone(),
            category: risk.category.clone(),
            builtin: risk.builtin,
            status,
            implied_by,
            controls: control_ids(model, &mitigating),
            frameworks,
            id,
        });
    }
    risks.sort_by(|a, b| a.risk.cmp(&b.risk));
    let mut summary = Summary {
        risks: risks.len(),
        ..Summary::default()
    };
    for risk in &risks {
        if !risk.implied_by.is_empty() {
            summary.implied += 1;
        }
        match risk.status {
            RiskStatus::Mitigated => summary.mitigated += 1,
            RiskStatus::ResidualGaps => summary.residual_gaps += 1,
            RiskStatus::Unmitigated => summary.unmitigated += 1,
        }
    }
    Readiness { summary, risks }
}

fn control_ids(model: &Model, controls: &[ControlId]) -> Vec<String> {
    let mut ids: Vec<String> = controls
        .iter()
        .map(|&c| model.control(c).id.clone())
        .collect();
    ids.sort();
    ids
}

/// Per framework reported on: what the risk touches and what stays a gap.
fn residuals(
    model: &Model,
    coverage: &Coverage,
    statuses: &[Option<Status>],
    id: RiskId,
) -> Vec<FrameworkResidual> {
    let risk = model.risk(id);
    coverage
        .frameworks
        .iter()
        .filter_map(|f| {
            let touched: Vec<(RequirementId, Option<&str>)> = risk
                .touches
                .iter()
                .filter(|t| model.requirement(t.requirement).framework == f.framework)
                .map(|t| (t.requirement, t.because.as_deref()))
                .collect();
            let touches_none = risk
                .touches_none
                .iter()
                .find(|n| n.framework == f.framework)
                .map(|n| n.because.clone());
            if touched.is_empty() && touches_none.is_none() {
                return None;
            }
            let count = |wanted: Status| {
                touched
                    .iter()
                    .filter(|(r, _)| statuses[r.index()] == Some(wanted))
                    .count()
            };
            let (excluded, not_applicable, informative) = (
                count(Status::Excluded),
                count(Status::NotApplicable),
                count(Status::Informative),
            );
            let gaps = touched
                .iter()
                .filter_map(|&(requirement, because)| {
                    let status = statuses[requirement.index()]?;
                    matches!(status, Status::Uncovered | Status::Derived).then(|| {
                        let r = model.requirement(requirement);
                        Gap {
                            id: r.id.clone(),
                            display: r.shown().to_owned(),
                            title: r.title.clone(),
                            status,
                            because: because.map(str::to_owned),
                        }
                    })
                })
                .collect();
            Some(FrameworkResidual {
                framework: model.framework(f.framework).key(),
                touched: touched.len(),
                excluded,
                not_applicable,
                informative,
                gaps,
                touches_none,
            })
        })
        .collect()
}
