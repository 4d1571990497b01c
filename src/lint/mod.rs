//! Stage 4, analysis: checks over the linked graph and its coverage that find what is valid
//! but probably not what was meant. Each check owns its codes; all of them
//! report warnings, which `--deny-warnings` turns into a failing run.

pub mod applicability;
mod classification;
mod contradictions;
mod controls;
mod crosswalks;
mod evidence;
mod mappings;
mod review;
mod risks;
mod system;

use crate::diagnostic::{Code, Diagnostic};
use crate::graph::ControlGraph;
use crate::resolve::Model;

pub use classification::HIGH_RISK_WITHOUT_BASIS;
pub use contradictions::{
    CONCLUSION_NOT_NEEDED, EXCLUDED_BUT_MAPPED, PLACEHOLDER_JUSTIFICATION, is_placeholder,
};
pub use controls::{
    MISSING_EVIDENCE, MISSING_FREQUENCY, MISSING_OWNER, MISSING_TEST, UNMAPPED_CONTROL,
};
pub use crosswalks::DUPLICATE_PAIR;
pub use evidence::AUTOMATED_CONTROL_SAMPLED;
pub use mappings::{
    NO_RELATIONSHIP_ONLY, ONLY_DERIVED, RISK_REQUIREMENTS_UNMAPPED, WITHDRAWN_REQUIREMENT,
};
pub use review::NOT_REVIEWED;
pub use risks::{RISK_RESIDUAL_GAP, UNMITIGATED_RISK};
pub use system::{AVAILABILITY_OUT_OF_SCOPE, CSOC_SUPPORTS_EXCLUDED};

/// The codes of every check, in the order they run.
pub fn codes() -> impl Iterator<Item = &'static Code> {
    [
        controls::CODES,
        crosswalks::CODES,
        mappings::CODES,
        contradictions::CODES,
        review::CODES,
        classification::CODES,
        risks::CODES,
        evidence::CODES,
        applicability::CODES,
        system::CODES,
    ]
    .into_iter()
    .flatten()
}

/// Runs every check and returns its warnings.
pub fn lint(model: &Model, graph: &ControlGraph) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    controls::check(model, graph, &mut warnings);
    crosswalks::check(model, &mut warnings);
    let coverage = crate::analysis::coverage::coverage(
        model,
        graph,
        &crate::analysis::coverage::Options::default(),
    );
    mappings::check(model, &coverage, &mut warnings);
    contradictions::check(model, &coverage, &mut warnings);
    review::check(model, &mut warnings);
    classification::check(model, &mut warnings);
    let register = crate::analysis::readiness::readiness(model, graph, &coverage);
    risks::check(&register, &mut warnings);
    evidence::check(model, &mut warnings);
    applicability::check(model, &mut warnings);
    system::check(model, graph, &mut warnings);
    warnings
}
