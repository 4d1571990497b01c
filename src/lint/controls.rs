//! Controls an auditor cannot test as written: no mapping, no owner, no
//! frequency, no evidence or no test procedure.

use crate::diagnostic::{Code, Diagnostic};
use crate::graph::ControlGraph;
use crate::resolve::Model;
use crate::resolve::model::ControlId;
use crate::vocabulary::{Frequency, Vocabulary};

/// A control maps to no requirement.
pub const UNMAPPED_CONTROL: &str = "crosswalk::lint::unmapped_control";
/// A control names no owner.
pub const MISSING_OWNER: &str = "crosswalk::lint::missing_owner";
/// A control lists no evidence.
pub const MISSING_EVIDENCE: &str = "crosswalk::lint::missing_evidence";
/// A control does not say how often it operates.
pub const MISSING_FREQUENCY: &str = "crosswalk::lint::missing_frequency";
/// A control has no test procedure.
pub const MISSING_TEST: &str = "crosswalk::lint::missing_test";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[
    Code::warning(UNMAPPED_CONTROL, "a control maps to no requirement"),
    Code::warning(
        MISSING_OWNER,
        "a control names no `owner`: an auditor cannot tell who operates it",
    ),
    Code::warning(
        MISSING_EVIDENCE,
        "a control lists no `evidence`: an auditor cannot test it as written",
    ),
    Code::warning(
        MISSING_FREQUENCY,
        "a control without `frequency`: the evidence request list cannot plan samples",
    ),
    Code::warning(
        MISSING_TEST,
        "a control has no `test` procedure: an auditor cannot test it as written",
    ),
];

pub(super) fn check(model: &Model, graph: &ControlGraph, warnings: &mut Vec<Diagnostic>) {
    for (index, control) in model.controls.iter().enumerate() {
        let id = &control.id;
        let span = control.span;
        if control.satisfies.is_empty() {
            let isolated = graph.is_isolated(ControlId::from_index(index));
            let help = if isolated {
                "add `satisfies FRAMEWORK@VERSION:ID RELATIONSHIP`, or remove the control if nothing needs it"
            } else {
                "add `satisfies FRAMEWORK@VERSION:ID RELATIONSHIP` for each requirement it meets"
            };
            warnings.push(
                Diagnostic::warning(
                    UNMAPPED_CONTROL,
                    span,
                    format!("control `{id}` maps to no requirement"),
                )
                .label("no `satisfies`")
                .help(help),
            );
        }
        if control.owner.is_none() {
            warnings.push(
                Diagnostic::warning(MISSING_OWNER, span, format!("control `{id}` has no owner"))
                    .label("no `owner`")
                    .help("add `owner \"ROLE\"`: auditors ask who runs each control"),
            );
        }
        if control.frequency.is_none() {
            warnings.push(
                Diagnostic::warning(
                    MISSING_FREQUENCY,
                    span,
                    format!("control `{id}` does not say how often it operates"),
                )
                .label("no `frequency`")
                .help(format!(
                    "add `frequency WORD` ({}): the evidence request list plans the auditor's samples from it",
                    Frequency::words().join(", ")
                )),
            );
        }
        if control.evidence.is_empty() {
            warnings.push(
                Diagnostic::warning(
                    MISSING_EVIDENCE,
                    span,
                    format!("control `{id}` lists no evidence"),
                )
                .label("no `evidence`")
                .help("add `evidence \"WHAT\" { system \"WHERE\" retention \"HOW LONG\" }`"),
            );
        }
        if control.tests.is_empty() {
            warnings.push(
                Diagnostic::warning(
                    MISSING_TEST,
                    span,
                    format!("control `{id}` has no test procedure"),
                )
                .label("no `test`")
                .help("add `test \"HOW AN AUDITOR CHECKS IT\"`"),
            );
        }
    }
}
