//! `crosswalk diff`: a version diff (`--from`/`--to`) as text or JSON; a
//! project diff (`--base`) as text, JSON, Markdown for a pull request
//! comment, or SARIF.

use std::fmt::Write as _;

use serde_json::json;

use crate::analysis::coverage::view::ConclusionView;
use crate::analysis::project_diff::{
    ConclusionChange, ConclusionField, EdgeChange, EdgeChangeKind, Location, ProjectDiff,
    ReviewDowngrade, Reviewed, StatusChange,
};
use crate::analysis::version_diff::{Fate, VersionDiff};
use crate::render::escape;
use crate::terminal;
use crate::vocabulary::{ReviewStatus, Vocabulary as _, review_label};

/// The version diff as JSON.
pub fn version_json(report: &VersionDiff) -> String {
    super::json(report)
}

/// The project diff as JSON.
pub fn project_json(report: &ProjectDiff) -> String {
    super::json(report)
}

/// The project diff as a SARIF 2.1.0 log.
pub fn project_sarif(report: &ProjectDiff) -> String {
    super::json(&sarif_log(report))
}

/// The version diff for people; every identifier is shown with its
/// control characters escaped.
pub fn version_text(report: &VersionDiff) -> String {
    let counts: Vec<String> = report
        .counts
        .iter()
        .map(|(c, n)| format!("{n} {}", c.as_str()))
        .collect();
    let mut out = format!(
        "{} → {}: {}\n\n",
        terminal::line(&report.from),
        terminal::line(&report.to),
        counts.join(", ")
    );
    let (displays, width) =
        super::escaped_column(report.requirements.iter().map(|r| r.display.as_str()));
    // The change column is as wide as the widest change shown, at least 9.
    let change_width = report
        .requirements
        .iter()
        .map(|r| r.change.as_str().len())
        .max()
        .unwrap_or(0)
        .max(9);
    for (r, display) in report.requirements.iter().zip(&displays) {
        let why = if r.predecessors.is_empty() {
            "no predecessor".to_owned()
        } else {
            let mut parts = vec![format!("from {}", r.predecessors.join(", "))];
            parts.extend(
                r.carried
                    .iter()
                    .map(|c| format!("{} {} ∘ {} = {}", c.control, c.mapping, c.pair, c.composed)),
            );
            parts.join("; ")
        };
        let why = terminal::line(&why);
        let _ = writeln!(
            out,
            "{display:width$}  {:change_width$}  {why}",
            r.change.as_str()
        );
    }
    if !report.old.is_empty() {
        let _ = writeln!(out, "\nold requirements removed or merged:");
        for o in &report.old {
            let fate = match o.fate {
                Fate::Removed => "removed".to_owned(),
                Fate::Merged => format!("merged into {}", o.successors.join(", ")),
            };
            let _ = writeln!(
                out,
                "  {}  {}",
                terminal::line(&o.id),
                terminal::line(&fate)
            );
        }
    }
    out
}

fn status_word(status: Option<crate::analysis::coverage::Status>) -> &'static str {
    status.map_or("absent", |s| s.as_str())
}

/// A status with, for a covered requirement, how: `covered (combined)`.
fn state_word(
    status: Option<crate::analysis::coverage::Status>,
    covered_by: Option<&str>,
) -> String {
    match covered_by {
        Some(by) => format!("{} ({by})", status_word(status)),
        None => status_word(status).to_owned(),
    }
}

/// A requirement's status before and after (`covered (direct) → partial`).
fn status_change(r: &StatusChange) -> String {
    format!(
        "{} → {}",
        state_word(r.before, r.before_covered_by),
        state_word(r.after, r.after_covered_by)
    )
}

/// The mark of an edge or conclusion change in the text output, and its
/// word in the Markdown one.
fn edge_mark(kind: EdgeChangeKind) -> (&'static str, &'static str) {
    match kind {
        EdgeChangeKind::Added => ("+", "added"),
        EdgeChangeKind::Removed => ("-", "removed"),
        EdgeChangeKind::Changed => ("~", "changed"),
    }
}

/// The edge as written before and after (`equal`, `subset ⇒ equal`).
fn edge_text(e: &EdgeChange) -> String {
    match e.kind {
        EdgeChangeKind::Added => e.after.clone().unwrap_or_default(),
        EdgeChangeKind::Removed => e.before.clone().unwrap_or_default(),
        EdgeChangeKind::Changed => format!(
            "{} ⇒ {}",
            e.before.as_deref().unwrap_or(""),
            e.after.as_deref().unwrap_or("")
        ),
    }
}

/// The conclusion an added or removed change is about.
fn added_or_removed(c: &ConclusionChange) -> Option<&ConclusionView> {
    match c.kind {
        EdgeChangeKind::Added => c.after.as_ref(),
        EdgeChangeKind::Removed => c.before.as_ref(),
        EdgeChangeKind::Changed => None,
    }
}

