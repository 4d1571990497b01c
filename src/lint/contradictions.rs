//! Input that says two things at once, or says nothing where a reason is
//! due: a requirement both excluded and mapped, a conclusion on a
//! requirement one mapping already covers, a justification that is a
//! placeholder.

use crate::analysis::coverage::{Coverage, Status};
use crate::diagnostic::{Code, Diagnostic};
use crate::resolve::Model;
use crate::source::Span;

/// A requirement is excluded and mapped (or concluded) too.
pub const EXCLUDED_BUT_MAPPED: &str = "crosswalk::lint::excluded_but_mapped";
/// A justification is a placeholder (`TBD`, `n/a`, one word).
pub const PLACEHOLDER_JUSTIFICATION: &str = "crosswalk::lint::placeholder_justification";
/// A conclusion on a requirement that a single mapping already covers.
pub const CONCLUSION_NOT_NEEDED: &str = "crosswalk::lint::conclusion_not_needed";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[
    Code::warning(
        EXCLUDED_BUT_MAPPED,
        "a requirement excluded (itself or with its group) and mapped too; points at both; the reports use the exclusion",
    ),
    Code::warning(
        PLACEHOLDER_JUSTIFICATION,
        "an exclusion, `touches-none` or conclusion whose reason is `TBD`, `n/a`, `todo`, `-`, `none` or one word",
    ),
    Code::warning(
        CONCLUSION_NOT_NEEDED,
        "a conclusion on a requirement one control already covers (`equal`/`superset`); the reports show it covered directly",
    ),
];

/// Words that stand in for a reason not yet written.
const PLACEHOLDERS: [&str; 14] = [
    "tbd",
    "tba",
    "tbc",
    "todo",
    "to do",
    "fixme",
    "n/a",
    "n.a.",
    "na",
    "none",
    "nil",
    "null",
    "placeholder",
    "wip",
];

/// Whether a justification is a placeholder: a known stand-in word, or a
/// single word (a reason is a sentence). Empty text is another check's
/// error.
pub fn is_placeholder(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() {
        return false;
    }
    let lowered = text.to_lowercase();
    let bare = lowered.trim_end_matches(['.', '!', '?']);
    PLACEHOLDERS.contains(&bare)
        || PLACEHOLDERS.contains(&lowered.as_str())
        || !text.contains(char::is_whitespace)
}

pub(super) fn check(model: &Model, coverage: &Coverage, warnings: &mut Vec<Diagnostic>) {
    excluded_but_mapped(model, coverage, warnings);
    placeholders(model, warnings);
}

fn excluded_but_mapped(model: &Model, coverage: &Coverage, warnings: &mut Vec<Diagnostic>) {
    for requirement in coverage.frameworks.iter().flat_map(|f| &f.requirements) {
        if requirement.exclusion.is_none() && requirement.conclusion.is_none() {
            continue;
        }
        let id = model.qualified_id(requirement.requirement);
        let meeting: Vec<Span> = requirement
            .direct
            .iter()
            .filter(|d| d.relationship.meets())
            .map(|d| model.control(d.control).mapping(d.mapping).span)
            .collect();
        match (requirement.status, requirement.exclusion) {
            (Status::Excluded, Some(exclusion)) if !meeting.is_empty() => {
                let exclusion = &model.exclusions[exclusion];
                let through = if exclusion.requirement == requirement.requirement {
                    String::new()
                } else {
                    format!(
                        " (with its group `{}`)",
                        model.qualified_id(exclusion.requirement)
                    )
                };
                let controls = if meeting.len() == 1 {
                    "a control".to_owned()
                } else {
                    format!("{} controls", meeting.len())
                };
                let concluded = if requirement.conclusion.is_some() {
                    " and a conclusion"
                } else {
                    ""
                };
                warnings.push(
                    Diagnostic::warning(
                        EXCLUDED_BUT_MAPPED,
                        meeting[0],
                        format!("`{id}` is excluded{through} but mapped by {controls}{concluded}: the reports show it as excluded"),
                    )
                    .label("mapped here")
                    .with_secondary(exclusion.span, "excluded here")
                    .help("if the requirement applies, remove the exclusion so the mappings count; if it does not, remove the mappings (or map `no-relationship`)"),
                );
            }
            (Status::Covered, _) if !requirement.combined() => {
                let Some(conclusion) = requirement.conclusion else {
                    continue;
                };
                let full = requirement
                    .direct
                    .iter()
                    .find(|d| d.relationship.covers_fully())
                    .expect("a directly covered requirement has a full mapping");
                let control = model.control(full.control);
                warnings.push(
                    Diagnostic::warning(
                        CONCLUSION_NOT_NEEDED,
                        model.conclusions[conclusion].span,
                        format!(
                            "`{id}` is covered by `{}` alone ({}): the conclusion adds nothing",
                            control.id, full.relationship
                        ),
                    )
                    .label("a conclusion on a covered requirement")
                    .with_secondary(control.mapping(full.mapping).span, "covers it alone")
                    .help("the reports show it covered directly; remove the conclusion, or correct the mapping if the control meets only part of it"),
                );
            }
            _ => {}
        }
    }
}

fn placeholders(model: &Model, warnings: &mut Vec<Diagnostic>) {
    let mut found: Vec<(Span, String, &str)> = Vec::new();
    for exclusion in &model.exclusions {
        if is_placeholder(&exclusion.reason) {
            found.push((
                exclusion.reason_span,
                format!(
                    "the exclusion of `{}`",
                    model.qualified_id(exclusion.requirement)
                ),
                "say why the requirement does not apply: auditors read this text in the Statement of Applicability",
            ));
        }
    }
    for conclusion in &model.conclusions {
        if is_placeholder(&conclusion.because) {
            found.push((
                conclusion.because_span,
                format!(
                    "the conclusion on `{}`",
                    model.qualified_id(conclusion.requirement)
                ),
                "say which part of the requirement each control meets and why together they meet all of it: auditors read this text beside the controls",
            ));
        }
    }
    for risk in model.risks.iter().filter(|r| !r.builtin) {
        for none in &risk.touches_none {
            if is_placeholder(&none.because) {
                found.push((
                    none.because_span,
                    format!("risk `{}`'s `touches-none`", risk.id),
                    "say why nothing in the framework bears on the risk",
                ));
            }
        }
    }
    for (span, what, help) in found {
        warnings.push(
            Diagnostic::warning(
                PLACEHOLDER_JUSTIFICATION,
                span,
                format!("{what} has a placeholder for its justification"),
            )
            .label("not a reason")
            .help(help),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::is_placeholder;

    #[test]
    fn placeholders_are_stand_ins_and_single_words() {
        for text in [
            "TBD", "n/a", "N/A", "todo", "To do", "-", "...", "?", " none. ", "Internal", "wip!",
        ] {
            assert!(is_placeholder(text), "{text:?}");
        }
        for text in [
            "",
            "   ",
            "No customers deploy our models.",
            "Not used here",
            "n/a for now, see ticket",
        ] {
            assert!(!is_placeholder(text), "{text:?}");
        }
    }
}
