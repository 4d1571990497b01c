//! The risk register's warnings: each risk a component brings that no
//! control mitigates ([`UNMITIGATED_RISK`]), and each such risk that is
//! mitigated but leaves requirements it touches uncovered
//! ([`RISK_RESIDUAL_GAP`]). The register itself is
//! [`crate::analysis::readiness`].

use crate::analysis::readiness::{Readiness, RiskStatus};
use crate::diagnostic::{Code, Diagnostic};
use crate::vocabulary::Vocabulary as _;
use crate::wording::with_article;

/// A risk a component brings that no control mitigates.
pub const UNMITIGATED_RISK: &str = "crosswalk::lint::unmitigated_risk";
/// A risk a component brings that controls mitigate, but some requirements
/// it touches stay uncovered.
pub const RISK_RESIDUAL_GAP: &str = "crosswalk::lint::risk_residual_gap";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[
    Code::warning(
        UNMITIGATED_RISK,
        "a risk a component brings (by its kind) that no control mitigates; points at the component",
    ),
    Code::warning(
        RISK_RESIDUAL_GAP,
        "a risk a component brings that controls mitigate, but some requirements it touches stay uncovered or only derived",
    ),
];

/// The warnings `crosswalk check` prints about the register: each risk a
/// component brings that no control mitigates, and each such risk that is
/// mitigated but leaves gaps. Each points at the first component that
/// brings the risk, the others as secondary labels.
pub fn check(readiness: &Readiness, warnings: &mut Vec<Diagnostic>) {
    for risk in &readiness.risks {
        let Some((first, others)) = risk.implied_by.split_first() else {
            continue;
        };
        let brought = format!("component `{}` ({})", first.component, first.kind.as_str());
        let diagnostic = match risk.status {
            RiskStatus::Mitigated => continue,
            RiskStatus::Unmitigated => {
                // The requirements it touches in the frameworks reported on:
                // a project on one version of a framework is not asked
                // about the other's.
                let count: usize = risk.frameworks.iter().map(|f| f.touched).sum();
                let mapping_hint = if count == 0 {
                    String::new()
                } else {
                    format!(
                        " (map it to those of the {count} requirements the risk touches that it meets)"
                    )
                };
                Diagnostic::warning(
                    UNMITIGATED_RISK,
                    first.span,
                    format!(
                        "no control mitigates `{}` ({}), which {brought} brings",
                        risk.risk, risk.title
                    ),
                )
                .label(format!("{} implies `{}`", with_article(first.kind.as_str()), risk.risk))
                .help(format!(
                    "add `mitigates {}` to the control that addresses it, or write one{mapping_hint}; `crosswalk explain {}` shows why it matters",
                    risk.risk, risk.risk
                ))
            }
            RiskStatus::ResidualGaps => {
                let gaps = risk.gap_ids();
                let listed: Vec<String> = gaps.iter().take(4).map(|g| format!("`{g}`")).collect();
                let more = if gaps.len() > listed.len() {
                    format!(" and {} more", gaps.len() - listed.len())
                } else {
                    String::new()
                };
                Diagnostic::warning(
                    RISK_RESIDUAL_GAP,
                    first.span,
                    format!(
                        "`{}` is mitigated by {}, but {} requirement{} it touches stay{} uncovered",
                        risk.risk,
                        risk.controls.join(", "),
                        gaps.len(),
                        if gaps.len() == 1 { "" } else { "s" },
                        if gaps.len() == 1 { "s" } else { "" },
                    ),
                )
                .label(format!("{} implies `{}`", with_article(first.kind.as_str()), risk.risk))
                .help(format!(
                    "map a control to {}{more}, or exclude what does not apply with a justification; `crosswalk risks` lists every gap",
                    listed.join(", ")
                ))
            }
        };
        let diagnostic = others.iter().fold(diagnostic, |d, other| {
            d.with_secondary(
                other.span,
                format!("{} also implies it", with_article(other.kind.as_str())),
            )
        });
        warnings.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::coverage::{Options, coverage};
    use crate::analysis::readiness::{Readiness, RiskStatus, readiness};
    use crate::source::{SourceFile, SourceSet};

    const CATALOG: &str = r#"
framework fw version "1" "Test framework" {
  requirement R-1 "One"
  requirement R-2 "Two"
  requirement R-3 "Three"
}
risk leak "Leak" {
  touches fw@1:R-1 because "one"
  touches fw@1:R-2 because "two"
}
risk drift "Drift" { touches fw@1:R-3 because "three" }
risk unused "Brought by nothing" { touches fw@1:R-3 because "three" }
component-kind other implies leak, drift
system "S" {
  component "Thing" kind other
  component "Other thing" kind other
}
"#;

    fn register(controls: &str) -> (Readiness, Vec<Diagnostic>) {
        let mut sources = SourceSet::new();
        sources.add(SourceFile::new(
            "project.cw",
            format!("{CATALOG}{controls}"),
            false,
        ));
        let compilation = crate::compile(sources);
        assert!(!compilation.has_errors(), "{:#?}", compilation.diagnostics);
        let model = &compilation.model;
        let analysis = coverage(model, &compilation.graph, &Options::default());
        let readiness = readiness(model, &compilation.graph, &analysis);
        let mut warnings = Vec::new();
        check(&readiness, &mut warnings);
        (readiness, warnings)
    }

    fn status(readiness: &Readiness, risk: &str) -> RiskStatus {
        readiness
            .risks
            .iter()
            .find(|r| r.risk == risk)
            .unwrap_or_else(|| panic!("{risk} is in the register"))
            .status
    }

    #[test]
    fn risks_no_control_mitigates_are_reported_at_the_first_component() {
        let (readiness, warnings) =
            register(r#"control C "C" { satisfies fw@1:R-3 subset mitigates drift }"#);
        assert_eq!(status(&readiness, "leak"), RiskStatus::Unmitigated);
        assert_eq!(status(&readiness, "drift"), RiskStatus::Mitigated);
        let leak = readiness.risks.iter().find(|r| r.risk == "leak").unwrap();
        let names: Vec<&str> = leak
            .implied_by
            .iter()
            .map(|i| i.component.as_str())
            .collect();
        assert_eq!(names, ["Thing", "Other thing"]);
        assert_eq!(leak.gap_ids(), ["fw@1:R-1", "fw@1:R-2"]);
        let codes: Vec<&str> = warnings.iter().map(|w| w.code).collect();
        assert_eq!(codes, [UNMITIGATED_RISK]);
        assert_eq!(
            warnings[0].secondary.len(),
            1,
            "the second component is labelled too"
        );
    }

    #[test]
    fn a_mitigated_risk_with_an_uncovered_touch_has_residual_gaps() {
        let (readiness, warnings) = register(
            r#"control C "C" { satisfies fw@1:R-1 equal satisfies fw@1:R-3 intersects mitigates leak, drift }"#,
        );
        assert_eq!(status(&readiness, "leak"), RiskStatus::ResidualGaps);
        assert_eq!(status(&readiness, "drift"), RiskStatus::Mitigated);
        let leak = readiness.risks.iter().find(|r| r.risk == "leak").unwrap();
        assert_eq!(leak.gap_ids(), ["fw@1:R-2"]);
        assert_eq!(leak.frameworks[0].touched, 2);
        let codes: Vec<&str> = warnings.iter().map(|w| w.code).collect();
        assert_eq!(codes, [RISK_RESIDUAL_GAP]);
        assert!(
            warnings[0]
                .message
                .contains("1 requirement it touches stays uncovered")
        );
    }

    #[test]
    fn excluded_touches_are_no_gap_and_unimplied_project_risks_are_listed_quietly() {
        let (readiness, warnings) = register(
            r#"control C "C" { satisfies fw@1:R-1 equal satisfies fw@1:R-3 intersects mitigates leak, drift }
exclude fw@1:R-2 because "Not ours.""#,
        );
        assert_eq!(status(&readiness, "leak"), RiskStatus::Mitigated);
        assert!(warnings.is_empty(), "{warnings:#?}");
        // A project's own risk is in the register even when nothing brings
        // it; with no component, check says nothing about it.
        assert_eq!(status(&readiness, "unused"), RiskStatus::Unmitigated);
        assert_eq!(readiness.summary.risks, 3);
        assert_eq!(readiness.summary.implied, 2);
        assert_eq!(readiness.summary.unmitigated, 1);
    }
}
