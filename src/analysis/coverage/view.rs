//! The serializable view of coverage: identifiers as text, in report order.
//! It is the stable JSON of `crosswalk coverage --format json` and what
//! document templates see.

use serde::Serialize;

use super::{Counts, Coverage, CsocRef, Derived, RequirementCoverage, Status};
use crate::resolve::Model;
use crate::resolve::model::{Conclusion, MappingId};
use crate::vocabulary::review_word;

/// Coverage of every framework in scope.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageView {
    /// What the headline figure `percent_covered` means
    /// ([`super::HEADLINE_DEFINITION`]).
    pub headline: &'static str,
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
    /// `covered` with its parts `covered_direct` and `covered_combined`,
    /// `partial`, `derived`, `uncovered`, `carved_out`, `excluded`,
    /// `not_applicable`, `informative` and `applicable`).
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
    /// For a covered requirement, how: `direct` (one full mapping) or
    /// `combined` (controls together, by a conclusion).
    pub covered_by: Option<&'static str>,
    /// The conclusion that controls meet it together, if one is written.
    pub conclusion: Option<ConclusionView>,
    /// Controls mapped directly.
    pub controls: Vec<MappingView>,
    /// Controls reaching it through crosswalks (suggestions).
    pub derived: Vec<DerivedView>,
    /// Paths that compose to nothing usable: for review.
    pub review: Vec<DerivedView>,
    /// Why it is excluded, is no obligation (informative) or does not
    /// apply.
    pub reason: Option<String>,
    /// The systems or components whose EU AI Act classification basis it
    /// is (left out when none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub basis_of: Vec<String>,
    /// The CSOCs of carved-out subservice organisations that support it
    /// (left out when none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub carved_out_by: Vec<CsocView>,
}

/// A complementary subservice organisation control of a carved-out
/// subservice organisation.
#[derive(Debug, Clone, Serialize)]
pub struct CsocView {
    /// The system it is declared in.
    pub system: String,
    /// The subservice organisation.
    pub subservice: String,
    /// What the control does.
    pub control: String,
}

impl CsocView {
    /// The view of each of `csocs`, in order.
    pub fn list(model: &Model, csocs: &[CsocRef]) -> Vec<Self> {
        csocs
            .iter()
            .map(|c| CsocView {
                system: model.systems[c.system].name.clone(),
                subservice: c.subservice(model).name.clone(),
                control: c.text(model).to_owned(),
            })
            .collect()
    }
}

/// A direct mapping.
#[derive(Debug, Clone, Serialize)]
pub struct MappingView {
    /// Control identifier.
    pub control: String,
    /// Relationship.
    pub relationship: String,
    /// Review status of the edge: `draft`, `reviewed`, `approved`, or
    /// `unreviewed` when it gives none.
    pub status: &'static str,
}

/// A conclusion that controls together meet a requirement.
#[derive(Debug, Clone, Serialize)]
pub struct ConclusionView {
    /// The controls, as listed, each with its mapping's relationship.
    pub controls: Vec<MappingView>,
    /// Why they suffice together.
    pub because: String,
    /// Who concluded it.
    pub reviewer: String,
    /// When (`YYYY-MM-DD`).
    pub date: String,
    /// Review status: `draft`, `reviewed`, `approved` or `unreviewed`.
    pub status: &'static str,
}

impl ConclusionView {
    /// The view of a conclusion.
    pub fn new(model: &Model, conclusion: &Conclusion) -> Self {
        ConclusionView {
            controls: conclusion
                .members
                .iter()
                .map(|m| mapping_view(model, m.control, m.mapping))
                .collect(),
            because: conclusion.because.clone(),
            reviewer: conclusion.reviewer.clone(),
            date: conclusion.date.clone(),
            status: review_word(conclusion.status),
        }
    }
}

/// The view of a control's mapping (its position in `satisfies`).
fn mapping_view(
    model: &Model,
    control: crate::resolve::model::ControlId,
    mapping: MappingId,
) -> MappingView {
    let control = model.control(control);
    let mapping = control.mapping(mapping);
    MappingView {
        control: control.id.clone(),
        relationship: mapping.relationship.to_string(),
        status: review_word(mapping.attributes.status),
    }
}

/// How a requirement is covered, for the JSON: `direct`, `combined`, or
/// nothing when it is not covered.
pub fn covered_by(requirement: &RequirementCoverage) -> Option<&'static str> {
    match requirement.status {
        Status::Covered if requirement.combined() => Some("combined"),
        Status::Covered => Some("direct"),
        _ => None,
    }
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
                                covered_by: covered_by(r),
                                conclusion: r
                                    .conclusion
                                    .map(|c| ConclusionView::new(model, &model.conclusions[c])),
                                controls: r
                                    .direct
                                    .iter()
                                    .map(|d| mapping_view(model, d.control, d.mapping))
                                    .collect(),
                                derived: r.derived.iter().map(|d| derived_view(model, d)).collect(),
                                review: r.review.iter().map(|d| derived_view(model, d)).collect(),
                                reason: r.reason(model),
                                basis_of: r.basis_of.clone(),
                                carved_out_by: CsocView::list(model, &r.csocs),
                            }
                        })
                        .collect(),
                }
            })
            .collect();
        CoverageView {
            headline: super::HEADLINE_DEFINITION,
            frameworks,
        }
    }
}

/// The view of one derived mapping.
pub fn derived_view(model: &Model, derived: &Derived) -> DerivedView {
    let control = model.control(derived.control);
    let mapping = control.mapping(derived.mapping);
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
