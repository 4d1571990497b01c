//! Mapping hygiene: edges that will not stand up in an audit as written.

use crate::analysis::coverage::{Coverage, Status};
use crate::diagnostic::{Code, Diagnostic};
use crate::resolve::Model;
use crate::vocabulary::Relationship;

/// A requirement is reached only through crosswalks.
pub const ONLY_DERIVED: &str = "crosswalk::lint::only_derived";
/// Every mapping of a control is `no-relationship`.
pub const NO_RELATIONSHIP_ONLY: &str = "crosswalk::lint::no_relationship_only";
/// A control mitigates a risk but maps to none of the requirements the risk
/// touches.
pub const RISK_REQUIREMENTS_UNMAPPED: &str = "crosswalk::lint::risk_requirements_unmapped";

/// A control maps to a requirement its catalog withdrew.
pub const WITHDRAWN_REQUIREMENT: &str = "crosswalk::lint::withdrawn_requirement";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[
    Code::warning(
        ONLY_DERIVED,
        "a requirement in scope reached only through crosswalks",
    ),
    Code::warning(
        NO_RELATIONSHIP_ONLY,
        "every mapping of a control is `no-relationship`",
    ),
    Code::warning(
        RISK_REQUIREMENTS_UNMAPPED,
        "a control mitigates a risk but maps to none of the requirements the risk `touches`",
    ),
    Code::warning(
        WITHDRAWN_REQUIREMENT,
        "a control maps to a requirement its catalog withdrew",
    ),
];

pub(super) fn check(model: &Model, coverage: &Coverage, warnings: &mut Vec<Diagnostic>) {
    requirements(model, coverage, warnings);
    controls(model, warnings);
}

fn requirements(model: &Model, coverage: &Coverage, warnings: &mut Vec<Diagnostic>) {
    for requirement in coverage.frameworks.iter().flat_map(|f| &f.requirements) {
        if requirement.status == Status::Derived {
            let id = model.qualified_id(requirement.requirement);
            let derived = &requirement.derived[0];
            let control = model.control(derived.control);
            warnings.push(
                    Diagnostic::warning(
                        ONLY_DERIVED,
                        control.mapping(derived.mapping).span,
                        format!("`{id}` is reached only through crosswalks, from control `{}`", control.id),
                    )
                    .label("the derived path starts here")
                    .help(format!(
                        "a derived mapping is a suggestion: if `{}` meets it, say so with `satisfies {id} {}`; run `crosswalk explain {id}` for the path",
                        control.id, derived.relationship
                    )),
                );
        }
    }
}

fn controls(model: &Model, warnings: &mut Vec<Diagnostic>) {
    for control in &model.controls {
        for mapping in &control.satisfies {
            let requirement = model.requirement(mapping.requirement);
            if !requirement.withdrawn || mapping.relationship == Relationship::NoRelationship {
                continue;
            }
            let id = format!(
                "{}:{}",
                model.framework(requirement.framework).key(),
                requirement.shown()
            );
            let replaced = requirement
                .summary
                .as_deref()
                .map_or(String::new(), |s| format!("{} ", s.trim_end()));
            warnings.push(
                Diagnostic::warning(
                    WITHDRAWN_REQUIREMENT,
                    mapping.span,
                    format!("control `{}` maps to `{id}`, which its catalog withdrew", control.id),
                )
                .label("a withdrawn requirement")
                .help(format!(
                    "{replaced}A withdrawn requirement asks nothing and counts as not applicable: map the control to what replaced it"
                )),
            );
        }
        let every_edge_disjoint = !control.satisfies.is_empty()
            && control
                .satisfies
                .iter()
                .all(|m| m.relationship == Relationship::NoRelationship);
        if every_edge_disjoint {
            warnings.push(
                Diagnostic::warning(NO_RELATIONSHIP_ONLY, control.span, format!("every mapping of control `{}` is `no-relationship`", control.id))
                    .label("meets no requirement")
                    .help("`no-relationship` records a reviewed non-match; map the control to what it does meet, or remove it"),
            );
        }
        for &risk in &control.mitigates {
            let risk = model.risk(risk);
            if risk.touches.is_empty()
                || risk
                    .touched()
                    .any(|t| control.satisfies.iter().any(|m| m.requirement == t))
            {
                continue;
            }
            let touched: Vec<String> = risk
                .touched()
                .map(|t| format!("`{}`", model.qualified_id(t)))
                .collect();
            warnings.push(
                Diagnostic::warning(
                    RISK_REQUIREMENTS_UNMAPPED,
                    control.span,
                    format!("control `{}` mitigates `{}` but maps to none of the requirements it touches", control.id, risk.id),
                )
                .label("no mapping to the risk's requirements")
                .help(format!("the risk touches {}: map the control to those it meets, or drop the risk from `mitigates`", touched.join(", "))),
            );
        }
    }
}
