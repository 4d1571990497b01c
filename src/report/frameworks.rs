//! `crosswalk frameworks`: the loaded catalogs and crosswalks, or one
//! catalog, as text or JSON.

use std::fmt::Write as _;

use serde::Serialize;

use crate::resolve::Model;
use crate::resolve::model::{Crosswalk, EntryKind, Framework, FrameworkId};
use crate::terminal;

/// Frameworks sorted by `name@version`.
pub fn sorted(model: &Model) -> Vec<(FrameworkId, &Framework)> {
    let mut all: Vec<(FrameworkId, &Framework)> = model
        .frameworks
        .iter()
        .enumerate()
        .map(|(i, f)| (FrameworkId::from_index(i), f))
        .collect();
    all.sort_by(|a, b| (&a.1.name, &a.1.version).cmp(&(&b.1.name, &b.1.version)));
    all
}

/// At most `max` characters, with `…` when cut.
fn shorten(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let cut: String = one_line.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Crosswalks sorted by their two framework keys.
fn sorted_crosswalks(model: &Model) -> Vec<&Crosswalk> {
    let mut all: Vec<&Crosswalk> = model.crosswalks.iter().collect();
    all.sort_by_key(|c| (model.framework(c.from).key(), model.framework(c.to).key()));
    all
}

/// Every loaded framework (with its requirement count, title and
/// publisher), then every crosswalk, as tables.
pub fn list_text(model: &Model) -> String {
    let rows: Vec<Vec<String>> = sorted(model)
        .into_iter()
        .map(|(_, f)| {
            vec![
                f.key(),
                f.requirement_count(model).to_string(),
                f.title.clone(),
                f.publisher.clone().unwrap_or_else(|| "-".to_owned()),
            ]
        })
        .collect();
    let mut out = super::table(
        &["FRAMEWORK", "REQUIREMENTS", "TITLE", "PUBLISHER"],
        &rows,
        &[false, true, false, false],
    );
    let crosswalks = sorted_crosswalks(model);
    if !crosswalks.is_empty() {
        let rows: Vec<Vec<String>> = crosswalks
            .iter()
            .map(|c| {
                vec![
                    format!(
                        "{} -> {}",
                        model.framework(c.from).key(),
                        model.framework(c.to).key()
                    ),
                    c.pairs.len().to_string(),
                    shorten(c.source.as_deref().unwrap_or("-"), 60),
                ]
            })
            .collect();
        out.push('\n');
        out.push_str(&super::table(
            &["CROSSWALK", "PAIRS", "SOURCE"],
            &rows,
            &[false, true, false],
        ));
    }
    out
}

/// One framework in the JSON listing.
#[derive(Serialize)]
struct ListedFramework<'a> {
    id: &'a str,
    version: &'a str,
    title: &'a str,
    publisher: Option<&'a str>,
    source: Option<&'a str>,
    builtin: bool,
    requirements: usize,
}

/// One crosswalk in the JSON listing.
#[derive(Serialize)]
struct ListedCrosswalk<'a> {
    from: String,
    to: String,
    pairs: usize,
    source: Option<&'a str>,
}

/// Every loaded framework and crosswalk as JSON.
pub fn list_json(model: &Model) -> String {
    let frameworks: Vec<ListedFramework<'_>> = sorted(model)
        .into_iter()
        .map(|(_, f)| ListedFramework {
            id: &f.name,
            version: &f.version,
            title: &f.title,
            publisher: f.publisher.as_deref(),
            source: f.source.as_deref(),
            builtin: f.builtin,
            requirements: f.requirement_count(model),
        })
        .collect();
    let crosswalks: Vec<ListedCrosswalk<'_>> = sorted_crosswalks(model)
        .into_iter()
        .map(|c| ListedCrosswalk {
            from: model.framework(c.from).key(),
            to: model.framework(c.to).key(),
            pairs: c.pairs.len(),
            source: c.source.as_deref(),
        })
        .collect();
    super::json(&serde_json::json!({ "frameworks": frameworks, "crosswalks": crosswalks }))
}

