//! The ISO/IEC 42001 Statements of Applicability (`--only soa`): per
//! ISO/IEC 42001 version in scope, every Annex A control, whether the
//! organisation includes or excludes it and its own justification, the
//! implementation status it declares, the controls that implement it and
//! the risks of the register that bear on it (HTML, Markdown, CSV, XLSX),
//! under a header with the document's version, date, approver and AI
//! management system scope (clause 6.1.3). Nothing is made up: what the
//! project does not state is printed as not stated. What it knows of
//! ISO/IEC 42001 is in [`crate::render::frameworks::iso42001`].

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::analysis::coverage::{FrameworkCoverage, RequirementCoverage};
use crate::render::RenderContext;
use crate::render::frameworks::iso42001;
use crate::render::job::Job;
use crate::render::table::Table;
use crate::render::templates::{AnchorKind, TocEntry, anchor};
use crate::render::views::{
    COMBINED_CELL, ConclusionDetails, FrameworkRef, MappedControl, ProjectInfo, conclusion_details,
    mapped_control,
};
use crate::resolve::model::{EntryKind, RequirementId, RiskId};

/// The folder of its files.
const FOLDER: &str = "statement-of-applicability";

/// What the document prints where the project states no justification.
pub const JUSTIFICATION_NOT_STATED: &str = "justification not stated";
/// What it prints where an included control has no declared status.
pub const STATUS_NOT_STATED: &str = "not stated";

/// The ISO/IEC 42001 versions in scope.
fn in_scope<'c>(ctx: &'c RenderContext<'_>) -> impl Iterator<Item = &'c FrameworkCoverage> {
    ctx.coverage
        .frameworks
        .iter()
        .filter(|f| ctx.model.framework(f.framework).name == iso42001::NAME)
}

/// The job: one, with four files per ISO/IEC 42001 version in scope (no
/// file when none is).
pub(super) fn plan<'c>(ctx: &'c RenderContext<'c>) -> Vec<Job<'c>> {
    let mut job = Job::new(5, |files| {
        for framework in in_scope(ctx) {
            let document = document(ctx, framework);
            files.templates(
                &[
                    "statement-of-applicability.html",
                    "statement-of-applicability.md",
                ],
                &document,
            )?;
            let table = soa_table(&document);
            files.csv(&table)?;
            files.xlsx([table], "Statement of Applicability")?;
        }
        Ok(())
    });
    for framework in in_scope(ctx) {
        let FrameworkRef { slug, key, .. } = FrameworkRef::new(ctx.model, framework.framework);
        let path = format!("{FOLDER}/{slug}");
        job = job
            .pages(&path, &key)
            .file(format!("{path}.csv"), format!("{key}, CSV"))
            .file(format!("{path}.xlsx"), format!("{key}, XLSX"));
    }
    vec![job]
}

/// The ISO/IEC 42001 Statement of Applicability.
#[derive(Debug, Clone, Serialize)]
pub struct SoaDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// The framework version.
    pub framework: FrameworkRef,
    /// The document's own details, from the `statement-of-applicability`
    /// block.
    pub header: SoaHeader,
    /// Annex A objectives (`A.2`…), in catalog order.
    pub objectives: Vec<SoaObjective>,
    /// What the rows say, counted.
    pub counts: SoaCounts,
    /// The HTML page's table of contents: one entry per objective.
    pub toc: Vec<TocEntry>,
}

/// The details the `statement-of-applicability` block gives; each is
/// `None` when it does not (the document marks it missing).
#[derive(Debug, Clone, Serialize)]
pub struct SoaHeader {
    /// Whether the project has a `statement-of-applicability` block for
    /// this framework version at all.
    pub stated: bool,
    /// The document's version.
    pub version: Option<String>,
    /// When it was approved.
    pub date: Option<String>,
    /// Who approved it.
    pub approver: Option<String>,
    /// The scope of the AI management system.
    pub scope: Option<String>,
}

/// How many Annex A controls the document lists, and what it says of them.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct SoaCounts {
    /// Annex A controls listed.
    pub controls: usize,
    /// Included by an `include` (on its own or with its group).
    pub included: usize,
    /// Excluded by an `exclude` (on its own or with its group).
    pub excluded: usize,
    /// Neither included nor excluded: no justification stated.
    pub justification_not_stated: usize,
    /// Included without a declared implementation status.
    pub status_not_stated: usize,
}

