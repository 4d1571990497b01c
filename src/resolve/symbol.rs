//! What a name in the source stands for once resolved: a [`Symbol`], and
//! each place one is written (an [`Occurrence`]).

use serde::Serialize;

use super::model::{ControlId, FrameworkId, RequirementId, RiskId};
use crate::source::Span;
use crate::vocabulary::ComponentKind;

/// A thing a name in the source resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Symbol {
    /// A framework version (`soc2@2017` in a reference, `soc2` where it is
    /// declared).
    Framework(FrameworkId),
    /// A group or requirement: a mapping's, conclusion's, exclusion's,
    /// `basis`'s or `touches`'s target, a crosswalk pair's end.
    Requirement(RequirementId),
    /// A control (`met-by` names one).
    Control(ControlId),
    /// A risk (`mitigates`, `implies` name one).
    Risk(RiskId),
    /// A kind of component (`component-kind K implies …`,
    /// `component "…" kind K`): a word of the language, declared nowhere.
    ComponentKind(ComponentKind),
}

/// Whether an occurrence declares its symbol or refers to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The name where the symbol is declared (`AC-1` in `control AC-1`).
    Definition,
    /// A use of the name elsewhere.
    Reference,
}

/// One place a symbol is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Occurrence {
    /// The name as written (`soc2@2017:CC8.1`, `AC-1`).
    pub span: Span,
    /// What it resolved to.
    pub symbol: Symbol,
    /// Declaration or use.
    pub role: Role,
}
