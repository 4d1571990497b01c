//! The index page (`index.html`, in every build): the headline figures of
//! every framework in scope and a link to every file rendered, by document.

use serde::Serialize;

use super::RenderContext;
use super::views::{FrameworkRef, ProjectInfo};
use crate::analysis::coverage::Counts;

/// A link on the index page.
#[derive(Debug, Clone, Serialize)]
pub struct IndexLink {
    /// The file's path in the output folder.
    pub path: String,
    /// What it is (`soc2@2017, HTML`).
    pub label: String,
}

/// A section of the index page.
#[derive(Debug, Clone, Serialize)]
pub struct IndexSection {
    /// The kind's heading.
    pub heading: String,
    /// Its files.
    pub links: Vec<IndexLink>,
}

/// The index page: the headline figures and every rendered file, by kind.
#[derive(Debug, Clone, Serialize)]
pub struct IndexDocument {
    /// Where the documents come from.
    pub project: ProjectInfo,
    /// The headline figures of every framework in scope.
    pub coverage: Vec<CoverageSummary>,
    /// What the headline figure means ([`crate::analysis::coverage::HEADLINE_DEFINITION`]).
    pub headline_definition: String,
    /// One section per kind rendered.
    pub sections: Vec<IndexSection>,
}

/// The headline figures of one framework, for the index page.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageSummary {
    /// The framework.
    pub framework: FrameworkRef,
    /// Counts by status, as the coverage report's
    /// [`CoverageSection::counts`](super::documents::coverage::CoverageSection::counts).
    pub counts: Counts,
    /// The headline figure, as the coverage report's
    /// [`CoverageSection::percent_covered`](super::documents::coverage::CoverageSection::percent_covered).
    pub percent_covered: Option<usize>,
}

impl IndexDocument {
    /// The index page of these sections.
    pub fn new(ctx: &RenderContext<'_>, sections: Vec<IndexSection>) -> Self {
        Self {
            project: ctx.project.clone(),
            coverage: ctx
                .coverage
                .frameworks
                .iter()
                .map(|f| CoverageSummary {
                    framework: FrameworkRef::new(ctx.model, f.framework),
                    counts: f.counts,
                    percent_covered: f.counts.percent_covered(),
                })
                .collect(),
            headline_definition: crate::analysis::coverage::HEADLINE_DEFINITION.to_owned(),
            sections,
        }
    }
}
