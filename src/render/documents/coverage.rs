//! The coverage and gap report (`--only coverage`): per framework in scope
//! the headline figure, a bar of every status, the requirements covered by
//! controls together and the gaps (HTML, Markdown), with the coverage and
//! the risk register as JSON.

use serde::Serialize;

use crate::analysis::coverage::view::{CoverageView, CsocView};
use crate::analysis::coverage::{Counts, Status};
use crate::analysis::readiness::Readiness;
use crate::render::RenderContext;
use crate::render::job::Job;
use crate::render::templates::{AnchorKind, TocEntry, anchor};
use crate::render::views::{
    self, COMBINED_CELL, FrameworkRef, ProjectInfo, RequirementRow, requirement_row,
};

/// The name of the risk register's section (its element id is
/// `section-readiness`).
const READINESS: &str = "readiness";

/// The folder of its files.
const FOLDER: &str = "coverage";

/// The job: one.
pub(super) fn plan<'c>(ctx: &'c RenderContext<'c>) -> Vec<Job<'c>> {
    let job = Job::new(8, |files| {
        files.pages("coverage", &document(ctx))?;
        files.json(&CoverageView::new(ctx.model, ctx.coverage))?;
        files.json(ctx.readiness())
    })
    .pages(&format!("{FOLDER}/coverage"), "")
    .file(
        format!("{FOLDER}/coverage.json"),
        "JSON (as `crosswalk coverage --format json`)",
    )
    .file(
        format!("{FOLDER}/risks.json"),
        "risk register, JSON (as `crosswalk risks --format json`)",
    );
    vec![job]
}

/// The coverage and gap report.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// One entry per framework in scope, sorted by key.
    pub frameworks: Vec<CoverageSection>,
    /// What the headline figure (`percent_covered`) means, in one
    /// paragraph: [`crate::analysis::coverage::HEADLINE_DEFINITION`].
    pub headline_definition: String,
    /// The page's table of contents: each framework's section, then the
    /// risk register.
    pub toc: Vec<TocEntry>,
    /// AI readiness: the risk register (as `crosswalk risks --format
    /// json`): each risk the components bring or the controls mitigate,
    /// its controls and the gaps it leaves per framework.
    pub readiness: Readiness,
}

/// The coverage of one framework.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageSection {
    /// The framework.
    pub framework: FrameworkRef,
    /// The element id of its section (`section-soc2-2017`).
    pub anchor: String,
    /// Its auditor mapping page relative to this document's folder, when
    /// this build writes it: each requirement listed links to its section
    /// there.
    pub mapping_page: Option<String>,
    /// Counts by status (`covered` with its parts `covered_direct` and
    /// `covered_combined`, `partial`, `derived`, `uncovered`, `carved_out`,
    /// `excluded`, `not_applicable`, `informative`, `applicable`).
    pub counts: Counts,
    /// Requirements that apply (all but excluded, not applicable and
    /// informative).
    pub applicable: usize,
    /// The headline figure: requirements covered (directly or combined) as
    /// a whole percentage of those that apply, rounded down
    /// ([`Counts::percent_covered`]); `none` when none applies.
    pub percent_covered: Option<usize>,
    /// The bar: one segment per status with a count, covered directly and
    /// covered combined apart, left to right.
    pub bar: Vec<BarSegment>,
    /// Requirements covered only by a conclusion (controls together), in
    /// catalog order.
    pub combined: Vec<RequirementRow>,
    /// Requirements that apply and are not covered: uncovered, partial and
    /// derived, in catalog order.
    pub gaps: Vec<RequirementRow>,
    /// Informative entries, listed apart and never gaps: those that define,
    /// classify, presume or empower, and the systems' classification
    /// bases, in catalog order.
    pub informative: Vec<RequirementRow>,
    /// Requirements met by the controls of a carved-out subservice
    /// organisation, each with those controls (CSOCs): listed apart, never
    /// gaps, in catalog order.
    pub carved_out: Vec<CarvedOutRow>,
}

/// A requirement met by the controls of a carved-out subservice
/// organisation.
#[derive(Debug, Clone, Serialize)]
pub struct CarvedOutRow {
    /// The requirement, with the project's own mappings to it (partial ones
    /// at most).
    pub requirement: RequirementRow,
    /// The CSOCs that support it.
    pub csocs: Vec<CsocView>,
}

