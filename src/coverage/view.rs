//! The serializable view of coverage: identifiers as text, in report order.
//! It is the stable JSON of `crosswalk coverage --format json` and what
//! document templates see.

use serde::Serialize;

use super::{Counts, Coverage, Derived, Status};
use crate::resolve::Model;

/// Coverage of every framework in scope.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageView {
    /// One entry per framework version, sorted by `name@version`.
    pub frameworks: Vec<FrameworkView>,
}

/// Coverage of one framework version.
#[derive(Debug, Clone, Serialize)]
pub struct FrameworkView {
    /// Short name (`soc2`).
    pub framework: String,
    /// Version (`2017`).
    pub version: String,
    /// Title.
    pub title: String,
    /// How many requirements have each status (flattened into the JSON:
    /// `covered`, `partial`, `derived`, `uncovered`, `excluded`,
    /// `not_applicable`).
    #[serde(flatten)]
    pub counts: Counts,
    /// Every requirement, in catalog order.
    pub requirements: Vec<RequirementView>,
}

/// Coverage of one requirement.
#[derive(Debug, Clone, Serialize)]
pub struct RequirementView {
    /// Identifier (`GOVERN-1.1`).
    pub id: String,
    /// Official shown form (`GOVERN 1.1`).
    pub display: String,
    /// Short heading.
    pub title: String,
    /// Status.
    pub status: Status,
    /// Controls mapped directly.
    pub controls: Vec<MappingView>,
    /// Controls reaching it through crosswalks (suggestions).
    pub derived: Vec<DerivedView>,
    /// Paths that compose to nothing usable: for review.
    pub review: Vec<DerivedView>,
    /// Why it is excluded or does not apply.
    pub reason: Option<String>,
}

/// A direct mapping.
#[derive(Debug, Clone, Serialize)]
pub struct MappingView {
    /// Control identifier.
    pub control: String,
    /// Relationship.
    pub relationship: String,
    /// Review status of the edge, if given.
    pub status: Option<String>,
}

/// A derived mapping with its path.
#[derive(Debug, Clone, Serialize)]
pub struct DerivedView {
    /// Control identifier.
    pub control: String,
    /// Composed relationship (`unknown` when nothing follows).
    pub relationship: String,
    /// The path as qualified requirement IDs, from the directly mapped one
    /// to this one, each step with its relationship as read.
    pub path: Vec<StepView>,
}

/// One requirement on a derived path.
#[derive(Debug, Clone, Serialize)]
pub struct StepView {
    /// `framework@version:ID`.
    pub requirement: String,
    /// The relationship that leads to it: the control's mapping for the
    /// first step, then each crosswalk pair's.
    pub relationship: String,
}

impl CoverageView {
    /// The view of a coverage analysis.
    pub fn new(model: &Model, coverage: &Coverage) -> Self {
        let frameworks = coverage
            .frameworks
            .iter()
            .map(|f| {
                let framework = model.framework(f.framework);
                FrameworkView {
                    framework: framework.name.clone(),
                    version: framework.version.clone(),
                    title: framework.title.clone(),
                    counts: f.counts,
                    requirements: f
                        .requirements
                        .iter()
                        .map(|r| {
                            let requirement = model.requirement(r.requirement);
                            RequirementView {
                                id: requirement.id.clone(),
                                display: requirement.shown().to_owned(),
                                title: requirement.title.clone(),
                                status: r.status,
                                controls: r
                                    .direct
                                    .iter()
                                    .map(|d| {
                                        let control = model.control(d.control);
                                        MappingView {
                                            control: control.id.clone(),
                                            relationship: d.relationship.to_string(),
                                            status: control.satisfies[d.mapping as usize]
                                                .attributes
                                                .status
                                                .map(|s| s.to_string()),
                                        }
                                    })
                                    .collect(),
                                derived: r.derived.iter().map(|d| derived_view(model, d)).collect(),
                                review: r.review.iter().map(|d| derived_view(model, d)).collect(),
                                reason: r
                                    .exclusion
                                    .map(|e| model.exclusions[e].reason.clone())
                                    .or_else(|| r.not_applicable.clone()),
                            }
                        })
                        .collect(),
                }
            })
            .collect();
        CoverageView { frameworks }
    }
}

/// The view of one derived mapping.
pub fn derived_view(model: &Model, derived: &Derived) -> DerivedView {
    let control = model.control(derived.control);
    let mapping = &control.satisfies[derived.mapping as usize];
    let mut path = vec![StepView {
        requirement: model.qualified_id(mapping.requirement),
        relationship: mapping.relationship.to_string(),
    }];
    path.extend(derived.path.iter().map(|s| StepView {
        requirement: model.qualified_id(s.requirement),
        relationship: s.relationship.to_string(),
    }));
    DerivedView {
        control: control.id.clone(),
        relationship: derived.relationship.to_string(),
        path,
    }
}
