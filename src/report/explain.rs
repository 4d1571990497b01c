//! `crosswalk explain`: a control, requirement or risk with everything
//! linked to it, as text or JSON.

use std::fmt::Write as _;

use crate::analysis::coverage::view::DerivedView;
use crate::analysis::explain::{
    ConclusionView, ControlView, EdgeView, Explanation, RequirementView, RiskView,
};
use crate::terminal;
use crate::vocabulary::review_label;

/// The explanation as JSON (its `kind` says which).
pub fn json(explanation: &Explanation) -> String {
    super::json(explanation)
}

/// The explanation for people: a heading, then one named value or list a
/// line.
pub fn text(explanation: &Explanation) -> String {
    match explanation {
        Explanation::Control(c) => control(c),
        Explanation::Requirement(r) => requirement(r),
        Explanation::Risk(r) => risk(r),
    }
}

/// A named value; its lines after the first are indented under it. User
/// text everywhere in this output is shown with its control characters
/// escaped ([`terminal`]).
fn field(out: &mut String, name: &str, value: Option<&str>) {
    field_at(out, 2, name, value);
}

/// A named value indented by `indent` spaces, its lines after the first by
/// two more.
fn field_at(out: &mut String, indent: usize, name: &str, value: Option<&str>) {
    if let Some(value) = value {
        let value = terminal::lines(value).replace('\n', &format!("\n{:1$}", "", indent + 2));
        let _ = writeln!(out, "{:indent$}{name}: {value}", "");
    }
}

/// A heading and one item a line (an item's own lines indented under it).
fn list(out: &mut String, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "  {heading}:");
    for item in items {
        let item = terminal::lines(item).replace('\n', "\n      ");
        let _ = writeln!(out, "    {item}");
    }
}

/// A location as `file:line`.
fn declared(out: &mut String, location: &crate::analysis::explain::Location) {
    let _ = writeln!(
        out,
        "  declared in {}:{}",
        terminal::line(&location.file),
        location.line
    );
}

/// Each edge as `relationship target (review state, attributes)`: the
/// review state always, `not reviewed` when the edge gives none.
fn edges(edges: &[EdgeView]) -> Vec<String> {
    edges
        .iter()
        .map(|e| {
            let review = review_label(e.status);
            let attributes = &e.attributes_line;
            if attributes.is_empty() {
                format!("{} {} ({review})", e.relationship, e.target)
            } else {
                format!("{} {} ({review}, {attributes})", e.relationship, e.target)
            }
        })
        .collect()
}

/// A conclusion in one line: `REQ: met by A, B together (approved;
/// reviewer R, DATE)`.
fn conclusion_line(c: &ConclusionView) -> String {
    let controls: Vec<&str> = c.controls.iter().map(|m| m.target.as_str()).collect();
    format!(
        "{}: met by {} together ({}; reviewer {}, {})",
        c.requirement,
        controls.join(", "),
        review_label(c.status),
        c.reviewer,
        c.date
    )
}

/// A requirement's conclusion: its controls, each with its own
/// relationship and review state, then why, who, when, its review state
/// and where it is written.
fn conclusion(out: &mut String, c: &ConclusionView, combined: bool) {
    let heading = if combined {
        "covered by these controls together"
    } else {
        "concluded to be met by these controls together"
    };
    let _ = writeln!(out, "  {heading}:");
    for member in edges(&c.controls) {
        let _ = writeln!(out, "    {}", terminal::line(&member));
    }
    field_at(out, 4, "because", Some(&c.because));
    field_at(out, 4, "concluded by", Some(&c.reviewer));
    field_at(out, 4, "date", Some(&c.date));
    field_at(out, 4, "status", Some(review_label(c.status)));
    let _ = writeln!(
        out,
        "    concluded in {}:{}",
        terminal::line(&c.location.file),
        c.location.line
    );
}

