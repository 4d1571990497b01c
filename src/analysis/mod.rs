//! Stage 4, analysis: what the linked graph means for the frameworks.
//!
//! [`coverage`] is the core: every requirement's status (covered directly
//! or by a reviewed conclusion, partial, derived through crosswalks,
//! uncovered, excluded, not applicable, informative). The others read it:
//! [`readiness`] (the AI risk register: risks the system's components
//! bring, their controls, residual gaps), [`explain`] (one requirement,
//! control or risk with everything that reaches it), [`version_diff`] (a
//! project's coverage of one framework version carried to the next) and
//! [`project_diff`] (two states of a project, for review in a pull
//! request). Analyses never print and never read files.

pub mod coverage;
pub mod explain;
pub mod project_diff;
pub mod readiness;
pub mod version_diff;

/// The codes the analyses raise (an `explain` or `diff` asked about
/// something the project does not have).
pub fn codes() -> impl Iterator<Item = &'static crate::diagnostic::Code> {
    [explain::CODES, version_diff::CODES].into_iter().flatten()
}
