//! `crosswalk coverage`: a summary line per framework, every requirement
//! of the frameworks asked for, or the JSON view.

use std::fmt::Write as _;

use crate::analysis::coverage::view::{CoverageView, FrameworkView};
use crate::analysis::coverage::{Counts, Coverage, Status};
use crate::resolve::Model;
use crate::terminal;
use crate::vocabulary::{ReviewStatus, Vocabulary, review_label};

/// Every requirement of every framework in `analysis`, framework by
/// framework, with its status and why.
pub fn details(model: &Model, analysis: &Coverage) -> String {
    CoverageView::new(model, analysis)
        .frameworks
        .iter()
        .map(framework_details)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The coverage view (every requirement with its controls and derived
/// paths) as JSON: the stable shape of `crosswalk coverage --format json`.
pub fn json(model: &Model, analysis: &Coverage) -> String {
    super::json(&CoverageView::new(model, analysis))
}

/// What the headline figure means, printed under every summary.
const HEADLINE: &str = "\
COVERED = DIRECT (one equal or superset mapping) + COMBINED (controls together, by a conclusion).
COVERED/APPLICABLE: covered requirements of those that apply (all but carved out, excluded, not applicable and informative), rounded down.
CARVED-OUT requirements are met by a carved-out subservice organisation's controls (CSOCs): never gaps.
DERIVED is a suggestion from crosswalks, never coverage.";

/// A review state word from the JSON view as the text shows it.
fn review(word: &str) -> &'static str {
    review_label(ReviewStatus::from_word(word))
}

/// One line per framework with its counts, and the headline figure with
/// what it means.
pub fn summary(model: &Model, analysis: &Coverage) -> String {
    if analysis.frameworks.is_empty() {
        return "no framework in scope: map a control with `satisfies`, or name one with --framework\n".to_owned();
    }
    let header = [
        "FRAMEWORK",
        "COVERED",
        "DIRECT",
        "COMBINED",
        "PARTIAL",
        "DERIVED",
        "UNCOVERED",
        "CARVED-OUT",
        "EXCLUDED",
        "NOT-APPLICABLE",
        "INFORMATIVE",
        "COVERED/APPLICABLE",
    ];
    let rows: Vec<Vec<String>> = analysis
        .frameworks
        .iter()
        .map(|f| {
            let c = &f.counts;
            // `table` escapes the cells.
            vec![
                model.framework(f.framework).key(),
                c.covered.to_string(),
                c.direct().to_string(),
                c.combined.to_string(),
                c.partial.to_string(),
                c.derived.to_string(),
                c.uncovered.to_string(),
                c.carved_out.to_string(),
                c.excluded.to_string(),
                c.not_applicable.to_string(),
                c.informative.to_string(),
                headline(c),
            ]
        })
        .collect();
    let mut right = vec![true; header.len()];
    right[0] = false;
    let mut out = super::table(&header, &rows, &right);
    out.push('\n');
    for f in &analysis.frameworks {
        let pending = f.counts.combined_not_reviewed;
        if pending > 0 {
            let _ = writeln!(
                out,
                "{}: {pending} of the {} covered combined {} on a conclusion not yet reviewed (draft or no status).",
                model.framework(f.framework).key(),
                f.counts.combined,
                if pending == 1 { "rests" } else { "rest" }
            );
        }
    }
    out.push_str(HEADLINE);
    out.push('\n');
    out
}

/// `13/58 (22%)`, or `0/0 (-)` when nothing applies.
fn headline(counts: &Counts) -> String {
    let percent = counts
        .percent_covered()
        .map_or_else(|| "-".to_owned(), |p| format!("{p}%"));
    format!("{}/{} ({percent})", counts.covered, counts.applicable())
}

/// Every requirement of one framework with its status and why; user text
/// is shown with its control characters escaped ([`terminal`]).
fn framework_details(framework: &FrameworkView) -> String {
    let mut out = format!(
        "{}@{} — {}\n{} covered ({} direct, {} combined), {} partial, {} derived, {} uncovered, {} carved out, {} excluded, {} not applicable, {} informative; covered of applicable: {}\n\n",
        terminal::line(&framework.framework),
        terminal::line(&framework.version),
        terminal::line(&framework.title),
        framework.counts.covered,
        framework.counts.direct(),
        framework.counts.combined,
        framework.counts.partial,
        framework.counts.derived,
        framework.counts.uncovered,
        framework.counts.carved_out,
        framework.counts.excluded,
        framework.counts.not_applicable,
        framework.counts.informative,
        headline(&framework.counts)
    );
    let (displays, width) =
        super::escaped_column(framework.requirements.iter().map(|r| r.display.as_str()));
    for (r, display) in framework.requirements.iter().zip(&displays) {
        let mut why: Vec<String> = r
            .controls
            .iter()
            .map(|c| format!("{} ({}, {})", c.control, c.relationship, review(c.status)))
            .collect();
        if let Some(c) = r
            .conclusion
            .as_ref()
            .filter(|_| r.covered_by == Some("combined"))
        {
            why = vec![format!(
                "together {}: concluded by {} on {} ({}): {}",
                why.join(", "),
                c.reviewer,
                c.date,
                review(c.status),
                // One line: a text block's line breaks become spaces.
                c.because.split_whitespace().collect::<Vec<_>>().join(" ")
            )];
        }
        if why.is_empty() {
            why.extend(r.derived.iter().map(|d| {
                let path: Vec<String> = d
                    .path
                    .iter()
                    .map(|s| format!("{} {}", s.relationship, s.requirement))
                    .collect();
                format!(
                    "{} ({}) via {}",
                    d.control,
                    d.relationship,
                    path.join(" → ")
                )
            }));
        }
        if let Some(reason) = &r.reason {
            why.push(reason.clone());
        }
        if r.status == Status::CarvedOut {
            why.extend(
                r.carved_out_by
                    .iter()
                    .map(|c| format!("CSOC of {}: {}", c.subservice, c.control)),
            );
        }
        if r.status == Status::Uncovered && !r.review.is_empty() {
            why.push(format!("{} path(s) to review", r.review.len()));
        }
        let status = if r.covered_by == Some("combined") {
            "covered (combined)"
        } else {
            r.status.as_str()
        };
        let line = format!(
            "{display:width$}  {status:18}  {}",
            terminal::line(&why.join("; "))
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_headline_is_covered_of_applicable_rounded_down() {
        let counts = Counts {
            covered: 13,
            uncovered: 45,
            excluded: 4,
            ..Counts::default()
        };
        assert_eq!(headline(&counts), "13/58 (22%)");
        assert_eq!(headline(&Counts::default()), "0/0 (-)");
    }

    #[test]
    fn a_summary_without_frameworks_says_how_to_get_one() {
        assert_eq!(
            summary(&Model::default(), &Coverage::default()),
            "no framework in scope: map a control with `satisfies`, or name one with --framework\n"
        );
    }
}