/// A conclusion's controls, each shown by `show` (`C-1, C-2`).
fn controls(view: &ConclusionView, show: impl Fn(&str) -> String) -> String {
    view.controls
        .iter()
        .map(|m| show(&m.control))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A conclusion's review state as people read it (`not reviewed` for
/// none). The view holds the machine word ([`crate::vocabulary::review_word`]),
/// which reads back to the status, or to none for `unreviewed`.
fn conclusion_label(view: &ConclusionView) -> &'static str {
    review_label(ReviewStatus::from_word(view.status))
}

/// A review downgrade's subject: `mapping C-1 → REQ` or `conclusion REQ`,
/// with identifiers shown by `show`.
fn downgrade_subject(d: &ReviewDowngrade, show: impl Fn(&str) -> String) -> String {
    match (&d.of, &d.control) {
        (Reviewed::Mapping, Some(control)) => {
            format!("mapping {} → {}", show(control), show(&d.requirement))
        }
        _ => format!("conclusion {}", show(&d.requirement)),
    }
}

/// One named value of a conclusion change, indented under it; the lines of
/// a multi-line value are indented too.
fn detail(out: &mut String, name: &str, value: &str) {
    let value = terminal::lines(value).replace('\n', "\n          ");
    let _ = writeln!(out, "        {name}: {value}");
}

/// The project diff for people: a summary line, then the requirements
/// whose status changed (`!` marks a regression), the mappings, the
/// conclusions and the review downgrades; `base` is what was compared with.
pub fn project_text(report: &ProjectDiff, base: &str) -> String {
    let base = terminal::line(base);
    if report.is_empty() {
        return format!("no coverage change since {base}\n");
    }
    let mut out = format!(
        "since {base}: {} requirement(s) changed status, {} lost coverage; {} mapping(s) changed",
        report.requirements.len(),
        report.lost_coverage,
        report.edges.len()
    );
    if !report.conclusions.is_empty() {
        let _ = write!(out, "; {} conclusion(s) changed", report.conclusions.len());
    }
    if !report.downgrades.is_empty() {
        let _ = write!(out, "; {} review downgrade(s)", report.downgrades.len());
    }
    out.push('\n');
    for r in &report.requirements {
        let mark = if r.regression { "  ! " } else { "    " };
        let _ = writeln!(
            out,
            "{mark}{}: {}",
            terminal::line(&r.requirement),
            status_change(r)
        );
    }
    if !report.edges.is_empty() {
        out.push_str("mappings:\n");
        for e in &report.edges {
            let _ = writeln!(
                out,
                "    {} {} → {} ({})",
                edge_mark(e.kind).0,
                terminal::line(&e.control),
                terminal::line(&e.requirement),
                terminal::line(&edge_text(e))
            );
        }
    }
    if !report.conclusions.is_empty() {
        out.push_str("conclusions:\n");
        for c in &report.conclusions {
            conclusion_text(&mut out, c);
        }
    }
    if !report.downgrades.is_empty() {
        out.push_str("review downgrades (regressions):\n");
        for d in &report.downgrades {
            let _ = writeln!(
                out,
                "  ! {}: {} → {}",
                downgrade_subject(d, |id| terminal::line(id).into_owned()),
                review_label(d.before),
                review_label(d.after)
            );
        }
    }
    out
}

/// One conclusion change for people: an added or removed one with its
/// controls, review, reviewer, date and reason; a changed one with what
/// changed, before and after.
fn conclusion_text(out: &mut String, c: &ConclusionChange) {
    let requirement = terminal::line(&c.requirement);
    let mark = edge_mark(c.kind).0;
    if let Some(view) = added_or_removed(c) {
        let _ = writeln!(
            out,
            "    {mark} {requirement}: met by {} together ({}; reviewer {}, {})",
            controls(view, |id| terminal::line(id).into_owned()),
            conclusion_label(view),
            terminal::line(&view.reviewer),
            terminal::line(&view.date)
        );
        detail(out, "because", &view.because);
        return;
    }
    let (Some(was), Some(now)) = (&c.before, &c.after) else {
        return;
    };
    let changed: Vec<&str> = c.changed.iter().map(|f| f.as_str()).collect();
    let _ = writeln!(
        out,
        "    {mark} {requirement}: {} changed",
        changed.join(", ")
    );
    let line = |text: &str| terminal::line(text).into_owned();
    for field in &c.changed {
        match field {
            ConclusionField::Controls => detail(
                out,
                "controls",
                &format!("{} ⇒ {}", controls(was, line), controls(now, line)),
            ),
            ConclusionField::Because => {
                detail(out, "because was", &was.because);
                detail(out, "because now", &now.because);
            }
            ConclusionField::Reviewer => detail(
                out,
                "reviewer",
                &format!("{} ⇒ {}", line(&was.reviewer), line(&now.reviewer)),
            ),
            ConclusionField::Date => detail(
                out,
                "date",
                &format!("{} ⇒ {}", line(&was.date), line(&now.date)),
            ),
            ConclusionField::Status => detail(
                out,
                "status",
                &format!("{} ⇒ {}", conclusion_label(was), conclusion_label(now)),
            ),
        }
    }
}

