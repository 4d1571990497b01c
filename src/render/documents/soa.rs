//! The ISO/IEC 42001 Statements of Applicability (`--only soa`): per
//! ISO/IEC 42001 version in scope, every Annex A control, included or
//! excluded and why, with the controls that implement it (Markdown, CSV,
//! XLSX). What it knows of ISO/IEC 42001 is in
//! [`crate::render::frameworks::iso42001`]; the justification of an
//! included control names the risks of the register it treats.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::analysis::coverage::{FrameworkCoverage, RequirementCoverage, Status};
use crate::render::RenderContext;
use crate::render::frameworks::iso42001;
use crate::render::job::Job;
use crate::render::table::Table;
use crate::render::views::{
    ConclusionDetails, FrameworkRef, MappedControl, ProjectInfo, conclusion_details, mapped_control,
};
use crate::resolve::model::{EntryKind, RequirementId, RiskId};

/// The folder of its files.
const FOLDER: &str = "statement-of-applicability";

/// The ISO/IEC 42001 versions in scope.
fn in_scope<'c>(ctx: &'c RenderContext<'_>) -> impl Iterator<Item = &'c FrameworkCoverage> {
    ctx.coverage
        .frameworks
        .iter()
        .filter(|f| ctx.model.framework(f.framework).name == iso42001::NAME)
}

/// The job: one, with three files per ISO/IEC 42001 version in scope (no
/// file when none is).
pub(super) fn plan<'c>(ctx: &'c RenderContext<'c>) -> Vec<Job<'c>> {
    let mut job = Job::new(5, |files| {
        for framework in in_scope(ctx) {
            let document = document(ctx, framework);
            files.templates(&["statement-of-applicability.md"], &document)?;
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
            .file(format!("{path}.md"), format!("{key}, Markdown"))
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
    /// Annex A objectives (`A.2`…), in catalog order.
    pub objectives: Vec<SoaObjective>,
    /// How many Annex A controls are included and excluded.
    pub included: usize,
    /// How many are excluded.
    pub excluded: usize,
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
    /// Whether it is included (not excluded).
    pub included: bool,
    /// Why it is included (the risks it addresses, or that controls
    /// implement it) or why it is excluded (the written justification).
    pub justification: String,
    /// The project's controls that implement it, by identifier, each with
    /// its mapping's relationship and review status.
    pub controls: Vec<MappedControl>,
    /// `implemented`, `implemented (combined)` (by controls together, on a
    /// conclusion), `partially implemented`, `not implemented` or
    /// `excluded`.
    pub implementation: String,
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
    let mut objectives = Vec::new();
    let (mut included, mut excluded) = (0, 0);
    for objective in annex.map(|a| ctx.graph.children(a)).unwrap_or_default() {
        let mut controls = Vec::new();
        for id in descendants(ctx, objective) {
            let Some(coverage) = by_requirement.get(&id) else {
                continue;
            };
            let row = soa_row(ctx, coverage);
            if row.included {
                included += 1;
            } else {
                excluded += 1;
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
    SoaDocument {
        project: ctx.project.clone(),
        framework: FrameworkRef::new(model, framework.framework),
        objectives,
        included,
        excluded,
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

fn soa_row(ctx: &RenderContext<'_>, coverage: &RequirementCoverage) -> SoaRow {
    let model = ctx.model;
    let requirement = model.requirement(coverage.requirement);
    let mut controls: Vec<MappedControl> = coverage
        .direct
        .iter()
        .filter(|d| d.relationship.meets())
        .map(|d| mapped_control(model.control(d.control), d.mapping))
        .collect();
    controls.sort();
    // The risks of the register (those the project faces) that bear on it.
    let risks: Vec<RiskId> = ctx
        .graph
        .risks_touching(coverage.requirement)
        .into_iter()
        .filter(|r| ctx.readiness().risks.iter().any(|e| e.id == *r))
        .collect();
    let (included, implementation, justification) = if let Some(e) = coverage.exclusion {
        (false, "excluded", model.exclusions[e].reason.clone())
    } else {
        let implementation = match coverage.status {
            Status::Covered if coverage.combined() => "implemented (combined)",
            Status::Covered => "implemented",
            Status::Partial => "partially implemented",
            Status::Informative => "informative (not an obligation)",
            _ => "not implemented",
        };
        // Why the control is included: the risks of the register it
        // treats; else that the AI management system needs it. How far
        // it is implemented is the implementation column's to say.
        let justification = if risks.is_empty() {
            "Included: needed by the AI management system for the systems in scope; no risk in the register names it.".to_owned()
        } else {
            let names: Vec<String> = risks
                .iter()
                .map(|&r| format!("{} ({})", model.risk(r).title, model.risk(r).id))
                .collect();
            format!("Included to treat risks: {}.", names.join("; "))
        };
        (true, implementation, justification)
    };
    SoaRow {
        id: requirement.shown().to_owned(),
        title: requirement.title.clone(),
        included,
        justification,
        controls,
        implementation: implementation.to_owned(),
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
            ("Included", 9),
            ("Justification", 48),
            ("Implementing controls", 32),
            ("Implementation", 18),
            ("Conclusion (controls together)", 48),
        ],
    );
    for objective in &document.objectives {
        for row in &objective.controls {
            table.push(vec![
                format!("{} {}", objective.id, objective.title),
                row.id.clone(),
                row.title.clone(),
                if row.included { "yes" } else { "no" }.to_owned(),
                row.justification.clone(),
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
                row.implementation.clone(),
                row.conclusion
                    .as_ref()
                    .map(|c| c.summary.clone())
                    .unwrap_or_default(),
            ]);
        }
    }
    table
}