fn paths(derived: &[DerivedView], with_control: bool) -> Vec<String> {
    derived
        .iter()
        .map(|d| {
            let steps: Vec<String> = d
                .path
                .iter()
                .map(|s| format!("{} {}", s.relationship, s.requirement))
                .collect();
            let target = d.path.last().map_or("", |s| s.requirement.as_str());
            if with_control {
                format!(
                    "{} ({}) via {}",
                    d.control,
                    d.relationship,
                    steps.join(" → ")
                )
            } else {
                format!("{} {target} via {}", d.relationship, steps.join(" → "))
            }
        })
        .collect()
}

fn control(c: &ControlView) -> String {
    let mut out = format!(
        "control {} — {}\n",
        terminal::line(&c.id),
        terminal::line(&c.title)
    );
    declared(&mut out, &c.location);
    field(&mut out, "owner", c.owner.as_deref());
    field(&mut out, "frequency", c.frequency.as_deref());
    field(&mut out, "nature", c.nature.as_deref());
    field(&mut out, "automation", c.automation.as_deref());
    field(&mut out, "description", c.description.as_deref());
    list(&mut out, "mitigates", &c.mitigates);
    list(&mut out, "evidence", &c.evidence);
    list(&mut out, "tests", &c.tests);
    list(&mut out, "satisfies", &edges(&c.satisfies));
    list(
        &mut out,
        "through crosswalks (suggestions for review)",
        &paths(&c.derived, false),
    );
    list(
        &mut out,
        "meets together with other controls (conclusions)",
        &c.conclusions
            .iter()
            .map(conclusion_line)
            .collect::<Vec<_>>(),
    );
    out
}

fn requirement(r: &RequirementView) -> String {
    let mut out = format!(
        "{} — {} {}\n",
        terminal::line(&r.id),
        terminal::line(&r.display),
        terminal::line(&r.title)
    );
    if !r.within.is_empty() {
        let _ = writeln!(out, "  within: {}", terminal::line(&r.within.join(" › ")));
    }
    field(&mut out, "summary", r.summary.as_deref());
    if !r.tags.is_empty() {
        let _ = writeln!(out, "  tags: {}", terminal::line(&r.tags.join(", ")));
    }
    match (r.status, r.covered_by) {
        (Some(status), Some(by)) => {
            let _ = writeln!(out, "  status: {status} ({by})");
        }
        (Some(status), None) => {
            let _ = writeln!(out, "  status: {status}");
        }
        (None, _) => {}
    }
    field(&mut out, "reason", r.reason.as_deref());
    field(&mut out, "applies through", r.applies_through.as_deref());
    list(
        &mut out,
        "applies from",
        &r.applies_from
            .iter()
            .map(crate::analysis::explain::DateView::line)
            .collect::<Vec<_>>(),
    );
    if let Some(c) = &r.conclusion {
        conclusion(&mut out, c, r.covered_by == Some("combined"));
    }
    list(&mut out, "controls", &edges(&r.controls));
    list(
        &mut out,
        "derived (suggestions for review)",
        &paths(&r.derived, true),
    );
    list(
        &mut out,
        "paths to review (nothing can be inferred)",
        &paths(&r.review, true),
    );
    list(&mut out, "crosswalk pairs", &edges(&r.crosswalks));
    list(&mut out, "risks", &r.risks);
    out
}

fn risk(r: &RiskView) -> String {
    let mut out = format!(
        "risk {} — {}\n",
        terminal::line(&r.id),
        terminal::line(&r.title)
    );
    declared(&mut out, &r.location);
    field(&mut out, "category", r.category.as_deref());
    field(&mut out, "description", r.description.as_deref());
    list(&mut out, "touches", &r.touches);
    list(&mut out, "touches nothing in", &r.touches_none);
    list(&mut out, "implied by component kinds", &r.implied_by_kinds);
    list(&mut out, "brought by components", &r.brought_by);
    list(&mut out, "mitigated by", &r.mitigated_by);
    if r.mitigated_by.is_empty() {
        out.push_str("  no control mitigates it\n");
    }
    out
}
