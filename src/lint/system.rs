//! What a system block says that its SOC 2 report would contradict: a
//! subservice organisation's control that supports an excluded criterion,
//! and an availability commitment while the Availability category is out of
//! scope.

use crate::analysis::coverage::excluded;
use crate::diagnostic::{Code, Diagnostic};
use crate::graph::ControlGraph;
use crate::resolve::Model;
use crate::vocabulary::TrustCategory;

/// A CSOC supports a requirement the project excludes: a subservice
/// organisation's controls meet it, so it is relevant to the system.
pub const CSOC_SUPPORTS_EXCLUDED: &str = "crosswalk::lint::csoc_supports_excluded";
/// A commitment or system requirement names availability (uptime, a
/// "99.9%"-like figure) while the Availability category is not in
/// `soc2 criteria`.
pub const AVAILABILITY_OUT_OF_SCOPE: &str = "crosswalk::lint::availability_out_of_scope";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[
    Code::warning(
        CSOC_SUPPORTS_EXCLUDED,
        "a `csoc` supports a requirement that is excluded: the subservice organisation's controls make it relevant",
    ),
    Code::warning(
        AVAILABILITY_OUT_OF_SCOPE,
        "a `commitment` or `system-requirement` names availability while `soc2 criteria` leaves Availability out",
    ),
];

pub(super) fn check(model: &Model, graph: &ControlGraph, warnings: &mut Vec<Diagnostic>) {
    let excluded_by = excluded(model, graph);
    for system in &model.systems {
        for subservice in &system.subservices {
            for csoc in &subservice.csocs {
                for requirement in &csoc.supports {
                    let Some(&e) = excluded_by.get(requirement) else {
                        continue;
                    };
                    let exclusion = &model.exclusions[e];
                    let help = if subservice.carved_out() {
                        "under the carve-out method the criterion is relevant to the system and met by the subservice organisation's controls: remove the exclusion"
                    } else {
                        "the inclusive method includes the subservice organisation's controls in the description, so the criterion is relevant to the system: remove the exclusion"
                    };
                    warnings.push(
                        Diagnostic::warning(
                            CSOC_SUPPORTS_EXCLUDED,
                            csoc.span,
                            format!(
                                "a CSOC of `{}` supports `{}`, which is excluded",
                                subservice.name,
                                model.qualified_id(*requirement)
                            ),
                        )
                        .label("supports an excluded requirement")
                        .with_secondary(exclusion.span, "excluded here")
                        .help(help),
                    );
                }
            }
        }
        if system
            .trust_categories
            .contains(&TrustCategory::Availability)
        {
            continue;
        }
        let statements = system.commitments.iter().map(|c| ("commitment", c)).chain(
            system
                .system_requirements
                .iter()
                .map(|r| ("system requirement", r)),
        );
        for (what, statement) in statements {
            if !names_availability(&statement.text) {
                continue;
            }
            warnings.push(
                Diagnostic::warning(
                    AVAILABILITY_OUT_OF_SCOPE,
                    statement.span,
                    format!(
                        "this {what} of system `{}` names availability, but the Availability category is not in scope",
                        system.name
                    ),
                )
                .label("an availability commitment")
                .help(
                    "add `availability` to `soc2 criteria` so the report covers the commitment, or leave availability out of the text",
                ),
            );
        }
    }
}

/// Words that name availability on their own.
const AVAILABILITY_WORDS: &[&str] = &[
    "availability",
    "unavailability",
    "uptime",
    "up-time",
    "downtime",
    "down-time",
];

/// Words that, beside an uptime figure, say the figure is one of
/// availability ("available 99.9% of the time").
const FIGURE_CONTEXT: &[&str] = &[
    "available",
    "unavailable",
    "up",
    "down",
    "outage",
    "outages",
];

/// Whether a commitment names availability: one of [`AVAILABILITY_WORDS`]
/// as a whole word, or an uptime figure (a percentage from 99 up: `99%`,
/// `99.9 %`, `99.95%`) beside "available", "of the time" or another
/// [`FIGURE_CONTEXT`] word. A figure alone is not enough: "99.9% of
/// requests within 300 ms" is a latency commitment.
pub fn names_availability(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| AVAILABILITY_WORDS.contains(w)) {
        return true;
    }
    has_uptime_figure(&lower)
        && (lower.contains("of the time") || words.iter().any(|w| FIGURE_CONTEXT.contains(w)))
}

/// Whether `text` holds a percentage from 99 to 100 (`99%`, `99.9 %`,
/// `99,95%`, `100%` is not an uptime figure anyone writes but counts).
fn has_uptime_figure(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit()
            || (i > 0 && (bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.'))
        {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let whole = &text[start..i];
        if i + 1 < bytes.len() && matches!(bytes[i], b'.' | b',') && bytes[i + 1].is_ascii_digit() {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
        }
        let mut j = i;
        while j < bytes.len() && bytes[j] == b' ' {
            j += 1;
        }
        let percent = text[j..].starts_with('%')
            || text[j..].starts_with("per cent")
            || text[j..].starts_with("percent");
        if percent && matches!(whole, "99" | "100") {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::names_availability;

    #[test]
    fn availability_is_named_by_its_words() {
        assert!(names_availability(
            "Availability of the scoring API is monitored."
        ));
        assert!(names_availability("Monthly uptime of at least 99.5%."));
        assert!(names_availability(
            "Planned downtime is announced a week ahead."
        ));
        assert!(names_availability(
            "We report any UNAVAILABILITY within an hour."
        ));
        assert!(names_availability("Up-time is reported monthly."));
    }

    #[test]
    fn an_uptime_figure_counts_beside_available_or_of_the_time() {
        assert!(names_availability(
            "The scoring API is available 99.9% of the time."
        ));
        assert!(names_availability("The API is up 99.95 % of each month."));
        assert!(names_availability("Reachable 99,9% of the time."));
        assert!(names_availability(
            "Available 99 percent of business hours."
        ));
    }

    #[test]
    fn other_figures_and_words_do_not() {
        // A latency percentile, a share of requests, a figure under 99.
        assert!(!names_availability(
            "99.9% of scoring requests are answered within 300 ms."
        ));
        assert!(!names_availability(
            "Scores are available to lenders within 95% of the SLA."
        ));
        assert!(!names_availability(
            "The model is available 98% of the time."
        ));
        assert!(!names_availability(
            "A decision is available to the applicant on request."
        ));
        assert!(!names_availability(
            "Scores stay accurate to 199.9% of the baseline, available daily."
        ));
        assert!(!names_availability(
            "Version 99.9 of the model is available."
        ));
        assert!(!names_availability("Lender data is kept confidential."));
        // A word that only starts like one.
        assert!(!names_availability(
            "Uptimer is the name of our monitoring vendor."
        ));
    }
}