/// The pull request comment: user text is escaped as `build`'s Markdown
/// is, identifiers are code spans that hold any text, and no `@` in it
/// mentions anyone.
pub fn project_markdown(report: &ProjectDiff, base: &str) -> String {
    let mut out = format!(
        "### Compliance effect of this change (against {})\n\n",
        escape::markdown_code(base)
    );
    if report.is_empty() {
        out.push_str("No requirement changes coverage.\n");
        return out;
    }
    if report.lost_coverage > 0 {
        let _ = writeln!(
            out,
            "**{} requirement(s) lose coverage.**\n",
            report.lost_coverage
        );
    }
    if !report.downgrades.is_empty() {
        let _ = writeln!(
            out,
            "**{} review downgrade(s).**\n",
            report.downgrades.len()
        );
    }
    if !report.requirements.is_empty() {
        out.push_str("| requirement | before | after | |\n|---|---|---|---|\n");
        for r in &report.requirements {
            let mark = if r.regression { "regression" } else { "" };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {mark} |",
                escape::markdown_code_cell(&r.requirement),
                state_word(r.before, r.before_covered_by),
                state_word(r.after, r.after_covered_by)
            );
        }
        out.push('\n');
    }
    if !report.downgrades.is_empty() {
        out.push_str("| review downgrade | before | after | |\n|---|---|---|---|\n");
        for d in &report.downgrades {
            let _ = writeln!(
                out,
                "| {} | {} | {} | regression |",
                downgrade_subject(d, escape::markdown_code_cell),
                review_label(d.before),
                review_label(d.after)
            );
        }
        out.push('\n');
    }
    if !report.conclusions.is_empty() {
        out.push_str("Conclusions (controls that together meet a requirement):\n\n");
        for c in &report.conclusions {
            let _ = writeln!(out, "- {}", conclusion_markdown(c));
        }
        out.push('\n');
    }
    if !report.edges.is_empty() {
        out.push_str("<details><summary>Mappings changed</summary>\n\n");
        for e in &report.edges {
            let _ = writeln!(
                out,
                "- {} {} → {} ({})",
                edge_mark(e.kind).1,
                escape::markdown_code(&e.control),
                escape::markdown_code(&e.requirement),
                escape::markdown_comment(&edge_text(e))
            );
        }
        out.push_str("\n</details>\n");
    }
    out
}

/// One conclusion change as a Markdown list item (one line): identifiers
/// as code spans, the reviewer, date and reason escaped for a comment.
fn conclusion_markdown(c: &ConclusionChange) -> String {
    let requirement = escape::markdown_code(&c.requirement);
    let word = edge_mark(c.kind).1;
    let code = |id: &str| escape::markdown_code(id);
    if let Some(view) = added_or_removed(c) {
        return format!(
            "{word} {requirement}: met by {} together ({}; reviewer {}, {}); because: {}",
            controls(view, code),
            conclusion_label(view),
            escape::markdown_comment(&view.reviewer),
            escape::markdown_comment(&view.date),
            escape::markdown_comment(&view.because)
        );
    }
    let (Some(was), Some(now)) = (&c.before, &c.after) else {
        return format!("{word} {requirement}");
    };
    let parts: Vec<String> = c
        .changed
        .iter()
        .map(|field| {
            let (before, after) = match field {
                ConclusionField::Controls => (controls(was, code), controls(now, code)),
                ConclusionField::Because => (
                    format!("“{}”", escape::markdown_comment(&was.because)),
                    format!("“{}”", escape::markdown_comment(&now.because)),
                ),
                ConclusionField::Reviewer => (
                    escape::markdown_comment(&was.reviewer),
                    escape::markdown_comment(&now.reviewer),
                ),
                ConclusionField::Date => (
                    escape::markdown_comment(&was.date),
                    escape::markdown_comment(&now.date),
                ),
                ConclusionField::Status => (
                    conclusion_label(was).to_owned(),
                    conclusion_label(now).to_owned(),
                ),
            };
            format!("{}: {before} ⇒ {after}", field.as_str())
        })
        .collect();
    format!("{word} {requirement}: {}", parts.join("; "))
}

