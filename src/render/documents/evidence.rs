//! The evidence request list (`--only evidence`): per control and
//! evidence item, where it is kept and what an auditor will sample over the
//! Type II period (CSV, XLSX).

use serde::Serialize;

use crate::render::RenderContext;
use crate::render::frameworks::soc2;
use crate::render::job::Job;
use crate::render::table::Table;
use crate::render::views::{ProjectInfo, sorted_controls};

/// The folder of its files.
const FOLDER: &str = "evidence-requests";

/// The job: one.
pub(super) fn plan<'c>(ctx: &'c RenderContext<'c>) -> Vec<Job<'c>> {
    let path = format!("{FOLDER}/evidence-requests");
    let job = Job::new(5, |files| {
        let table = evidence_table(&document(ctx, ctx.options.period_months));
        files.csv(&table)?;
        files.xlsx([table], "Evidence request list")
    })
    .file(format!("{path}.csv"), "CSV")
    .file(format!("{path}.xlsx"), "XLSX");
    vec![job]
}

/// The evidence request list: what an auditor asks for, per control.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// The length of the Type II period the samples are planned for.
    pub period_months: u32,
    /// One row per control and evidence item, in control order.
    pub rows: Vec<EvidenceRow>,
}

/// One evidence request.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRow {
    /// Control identifier.
    pub control: String,
    /// Control title.
    pub title: String,
    /// Who runs the control.
    pub owner: Option<String>,
    /// How often it operates.
    pub frequency: Option<String>,
    /// The evidence item (absent when the control declares none).
    pub evidence: Option<String>,
    /// The system it is kept in.
    pub system: Option<String>,
    /// How long it is kept.
    pub retention: Option<String>,
    /// How many times the control operates in the period (`52`, or words
    /// for a population that depends on events or working days).
    pub population: String,
    /// How many occurrences an auditor will typically sample.
    pub sample: String,
}

/// The evidence request list for a Type II period of `period_months`.
pub fn document(ctx: &RenderContext<'_>, period_months: u32) -> EvidenceDocument {
    let mut rows = Vec::new();
    for (_, control) in sorted_controls(ctx.model) {
        let (population, sample) =
            soc2::sample_plan(control.frequency, control.automation, period_months);
        let base = EvidenceRow {
            control: control.id.clone(),
            title: control.title.clone(),
            owner: control.owner.clone(),
            frequency: control.frequency.map(|f| f.to_string()),
            evidence: None,
            system: None,
            retention: None,
            population,
            sample,
        };
        if control.evidence.is_empty() {
            rows.push(base.clone());
        }
        for evidence in &control.evidence {
            rows.push(EvidenceRow {
                evidence: Some(evidence.name.clone()),
                system: evidence.system.clone(),
                retention: evidence.retention.map(|r| r.to_string()),
                ..base.clone()
            });
        }
    }
    EvidenceDocument {
        project: ctx.project.clone(),
        period_months,
        rows,
    }
}

/// The evidence request list as a table.
fn evidence_table(document: &EvidenceDocument) -> Table {
    let months = crate::wording::plural(document.period_months as usize, "month");
    let population = format!("Population ({months})");
    let mut table = Table::new(
        "Evidence requests",
        [
            ("Control", 12),
            ("Control title", 32),
            ("Owner", 20),
            ("Frequency", 12),
            ("Evidence", 36),
            ("System", 20),
            ("Retention", 10),
            (population.as_str(), 22),
            ("Sample", 24),
        ],
    );
    for row in &document.rows {
        table.push(vec![
            row.control.clone(),
            row.title.clone(),
            row.owner.clone().unwrap_or_default(),
            row.frequency.clone().unwrap_or_default(),
            row.evidence
                .clone()
                .unwrap_or_else(|| "(no evidence declared)".to_owned()),
            row.system.clone().unwrap_or_default(),
            row.retention.clone().unwrap_or_default(),
            row.population.clone(),
            row.sample.clone(),
        ]);
    }
    table
}
