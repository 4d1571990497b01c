//! The control matrices (`--only matrix`): per framework in scope, its
//! requirements with each control that meets them (HTML, Markdown, CSV);
//! the inverse view, controls × frameworks (HTML, Markdown, CSV); and one
//! workbook of them all (XLSX).

use serde::Serialize;

use crate::render::RenderContext;
use crate::render::job::Job;
use crate::render::table::Table;
use crate::render::templates::{AnchorKind, anchor};
use crate::render::views::{
    self, ConclusionDetails, ControlView, FrameworkDocument, FrameworkRef, MappingView,
    ProjectInfo, conclusion_details, mapped_requirement, sorted_controls,
};
use crate::resolve::model::{Control, FrameworkId};
use crate::vocabulary::review_label;

/// The folder of its files.
const FOLDER: &str = "control-matrix";

/// The jobs: one per framework in scope, controls × frameworks, and the
/// workbook of every matrix.
pub(super) fn plan<'c>(ctx: &'c RenderContext<'c>) -> Vec<Job<'c>> {
    let mut jobs: Vec<Job<'c>> = ctx
        .coverage
        .frameworks
        .iter()
        .enumerate()
        .map(|(index, framework)| {
            let FrameworkRef { slug, key, .. } = FrameworkRef::new(ctx.model, framework.framework);
            let path = format!("{FOLDER}/{slug}");
            Job::new(1, move |files| {
                let document = ctx.framework_document(index);
                files.pages("control-matrix", &*document)?;
                files.csv(&matrix_table(&document))
            })
            .of_framework(index)
            .pages(&path, &key)
            .file(format!("{path}.csv"), format!("{key}, CSV"))
        })
        .collect();
    let (path, what) = (format!("{FOLDER}/controls"), "controls × frameworks");
    jobs.push(
        Job::new(5, |files| {
            let controls = controls_document(ctx);
            files.pages("controls", &controls)?;
            files.csv(&controls_table(&controls))
        })
        .pages(&path, what)
        .file(format!("{path}.csv"), format!("{what}, CSV")),
    );
    jobs.push(
        Job::new(9, |files| {
            // Each sheet's table is built only when its turn comes, so the
            // workbook never waits on every table at once; the view is the
            // one the framework's matrix and mapping share while they hold
            // it.
            let sheets = (0..ctx.coverage.frameworks.len())
                .map(|index| matrix_table(&ctx.framework_sheet_document(index)))
                .chain(std::iter::once_with(|| {
                    controls_table(&controls_document(ctx))
                }));
            files.xlsx(sheets, "Control matrix")
        })
        .file(
            format!("{FOLDER}/control-matrix.xlsx"),
            "every framework and controls × frameworks, XLSX",
        ),
    );
    jobs
}

/// The inverse control matrix: each control with the requirements it maps
/// to in each framework.
#[derive(Debug, Clone, Serialize)]
pub struct ControlsDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// The frameworks, in column order.
    pub frameworks: Vec<FrameworkRef>,
    /// Per framework (same order), its auditor mapping page relative to
    /// this document's folder, when this build writes it: the requirements
    /// and controls link there.
    pub mapping_pages: Vec<Option<String>>,
    /// [`views::REVIEWED_BY_CONTROL`], as the documents introduce the
    /// requirements a control maps to meeting none of them.
    pub reviewed_lead: String,
    /// Every control, in identifier order.
    pub controls: Vec<ControlRow>,
}

/// One control of the inverse matrix.
#[derive(Debug, Clone, Serialize)]
pub struct ControlRow {
    /// The control.
    pub control: ControlView,
    /// The control's element id (`control-AI-SEC-01`).
    pub anchor: String,
    /// Per framework (same order as the document's `frameworks`), the
    /// requirements it meets at least in part, each as `ID (relationship,
    /// review status)`.
    pub mappings: Vec<Vec<String>>,
    /// Per framework, the element id in the framework's auditor mapping of
    /// each requirement of `mappings` (same order): plain lists of strings,
    /// which a template reads at a fraction of the memory of one object per
    /// mapping (the corpus has about 100,000).
    pub anchors: Vec<Vec<String>>,
    /// Per framework, the requirements it maps to meeting none of them
    /// (`related`, `no-relationship`), as `mappings`: listed apart, never
    /// as mappings.
    pub reviewed: Vec<Vec<String>>,
    /// Per framework, the element ids of `reviewed`'s requirements.
    pub reviewed_anchors: Vec<Vec<String>>,
    /// The conclusions it takes part in (requirements it meets together
    /// with other controls), in framework and catalog order.
    pub conclusions: Vec<ConclusionDetails>,
}