/// One segment of a coverage bar, in units of a 1000-wide bar.
#[derive(Debug, Clone, Serialize)]
pub struct BarSegment {
    /// The status it counts (`covered`, `covered-combined`, `partial`,
    /// `derived`, `uncovered`, `carved-out`, `excluded`, `not-applicable`,
    /// `informative`): also the name of its colour.
    pub status: String,
    /// How the legend names it (`covered directly`, `covered (combined)`,
    /// `not applicable`…).
    pub label: String,
    /// How many requirements.
    pub count: usize,
    /// Left edge.
    pub x: usize,
    /// Width.
    pub width: usize,
}

/// The coverage and gap report.
pub fn document(ctx: &RenderContext<'_>) -> CoverageDocument {
    let frameworks = ctx
        .coverage
        .frameworks
        .iter()
        .map(|f| {
            let counts = f.counts;
            let total: usize = Status::ALL.iter().map(|&s| counts.get(s)).sum();
            let mut bar = Vec::new();
            let mut x = 0;
            // Covered directly and covered combined are drawn apart.
            let drawn: Vec<(&str, &str, usize)> = Status::ALL
                .into_iter()
                .flat_map(|status| match status {
                    Status::Covered => vec![
                        ("covered", "covered directly", counts.direct()),
                        ("covered-combined", COMBINED_CELL, counts.combined),
                    ],
                    Status::NotApplicable => {
                        vec![(status.as_str(), "not applicable", counts.get(status))]
                    }
                    Status::CarvedOut => {
                        vec![(status.as_str(), "carved out", counts.get(status))]
                    }
                    _ => vec![(status.as_str(), status.as_str(), counts.get(status))],
                })
                .filter(|&(_, _, count)| count > 0)
                .collect();
            for (i, &(status, label, count)) in drawn.iter().enumerate() {
                // The last segment takes what rounding left, so the bar
                // always ends at 1000.
                let width = if i + 1 == drawn.len() {
                    1000 - x
                } else {
                    count * 1000 / total.max(1)
                };
                bar.push(BarSegment {
                    status: status.to_owned(),
                    label: label.to_owned(),
                    count,
                    x,
                    width,
                });
                x += width;
            }
            let framework = FrameworkRef::new(ctx.model, f.framework);
            CoverageSection {
                anchor: anchor(&framework.slug, AnchorKind::Section),
                mapping_page: views::mapping_page(ctx, &framework),
                framework,
                counts,
                applicable: counts.applicable(),
                percent_covered: counts.percent_covered(),
                bar,
                combined: f
                    .requirements
                    .iter()
                    .filter(|r| r.combined())
                    .map(|r| requirement_row(ctx, r))
                    .collect(),
                gaps: f
                    .requirements
                    .iter()
                    .filter(|r| {
                        matches!(
                            r.status,
                            Status::Uncovered | Status::Partial | Status::Derived
                        )
                    })
                    .map(|r| requirement_row(ctx, r))
                    .collect(),
                informative: f
                    .requirements
                    .iter()
                    .filter(|r| r.status == Status::Informative)
                    .map(|r| requirement_row(ctx, r))
                    .collect(),
                carved_out: f
                    .requirements
                    .iter()
                    .filter(|r| r.status == Status::CarvedOut)
                    .map(|r| CarvedOutRow {
                        requirement: requirement_row(ctx, r),
                        csocs: CsocView::list(ctx.model, &r.csocs),
                    })
                    .collect(),
            }
        })
        .collect::<Vec<CoverageSection>>();
    let toc = frameworks
        .iter()
        .map(|s| TocEntry {
            anchor: s.anchor.clone(),
            label: format!("{} ({})", s.framework.title, s.framework.key),
        })
        .chain(std::iter::once(TocEntry {
            anchor: anchor(READINESS, AnchorKind::Section),
            label: "AI readiness: risks, their controls and residual gaps".to_owned(),
        }))
        .collect();
    CoverageDocument {
        project: ctx.project.clone(),
        toc,
        frameworks,
        headline_definition: crate::analysis::coverage::HEADLINE_DEFINITION.to_owned(),
        readiness: ctx.readiness().clone(),
    }
}