/// An Annex A objective and its controls.
#[derive(Debug, Clone, Serialize)]
pub struct SoaObjective {
    /// Identifier (`A.6`).
    pub id: String,
    /// Heading.
    pub title: String,
    /// Its controls.
    pub controls: Vec<SoaRow>,
}

/// One Annex A control in the Statement of Applicability.
#[derive(Debug, Clone, Serialize)]
pub struct SoaRow {
    /// Identifier (`A.6.2.5`).
    pub id: String,
    /// Heading.
    pub title: String,
    /// `yes` (included), `no` (excluded) or `not stated` (neither).
    pub included: String,
    /// The organisation's justification for including or excluding it, as
    /// written, or [`JUSTIFICATION_NOT_STATED`].
    pub justification: String,
    /// Whether a justification is stated.
    pub justification_stated: bool,
    /// The group whose `include` or `exclude` states it, when it is not the
    /// control's own (`A.2`).
    pub stated_for: Option<String>,
    /// The declared implementation status (`planned`, `in progress`,
    /// `implemented`), [`STATUS_NOT_STATED`] for a control included
    /// without one or not stated at all, `not applicable (excluded)` for
    /// an excluded one. Never derived from the mappings.
    pub status: String,
    /// Whether an included control's status is declared (`true` for an
    /// excluded one, which needs none).
    pub status_stated: bool,
    /// The project's controls that implement it, by identifier, each with
    /// its mapping's relationship and review status.
    pub controls: Vec<MappedControl>,
    /// What those mappings make of it, as the coverage report says it
    /// (`covered`, `covered (combined)`, `partial`, `uncovered`…): beside the
    /// declared status, never instead of it, so a control declared
    /// implemented that its mappings meet only in part shows as both.
    pub coverage: String,
    /// The risks of the register that bear on it, as context (`Title
    /// (id)`), by identifier.
    pub risks: Vec<String>,
    /// The conclusion that controls together meet it, if one is written.
    pub conclusion: Option<ConclusionDetails>,
}

/// The Statement of Applicability of one ISO/IEC 42001 version in scope.
pub fn document(ctx: &RenderContext<'_>, framework: &FrameworkCoverage) -> SoaDocument {
    let model = ctx.model;
    let by_requirement: BTreeMap<RequirementId, &RequirementCoverage> = framework
        .requirements
        .iter()
        .map(|r| (r.requirement, r))
        .collect();
    let annex = ctx
        .graph
        .top_level(framework.framework)
        .into_iter()
        .find(|&g| model.requirement(g).id == iso42001::ANNEX_A);
    let included = model.inclusions_by_entry();
    let mut objectives = Vec::new();
    let mut counts = SoaCounts::default();
    for objective in annex.map(|a| ctx.graph.children(a)).unwrap_or_default() {
        let mut controls = Vec::new();
        for id in descendants(ctx, objective) {
            let Some(coverage) = by_requirement.get(&id) else {
                continue;
            };
            let row = soa_row(ctx, &included, coverage);
            counts.controls += 1;
            match row.included.as_str() {
                "yes" => counts.included += 1,
                "no" => counts.excluded += 1,
                _ => counts.justification_not_stated += 1,
            }
            if row.included == "yes" && !row.status_stated {
                counts.status_not_stated += 1;
            }
            controls.push(row);
        }
        let requirement = model.requirement(objective);
        objectives.push(SoaObjective {
            id: requirement.shown().to_owned(),
            title: requirement.title.clone(),
            controls,
        });
    }
    let statement = model.applicability_statement(framework.framework);
    let toc = objectives
        .iter()
        .map(|o| TocEntry {
            anchor: anchor(&o.id, AnchorKind::Requirement),
            label: format!("{} {}", o.id, o.title),
        })
        .collect();
    SoaDocument {
        project: ctx.project.clone(),
        framework: FrameworkRef::new(model, framework.framework),
        header: SoaHeader {
            stated: statement.is_some(),
            version: statement.and_then(|s| s.version.clone()),
            date: statement.and_then(|s| s.date.clone()),
            approver: statement.and_then(|s| s.approver.clone()),
            scope: statement.and_then(|s| s.scope.clone()),
        },
        objectives,
        counts,
        toc,
    }
}

/// The requirements under a group, at any depth, in catalog order.
fn descendants(ctx: &RenderContext<'_>, group: RequirementId) -> Vec<RequirementId> {
    let mut found = Vec::new();
    for child in ctx.graph.children(group) {
        match ctx.model.requirement(child).kind {
            EntryKind::Requirement => found.push(child),
            EntryKind::Group => found.extend(descendants(ctx, child)),
        }
    }
    found
}