/// The inverse control matrix over the frameworks in scope.
pub fn controls_document(ctx: &RenderContext<'_>) -> ControlsDocument {
    let model = ctx.model;
    let frameworks: Vec<FrameworkId> = ctx
        .coverage
        .frameworks
        .iter()
        .map(|f| f.framework)
        .collect();
    // The conclusions in scope, in framework and catalog order.
    let mut in_scope: Vec<usize> = (0..model.conclusions.len())
        .filter(|&c| {
            frameworks.contains(
                &model
                    .requirement(model.conclusions[c].requirement)
                    .framework,
            )
        })
        .collect();
    in_scope.sort_by_key(|&c| {
        let requirement = model.conclusions[c].requirement;
        (
            model
                .framework(model.requirement(requirement).framework)
                .key(),
            requirement,
        )
    });
    // Each framework's column, and per control the conclusions in scope it
    // is a member of (in scope order): found once, not searched for each
    // control.
    let mut columns: std::collections::BTreeMap<FrameworkId, Vec<usize>> =
        std::collections::BTreeMap::new();
    for (i, &f) in frameworks.iter().enumerate() {
        columns.entry(f).or_default().push(i);
    }
    let mut member_of: Vec<Vec<usize>> = vec![Vec::new(); model.controls.len()];
    for &c in &in_scope {
        for member in &model.conclusions[c].members {
            let of = &mut member_of[member.control.index()];
            // A control named twice in one conclusion is listed once.
            if of.last() != Some(&c) {
                of.push(c);
            }
        }
    }
    // Per framework, the requirements `control` maps to that meet it (or
    // not), as labels and as anchors, each framework's in mapping order.
    let requirements = |control: &Control, meets: bool| -> (Vec<Vec<String>>, Vec<Vec<String>>) {
        let mut labels = vec![Vec::new(); frameworks.len()];
        let mut anchors = vec![Vec::new(); frameworks.len()];
        for m in control
            .satisfies
            .iter()
            .filter(|m| m.relationship.meets() == meets)
        {
            let requirement = model.requirement(m.requirement);
            let Some(columns) = columns.get(&requirement.framework) else {
                continue;
            };
            let mapped = mapped_requirement(
                &requirement.id,
                requirement.shown(),
                &m.relationship.to_string(),
                review_label(m.attributes.status),
            );
            for &i in columns {
                labels[i].push(mapped.label.clone());
                anchors[i].push(mapped.anchor.clone());
            }
        }
        (labels, anchors)
    };
    let controls = sorted_controls(model)
        .into_iter()
        .map(|(id, control)| {
            let (mappings, anchors) = requirements(control, true);
            let (reviewed, reviewed_anchors) = requirements(control, false);
            ControlRow {
                control: ControlView::new(model, control),
                anchor: anchor(&control.id, AnchorKind::Control),
                mappings,
                anchors,
                reviewed,
                reviewed_anchors,
                conclusions: member_of[id.index()]
                    .iter()
                    .map(|&c| conclusion_details(ctx, c))
                    .collect(),
            }
        })
        .collect();
    let frameworks = views::frameworks(ctx);
    ControlsDocument {
        project: ctx.project.clone(),
        mapping_pages: frameworks
            .iter()
            .map(|f| views::mapping_page(ctx, f))
            .collect(),
        frameworks,
        reviewed_lead: views::REVIEWED_BY_CONTROL.to_owned(),
        controls,
    }
}

/// A mapping's relationship as a matrix cell: with the words "not part
/// of the conclusion" when the requirement's conclusion does not name it.
fn relationship_cell(mapping: &MappingView) -> String {
    if mapping.outside_conclusion {
        format!("{} (not part of the conclusion)", mapping.relationship)
    } else {
        mapping.relationship.clone()
    }
}

/// The control matrix of one framework as a table: one row per requirement
/// and control (a requirement without a control gets one row).
fn matrix_table(document: &FrameworkDocument) -> Table {
    let mut table = Table::new(
        document.framework.key.as_str(),
        [
            ("Requirement", 14),
            ("Title", 36),
            ("Status", 12),
            ("Control", 12),
            ("Control title", 32),
            ("Relationship", 12),
            ("Review status", 10),
            ("Owner", 20),
            ("Frequency", 12),
            ("Evidence", 36),
            ("Test", 48),
            ("Notes", 36),
        ],
    );
    for row in &document.requirements {
        let first = vec![
            row.display.clone(),
            row.title.clone(),
            row.status_label.clone(),
        ];
        let notes = row.notes.clone();
        if row.mappings.is_empty() {
            let mut cells = first.clone();
            cells.extend(std::iter::repeat_n(String::new(), 8));
            cells.push(notes.clone());
            table.push(cells);
        }
        for mapping in &row.mappings {
            let control = &mapping.control;
            let mut cells = first.clone();
            cells.extend([
                control.id.clone(),
                control.title.clone(),
                relationship_cell(mapping),
                mapping.review_status.clone(),
                control.owner.clone().unwrap_or_default(),
                control.frequency.clone().unwrap_or_default(),
                control
                    .evidence
                    .iter()
                    .map(|e| e.name.clone())
                    .collect::<Vec<_>>()
                    .join("\n"),
                control.tests.join("\n"),
                notes.clone(),
            ]);
            table.push(cells);
        }
    }
    table
}

/// Controls × frameworks as a table.
fn controls_table(document: &ControlsDocument) -> Table {
    let mut columns: Vec<(String, u16)> = [
        ("Control", 12),
        ("Title", 32),
        ("Owner", 20),
        ("Frequency", 12),
    ]
    .iter()
    .map(|&(h, w)| (h.to_owned(), w))
    .collect();
    columns.extend(document.frameworks.iter().map(|f| (f.key.clone(), 28)));
    columns.push(("Conclusions (controls together)".to_owned(), 48));
    let mut table = Table::new("Controls", columns);
    for row in &document.controls {
        let control = &row.control;
        let mut cells = vec![
            control.id.clone(),
            control.title.clone(),
            control.owner.clone().unwrap_or_default(),
            control.frequency.clone().unwrap_or_default(),
        ];
        cells.extend(
            row.mappings
                .iter()
                .zip(&row.reviewed)
                .map(|(meets, reviewed)| {
                    let mut lines = meets.clone();
                    if !reviewed.is_empty() {
                        lines.push(format!(
                            "{}: {}",
                            views::REVIEWED_BY_CONTROL,
                            reviewed.join(", ")
                        ));
                    }
                    lines.join("\n")
                }),
        );
        cells.push(
            row.conclusions
                .iter()
                .map(|c| format!("{}: {}", c.requirement, c.summary))
                .collect::<Vec<_>>()
                .join("\n"),
        );
        table.push(cells);
    }
    table
}