/// One framework's groups and requirements as an indented outline.
pub fn show_text(model: &Model, id: FrameworkId) -> String {
    let framework = model.framework(id);
    let mut out = format!(
        "{} — {}\n",
        terminal::line(&framework.key()),
        terminal::line(&framework.title)
    );
    if let Some(publisher) = &framework.publisher {
        let _ = writeln!(out, "publisher: {}", terminal::line(publisher));
    }
    let _ = writeln!(
        out,
        "requirements: {}\n",
        framework.requirement_count(model)
    );
    for &entry in &framework.entries {
        let requirement = model.requirement(entry);
        let mut depth = 0;
        let mut parent = requirement.parent;
        while let Some(p) = parent {
            depth += 1;
            parent = model.requirement(p).parent;
        }
        // An entry the catalog marks informative (not an obligation) says
        // so; its entries inherit the mark.
        let _ = writeln!(
            out,
            "{}{}  {}{}",
            "  ".repeat(depth),
            terminal::line(requirement.shown()),
            terminal::line(&requirement.title),
            if requirement.informative {
                "  (informative)"
            } else {
                ""
            }
        );
    }
    out
}

/// An entry in `frameworks show --format json`.
#[derive(Serialize)]
struct ShownEntry<'a> {
    id: &'a str,
    display: &'a str,
    title: &'a str,
    parent: Option<&'a str>,
    summary: Option<&'a str>,
    tags: &'a [String],
    applies_from: Option<&'a str>,
    /// The official text, for catalogs that carry it.
    #[serde(skip_serializing_if = "Option::is_none")]
    statement: Option<&'a str>,
    /// The official guidance, likewise.
    #[serde(skip_serializing_if = "Option::is_none")]
    guidance: Option<&'a str>,
    /// Withdrawn from the catalog (only written when true).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    withdrawn: bool,
    /// Marked informative on this entry (only written when true).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    informative: bool,
    /// The dates by classification basis written on this entry.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    applies_from_by_basis: &'a std::collections::BTreeMap<crate::vocabulary::EuBasis, String>,
    /// Roles, tiers, categories and date with the groups' included.
    applicability: crate::analysis::coverage::Applicability,
}

/// One framework's groups and requirements as JSON: the stable shape of
/// `crosswalk frameworks show --format json`.
pub fn show_json(model: &Model, id: FrameworkId) -> String {
    let framework = model.framework(id);
    let entries = |kind: EntryKind| -> Vec<ShownEntry<'_>> {
        framework
            .entries
            .iter()
            .map(|&e| (e, model.requirement(e)))
            .filter(|(_, r)| r.kind == kind)
            .map(|(e, r)| ShownEntry {
                id: &r.id,
                display: r.shown(),
                title: &r.title,
                parent: r.parent.map(|p| model.requirement(p).id.as_str()),
                summary: r.summary.as_deref(),
                tags: &r.tags,
                applies_from: r.applies_from.as_deref(),
                statement: r.statement.as_deref(),
                guidance: r.guidance.as_deref(),
                withdrawn: r.withdrawn,
                informative: r.informative,
                applies_from_by_basis: &r.applies_from_by_basis,
                applicability: crate::analysis::coverage::Applicability::of(model, e),
            })
            .collect()
    };
    super::json(&serde_json::json!({
        "framework": framework.name,
        "version": framework.version,
        "title": framework.title,
        "publisher": framework.publisher,
        "licence": framework.licence,
        "source": framework.source,
        "groups": entries(EntryKind::Group),
        "requirements": entries(EntryKind::Requirement),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_keeps_one_line_and_cuts_with_an_ellipsis() {
        assert_eq!(shorten("a  b\nc", 10), "a b c");
        assert_eq!(shorten("abcdefghij", 10), "abcdefghij");
        // Eight characters at most, the ellipsis included.
        assert_eq!(shorten("abcde fghijk", 8), "abcde f…");
        // A space before the cut is dropped.
        assert_eq!(shorten("abcdef ghij", 8), "abcdef…");
    }
}