fn soa_row(
    ctx: &RenderContext<'_>,
    included: &HashMap<RequirementId, usize>,
    coverage: &RequirementCoverage,
) -> SoaRow {
    let model = ctx.model;
    let id = coverage.requirement;
    let requirement = model.requirement(id);
    let mut controls: Vec<MappedControl> = coverage
        .direct
        .iter()
        .filter(|d| d.relationship.meets())
        .map(|d| mapped_control(model.control(d.control), d.mapping))
        .collect();
    controls.sort();
    // The risks of the register (those the project faces) that bear on
    // it: context beside the justification, never the justification.
    let mut risks: Vec<RiskId> = ctx
        .graph
        .risks_touching(id)
        .into_iter()
        .filter(|r| ctx.readiness().risks.iter().any(|e| e.id == *r))
        .collect();
    risks.sort_by(|a, b| model.risk(*a).id.cmp(&model.risk(*b).id));
    let risks = risks
        .iter()
        .map(|&r| format!("{} ({})", model.risk(r).title, model.risk(r).id))
        .collect();
    // Resolution rejects a requirement both included and excluded, so at
    // most one of the two holds.
    let (stated, stated_by, justification, status, status_stated) =
        if let Some(e) = coverage.exclusion {
            let exclusion = &model.exclusions[e];
            (
                "no",
                Some(exclusion.requirement),
                Some(exclusion.reason.clone()),
                "not applicable (excluded)".to_owned(),
                true,
            )
        } else if let Some(inclusion) = model.inclusion_of(included, id) {
            (
                "yes",
                Some(inclusion.requirement),
                Some(inclusion.reason.clone()),
                inclusion
                    .status
                    .map_or(STATUS_NOT_STATED, |s| s.label())
                    .to_owned(),
                inclusion.status.is_some(),
            )
        } else {
            (
                "not stated",
                None,
                None,
                STATUS_NOT_STATED.to_owned(),
                false,
            )
        };
    SoaRow {
        id: requirement.shown().to_owned(),
        title: requirement.title.clone(),
        included: stated.to_owned(),
        justification_stated: justification.is_some(),
        justification: justification.unwrap_or_else(|| JUSTIFICATION_NOT_STATED.to_owned()),
        stated_for: stated_by
            .filter(|&by| by != id)
            .map(|by| model.requirement(by).shown().to_owned()),
        status,
        status_stated,
        controls,
        coverage: if coverage.combined() {
            COMBINED_CELL.to_owned()
        } else {
            coverage.status.to_string()
        },
        risks,
        conclusion: coverage.conclusion.map(|c| conclusion_details(ctx, c)),
    }
}

/// The Statement of Applicability as a table.
fn soa_table(document: &SoaDocument) -> Table {
    let mut table = Table::new(
        "Statement of Applicability",
        [
            ("Objective", 28),
            ("Control", 10),
            ("Title", 36),
            ("Included", 10),
            ("Justification", 48),
            ("Implementation status (declared)", 18),
            ("Implemented by (mapped controls)", 32),
            ("Coverage by the mapped controls", 16),
            ("Risks in the register (context)", 36),
            ("Conclusion (controls together)", 48),
        ],
    );
    for objective in &document.objectives {
        for row in &objective.controls {
            let justification = match &row.stated_for {
                Some(group) => format!("{} (stated for {group})", row.justification),
                None => row.justification.clone(),
            };
            table.push(vec![
                format!("{} {}", objective.id, objective.title),
                row.id.clone(),
                row.title.clone(),
                row.included.clone(),
                justification,
                row.status.clone(),
                row.controls
                    .iter()
                    .map(|c| {
                        format!(
                            "{} {} ({}, {})",
                            c.id, c.title, c.relationship, c.review_status
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
                row.coverage.clone(),
                row.risks.join("\n"),
                row.conclusion
                    .as_ref()
                    .map(|c| c.summary.clone())
                    .unwrap_or_default(),
            ]);
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use crate::lint::applicability;
    use crate::render::frameworks::iso42001;

    #[test]
    fn the_lint_and_the_document_agree_on_what_iso42001_and_its_annex_a_are() {
        assert_eq!(applicability::ISO42001, iso42001::NAME);
        assert_eq!(applicability::ANNEX_A, iso42001::ANNEX_A);
    }
}
