//! EU AI Act classifications that leave the date of application to a
//! guess: a high-risk system or component that names no basis.

use crate::diagnostic::{Code, Diagnostic};
use crate::resolve::Model;
use crate::vocabulary::EuTier;

/// A system or component is high-risk but names no classification basis
/// (`basis REF`): its obligations are dated by the general date, which
/// for a product under Annex I may be years too early.
pub const HIGH_RISK_WITHOUT_BASIS: &str = "crosswalk::lint::high_risk_without_basis";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[Code::warning(
    HIGH_RISK_WITHOUT_BASIS,
    "a system or component is `tier high-risk` without `basis`: the general date of application is used",
)];

pub(super) fn check(model: &Model, warnings: &mut Vec<Diagnostic>) {
    for system in &model.systems {
        let own = system.eu_tiers.contains(&EuTier::HighRisk) && system.eu_basis.is_none();
        if let (true, Some(span)) = (own, system.eu_span) {
            warnings.push(warning(span, &format!("system `{}`", system.name)));
        }
        for component in &system.components {
            let own =
                component.eu_tiers.contains(&EuTier::HighRisk) && component.eu_basis.is_none();
            if let (true, Some(span)) = (own, component.eu_span) {
                warnings.push(warning(
                    span,
                    &format!("component `{}` of system `{}`", component.name, system.name),
                ));
            }
        }
    }
}

fn warning(span: crate::source::Span, who: &str) -> Diagnostic {
    Diagnostic::warning(
        HIGH_RISK_WITHOUT_BASIS,
        span,
        format!("{who} is high-risk but names no classification basis"),
    )
    .label("no `basis`")
    .help(
        "add `basis FRAMEWORK@VERSION:ID` naming the Annex III point or the Art. 6(1) entry it is high-risk under: the basis decides when its obligations apply; without it the general date holds",
    )
}