/// A SARIF 2.1.0 log: one result per requirement whose status changed
/// (`error` for a regression, `note` otherwise), per review downgrade
/// (`error`) and per conclusion added, removed or changed (`note`), located
/// at the `.cw` line responsible where one is known.
fn sarif_log(report: &ProjectDiff) -> serde_json::Value {
    let result = |rule: &str, level: &str, text: String, location: Option<&Location>| {
        let mut result = json!({
            "ruleId": rule,
            "level": level,
            "message": { "text": text },
        });
        if let Some(location) = location {
            result["locations"] = json!([{
                "physicalLocation": {
                    "artifactLocation": { "uri": location.file.trim_start_matches("./") },
                    "region": { "startLine": location.line, "startColumn": location.column }
                }
            }]);
        }
        result
    };
    let mut results: Vec<serde_json::Value> = report
        .requirements
        .iter()
        .map(|r| {
            let (rule, level) = if r.regression {
                ("coverage-regression", "error")
            } else {
                ("coverage-change", "note")
            };
            result(
                rule,
                level,
                format!("{}: {}", r.requirement, status_change(r)),
                r.location.as_ref(),
            )
        })
        .collect();
    results.extend(report.downgrades.iter().map(|d| {
        result(
            "review-downgrade",
            "error",
            format!(
                "{}: review {} → {}",
                downgrade_subject(d, str::to_owned),
                review_label(d.before),
                review_label(d.after)
            ),
            d.location.as_ref(),
        )
    }));
    results.extend(report.conclusions.iter().map(|c| {
        let what = if c.changed.is_empty() {
            edge_mark(c.kind).1.to_owned()
        } else {
            let changed: Vec<&str> = c.changed.iter().map(|f| f.as_str()).collect();
            format!("changed ({})", changed.join(", "))
        };
        result(
            "conclusion-change",
            "note",
            format!("conclusion on {}: {what}", c.requirement),
            c.location.as_ref(),
        )
    }));
    json!({
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "crosswalk",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": [
                    { "id": "coverage-regression", "shortDescription": { "text": "A requirement lost coverage." } },
                    { "id": "coverage-change", "shortDescription": { "text": "A requirement changed coverage status." } },
                    { "id": "review-downgrade", "shortDescription": { "text": "A mapping's or conclusion's review status went down." } },
                    { "id": "conclusion-change", "shortDescription": { "text": "A conclusion that controls together meet a requirement was added, removed or changed." } }
                ]
            } },
            "results": results
        }]
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::coverage::Status;

    /// One requirement that lost coverage and one mapping removed, with
    /// identifiers that hold Markdown, a mention and an escape sequence.
    fn report() -> ProjectDiff {
        ProjectDiff {
            requirements: vec![StatusChange {
                requirement: "demo@1:R-1|@team".to_owned(),
                before: Some(Status::Covered),
                after: Some(Status::Partial),
                before_covered_by: Some("direct"),
                after_covered_by: None,
                regression: true,
                location: Some(Location {
                    file: "./controls.cw".to_owned(),
                    line: 3,
                    column: 5,
                }),
            }],
            edges: vec![EdgeChange {
                kind: EdgeChangeKind::Removed,
                control: "C-1\u{1b}[2J".to_owned(),
                requirement: "demo@1:R-1|@team".to_owned(),
                before: Some("equal".to_owned()),
                after: None,
                location: None,
            }],
            conclusions: Vec::new(),
            downgrades: Vec::new(),
            lost_coverage: 1,
            regressions: 1,
        }
    }

    #[test]
    fn the_text_marks_regressions_and_escapes_identifiers() {
        let text = project_text(&report(), "main");
        assert_eq!(
            text,
            "since main: 1 requirement(s) changed status, 1 lost coverage; 1 mapping(s) changed\n  ! demo@1:R-1|@team: covered (direct) → partial\nmappings:\n    - C-1\\e[2J → demo@1:R-1|@team (equal)\n"
        );
    }

    #[test]
    fn the_markdown_keeps_identifiers_in_code_and_mentions_no_one() {
        let markdown = project_markdown(&report(), "main");
        assert!(markdown.starts_with("### Compliance effect of this change (against `main`)\n"));
        assert!(markdown.contains("**1 requirement(s) lose coverage.**"));
        // The `|` cannot end the cell and the `@` sits in a code span.
        let row = markdown.lines().find(|l| l.contains("regression")).unwrap();
        assert_eq!(
            row,
            "| `demo@1:R-1\\|@team` | covered (direct) | partial | regression |"
        );
        assert!(!markdown.contains('\u{1b}'), "{markdown}");
    }

    #[test]
    fn sarif_locates_results_without_a_leading_dot() {
        let log: serde_json::Value = serde_json::from_str(&project_sarif(&report())).unwrap();
        let result = &log["runs"][0]["results"][0];
        assert_eq!(result["ruleId"], "coverage-regression");
        assert_eq!(result["level"], "error");
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], "controls.cw");
        assert_eq!(location["region"]["startLine"], 3);
    }
}
