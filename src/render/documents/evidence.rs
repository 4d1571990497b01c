//! The evidence request list (`--only evidence`): per control and
//! evidence item, where it is kept, for how long, how often it is produced,
//! the SOC 2 criteria it supports, how it is tested and what an auditor will
//! sample over the Type II period (CSV, XLSX, HTML).

use serde::Serialize;

use crate::render::RenderContext;
use crate::render::frameworks::soc2;
use crate::render::job::Job;
use crate::render::table::{Cell, Table};
use crate::render::views::{ProjectInfo, sorted_controls};
use crate::resolve::model::{Control, Evidence};
use crate::wording::plural;

/// The folder of its files.
const FOLDER: &str = "evidence-requests";

/// The job: one.
pub(super) fn plan<'c>(ctx: &'c RenderContext<'c>) -> Vec<Job<'c>> {
    let path = format!("{FOLDER}/evidence-requests");
    let job = Job::new(5, |files| {
        let document = document(ctx, period(ctx));
        let table = evidence_table(&document);
        files.csv(&table)?;
        files.xlsx([table], "Evidence request list")?;
        files.templates(&["evidence-requests.html"], &document)
    })
    .file(format!("{path}.csv"), "CSV")
    .file(format!("{path}.xlsx"), "XLSX")
    .file(format!("{path}.html"), "HTML");
    vec![job]
}

/// The period the samples are planned for, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Period {
    /// Its length in whole months (at least 1 when used).
    pub months: u32,
    /// Where the length comes from, for the reader.
    pub source: String,
}

/// The months assumed when neither the build nor the project states a
/// Type II period.
const DEFAULT_PERIOD_MONTHS: u32 = 12;

/// The period the samples are planned for: the build's `--period-months`
/// when given, else the Type II period the first system (in source order)
/// states with `soc2 report type-2 from … to …`, else 12 months, saying
/// which.
fn period(ctx: &RenderContext<'_>) -> Period {
    if let Some(months) = ctx.options.period_months {
        return Period {
            months,
            source: "as `crosswalk build --period-months` sets it".to_owned(),
        };
    }
    let stated = ctx.model.systems.iter().find_map(|system| {
        let report = system.report.as_ref()?;
        Some((system, report, report.period_months()?))
    });
    match stated {
        Some((system, report, months)) => Period {
            months,
            source: format!(
                "the Type II period {} to {} that system \"{}\" states",
                report.from.as_deref().unwrap_or_default(),
                report.to,
                system.name
            ),
        },
        None => Period {
            months: DEFAULT_PERIOD_MONTHS,
            source: "assumed: no system states a Type II period (`soc2 report type-2 from \"…\" to \"…\"`) and `--period-months` is not given".to_owned(),
        },
    }
}

/// The evidence request list: what an auditor asks for, per control.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// The length of the Type II period the samples are planned for.
    pub period_months: u32,
    /// The period as the document prints it (`12 months`).
    pub period: String,
    /// Where the period comes from.
    pub period_source: String,
    /// One row per control and evidence item, in control order.
    pub rows: Vec<EvidenceRow>,
}

/// One evidence request.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRow {
    /// Control identifier.
    pub control: String,
    /// Whether this is the control's first row (its anchor on the page).
    pub first: bool,
    /// Control title.
    pub title: String,
    /// Who runs the control.
    pub owner: Option<String>,
    /// How often the control operates.
    pub control_frequency: Option<String>,
    /// The evidence item (absent when the control declares none).
    pub evidence: Option<String>,
    /// How often the item is produced: its own frequency, else the
    /// control's.
    pub frequency: Option<String>,
    /// Whether `frequency` is the control's (the item states none).
    pub frequency_inherited: bool,
    /// The system it is kept in.
    pub system: Option<String>,
    /// How long it is kept, normalised (`5 years`).
    pub retention: Option<String>,
    /// How many times the item is produced in the period (`52`, or words
    /// for a population that depends on events or working days).
    pub population: String,
    /// How many occurrences an auditor will typically sample.
    pub sample: String,
    /// The SOC 2 criteria the control's mappings meet (at least in part).
    pub criteria: Vec<String>,
    /// The control's test procedures.
    pub tests: Vec<String>,
}

