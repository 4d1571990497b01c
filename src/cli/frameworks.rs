//! `crosswalk frameworks`: list the loaded catalogs, or show one.

use std::fmt::Write as _;
use std::path::PathBuf;

use serde::Serialize;

use super::{Format, INPUT_ERROR, OK, Output};
use crate::resolve::Model;
use crate::resolve::model::{Crosswalk, EntryKind, Framework, FrameworkId};
use crate::terminal;

/// Arguments of `crosswalk frameworks`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[command(subcommand)]
    show: Option<Show>,
    /// A project whose own catalogs are listed too.
    #[arg(long, global = true)]
    project: Option<PathBuf>,
    /// Print as text or as JSON.
    #[arg(long, value_enum, default_value_t = Format::Text, global = true)]
    format: Format,
    #[command(flatten)]
    framework_files: super::FrameworkFiles,
}

#[derive(Debug, clap::Subcommand)]
enum Show {
    /// Print one framework's groups and requirements.
    Show {
        /// The framework, as `ID@VERSION` (the version may be left out when
        /// only one is loaded).
        framework: String,
    },
}

pub(super) fn run(args: &Args, output: &Output) -> u8 {
    let compilation = if let Some(path) = &args.project {
        match super::compile_project(path, &args.framework_files, output) {
            Ok(c) => c,
            Err(code) => return code,
        }
    } else {
        let mut sources = crate::source::SourceSet::new();
        for file in crate::frameworks::builtin_sources() {
            sources.add(file);
        }
        if let Err(code) = args.framework_files.add_to(&mut sources, output) {
            return code;
        }
        let compilation = crate::compile(sources);
        if compilation.has_errors() {
            output.err(&crate::diagnostic::render_text(
                &compilation.diagnostics,
                &compilation.sources,
                output.style,
                output.width,
            ));
            return INPUT_ERROR;
        }
        compilation
    };
    let model = &compilation.model;
    match &args.show {
        None => {
            output.out(&match args.format {
                Format::Text => list_text(model),
                Format::Json => super::json(&list_json(model)),
            });
            OK
        }
        Some(Show::Show { framework }) => match super::find_framework(model, framework) {
            Ok(id) => {
                output.out(&match args.format {
                    Format::Text => show_text(model, id),
                    Format::Json => super::json(&show_json(model, id)),
                });
                OK
            }
            Err(message) => {
                output.error(&terminal::line(&message));
                INPUT_ERROR
            }
        },
    }
}

/// Frameworks sorted by `name@version`.
pub(super) fn sorted(model: &Model) -> Vec<(FrameworkId, &Framework)> {
    let mut all: Vec<(FrameworkId, &Framework)> = model
        .frameworks
        .iter()
        .enumerate()
        .map(|(i, f)| (FrameworkId::from_index(i), f))
        .collect();
    all.sort_by(|a, b| (&a.1.name, &a.1.version).cmp(&(&b.1.name, &b.1.version)));
    all
}

/// Columns separated by two spaces; a left-aligned last column is not
/// padded. `right` marks the columns aligned right (counts). Cells are user
/// text: their control characters are shown escaped ([`terminal`]).
pub(super) fn table(header: &[&str], rows: &[Vec<String>], right: &[bool]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| terminal::line(cell).into_owned())
                .collect()
        })
        .collect();
    let rows = rows.as_slice();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let header: Vec<String> = header.iter().map(|h| (*h).to_owned()).collect();
    for row in std::iter::once(&header).chain(rows) {
        let last = row.len() - 1;
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, cell)| match (right[i], i == last) {
                (true, _) => format!("{cell:>width$}", width = widths[i]),
                (false, true) => cell.clone(),
                (false, false) => format!("{cell:width$}", width = widths[i]),
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
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

fn list_text(model: &Model) -> String {
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
    let mut out = table(
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
        out.push_str(&table(
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

fn list_json(model: &Model) -> serde_json::Value {
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
    serde_json::json!({ "frameworks": frameworks, "crosswalks": crosswalks })
}

fn show_text(model: &Model, id: FrameworkId) -> String {
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

fn show_json(model: &Model, id: FrameworkId) -> serde_json::Value {
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
    serde_json::json!({
        "framework": framework.name,
        "version": framework.version,
        "title": framework.title,
        "publisher": framework.publisher,
        "licence": framework.licence,
        "source": framework.source,
        "groups": entries(EntryKind::Group),
        "requirements": entries(EntryKind::Requirement),
    })
}
