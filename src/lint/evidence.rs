//! Evidence an auditor would not ask for as written: an automated control
//! whose test procedure samples occurrences. An automated control is
//! tested by a test of one plus the IT general controls over it (change
//! management and logical access keep it running as designed), not by
//! sampling the times it ran.

use crate::diagnostic::{Code, Diagnostic};
use crate::resolve::Model;
use crate::vocabulary::Automation;

/// A control marked `automation automated` whose test procedure samples.
pub const AUTOMATED_CONTROL_SAMPLED: &str = "crosswalk::lint::automated_control_sampled";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[Code::warning(
    AUTOMATED_CONTROL_SAMPLED,
    "a control marked `automation automated` whose `test` samples (\"for a sample of …\"): an automated control is tested once, plus the IT general controls over it",
)];

pub(super) fn check(model: &Model, warnings: &mut Vec<Diagnostic>) {
    for control in &model.controls {
        if control.automation != Some(Automation::Automated) {
            continue;
        }
        for (test, &span) in control.tests.iter().zip(&control.test_spans) {
            if !samples(test) {
                continue;
            }
            warnings.push(
                Diagnostic::warning(
                    AUTOMATED_CONTROL_SAMPLED,
                    span,
                    format!(
                        "control `{}` is automated, yet its test procedure samples occurrences",
                        control.id
                    ),
                )
                .label("samples occurrences")
                .help("an automated control is tested by a test of one (one run, or one of each configured case) plus the IT general controls over it, such as change management and logical access: describe that test, or say `automation semi-automated` or `manual` if people run it"),
            );
        }
    }
}

/// Words that, just before "sample", make it a selection of occurrences
/// ("select a sample", "pick a random sample").
const SELECTING: &[&str] = &[
    "select",
    "selects",
    "selected",
    "selecting",
    "pick",
    "picks",
    "picked",
    "choose",
    "chooses",
    "chose",
    "draw",
    "draws",
    "drawn",
    "take",
    "takes",
    "taken",
];

/// Whether a test procedure samples occurrences: "for a sample of", "a
/// sample of 25", "samples of joiners", "select a (random) sample",
/// "sample 25 changes", "sampled", "sample size", "by sampling",
/// "sampling of". Words are compared whole and in any case, so "example"
/// or "upsampled" never count, nor does "sample" as a noun for an example
/// ("inject a sample batch", "the sampling temperature").
pub fn samples(test: &str) -> bool {
    let lower = test.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let at = |i: usize| words.get(i).copied().unwrap_or_default();
    let before = |i: usize, n: usize| i.checked_sub(n).map_or("", at);
    (0..words.len()).any(|i| match words[i] {
        "sample" | "samples" => {
            let next = at(i + 1);
            let number = !next.is_empty() && next.chars().all(|c| c.is_ascii_digit());
            next == "of"
                || next == "size"
                || number
                || (1..=3).any(|n| SELECTING.contains(&before(i, n)))
        }
        "sampled" => true,
        "sampling" => at(i + 1) == "of" || at(i + 1) == "basis" || before(i, 1) == "by",
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::samples;

    #[test]
    fn sampling_procedures_are_found_in_any_case() {
        for test in [
            "For a sample of 25 changes, inspect the approval.",
            "FOR A SAMPLE OF deployments, confirm an approved pull request.",
            "Inspect a sample of removals.",
            "For samples of joiners and leavers, compare the dates.",
            "Select a sample of quarters and inspect the review.",
            "Select a random sample; trace each to its ticket.",
            "The auditor selected a sample.",
            "Sample 25 deployments and inspect each record.",
            "Inspect 5 sampled alerts for timely closure.",
            "Sample size: 25 changes.",
            "Tested by sampling the daily runs.",
            "A sampling of alerts is traced to tickets.",
            "Inspect the alerts on a sampling basis.",
        ] {
            assert!(samples(test), "{test:?}");
        }
    }

    #[test]
    fn examples_and_other_senses_of_sample_are_not_sampling() {
        for test in [
            "Inspect an example alert.",
            "Examples of alerts are kept.",
            "Inject a sample batch in staging; an alert fires.",
            "Check that the sampling temperature is 0.",
            "Review the sample configuration file against the baseline.",
            "Re-perform the upsampled training run.",
            "Inspect the resample job's configuration.",
            "Inspect the configuration; test one run of the job.",
            "Samplers are disabled.",
            "",
        ] {
            assert!(!samples(test), "{test:?}");
        }
    }
}