/// The evidence request list for a Type II period.
pub fn document(ctx: &RenderContext<'_>, period: Period) -> EvidenceDocument {
    let mut rows = Vec::new();
    for (_, control) in sorted_controls(ctx.model) {
        let criteria = criteria(ctx, control);
        let start = rows.len();
        if control.evidence.is_empty() {
            rows.push(row(control, None, &criteria, period.months));
        }
        for evidence in &control.evidence {
            rows.push(row(control, Some(evidence), &criteria, period.months));
        }
        if let Some(first) = rows.get_mut(start) {
            first.first = true;
        }
    }
    EvidenceDocument {
        project: ctx.project.clone(),
        period_months: period.months,
        period: plural(period.months as usize, "month"),
        period_source: period.source,
        rows,
    }
}

/// One row: a control and one of its evidence items (or none).
fn row(
    control: &Control,
    evidence: Option<&Evidence>,
    criteria: &[String],
    period_months: u32,
) -> EvidenceRow {
    let frequency = evidence.map_or(control.frequency, |e| e.frequency_or(control));
    let (population, sample) = soc2::sample_plan(frequency, control.automation, period_months);
    EvidenceRow {
        control: control.id.clone(),
        first: false,
        title: control.title.clone(),
        owner: control.owner.clone(),
        control_frequency: control.frequency.map(|f| f.to_string()),
        evidence: evidence.map(|e| e.name.clone()),
        frequency: frequency.map(|f| f.to_string()),
        frequency_inherited: evidence.is_none_or(|e| e.frequency.is_none()),
        system: evidence.and_then(|e| e.system.clone()),
        retention: evidence.and_then(|e| e.retention.map(|r| r.to_string())),
        population,
        sample,
        criteria: criteria.to_vec(),
        tests: control.tests.clone(),
    }
}

/// The SOC 2 criteria a control's mappings meet, in catalog order, each
/// once; named with their version (`soc2@2017:CC6.1`) when the control
/// maps to more than one version of SOC 2.
fn criteria(ctx: &RenderContext<'_>, control: &Control) -> Vec<String> {
    let model = ctx.model;
    let mut met: Vec<_> = control
        .satisfies
        .iter()
        .filter(|m| m.relationship.meets())
        .map(|m| m.requirement)
        .filter(|&r| model.framework(model.requirement(r).framework).name == soc2::NAME)
        .collect();
    met.sort_unstable();
    met.dedup();
    let mut versions: Vec<_> = met
        .iter()
        .map(|&r| model.requirement(r).framework)
        .collect();
    versions.dedup();
    met.into_iter()
        .map(|r| {
            let requirement = model.requirement(r);
            let id = requirement.display.as_deref().unwrap_or(&requirement.id);
            if versions.len() > 1 {
                format!("{}:{id}", model.framework(requirement.framework).key())
            } else {
                id.to_owned()
            }
        })
        .collect()
}

/// The evidence request list as a table: population and sample are number
/// cells where they are numbers.
fn evidence_table(document: &EvidenceDocument) -> Table {
    let population = format!("Population ({})", document.period);
    let mut table = Table::new(
        "Evidence requests",
        [
            ("Control", 12),
            ("Control title", 32),
            ("Owner", 20),
            ("Control frequency", 12),
            ("Evidence", 36),
            ("Evidence frequency", 12),
            ("System", 20),
            ("Retention", 12),
            (population.as_str(), 22),
            ("Sample", 24),
            ("SOC 2 criteria", 16),
            ("Test procedure", 48),
        ],
    );
    for row in &document.rows {
        let text = |value: &Option<String>| Cell::Text(value.clone().unwrap_or_default());
        table.push_cells(vec![
            Cell::Text(row.control.clone()),
            Cell::Text(row.title.clone()),
            text(&row.owner),
            text(&row.control_frequency),
            Cell::Text(
                row.evidence
                    .clone()
                    .unwrap_or_else(|| "(no evidence declared)".to_owned()),
            ),
            text(&row.frequency),
            text(&row.system),
            text(&row.retention),
            Cell::count(&row.population),
            Cell::count(&row.sample),
            Cell::Text(row.criteria.join(", ")),
            Cell::Text(row.tests.join("\n")),
        ]);
    }
    table
}
