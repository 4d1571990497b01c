//! What every document is built from: the model, its graph and coverage,
//! where the documents come from and what to render, with the analyses
//! that only some documents need computed on first use.

use std::collections::BTreeMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::BuildOptions;
use super::views::ProjectInfo;
use crate::analysis::coverage::{Coverage, RequirementCoverage};
use crate::analysis::readiness::{Readiness, readiness};
use crate::graph::ControlGraph;
use crate::resolve::Model;

/// The inputs of one build, shared by every document it renders (and by
/// every thread that renders them).
pub struct RenderContext<'a> {
    /// The resolved model.
    pub model: &'a Model,
    /// Its graph.
    pub graph: &'a ControlGraph,
    /// Its coverage over the frameworks in scope.
    pub coverage: &'a Coverage,
    /// Where the documents come from.
    pub project: ProjectInfo,
    /// What to render.
    pub options: BuildOptions,
    /// The coverage of each concluded requirement in scope, by conclusion
    /// (index into the model's list).
    concluded: BTreeMap<usize, &'a RequirementCoverage>,
    /// The risk register, computed by the first document that asks.
    readiness: OnceLock<Readiness>,
    /// How many times the register was computed (0 or 1).
    readiness_runs: AtomicUsize,
}

impl<'a> RenderContext<'a> {
    /// The context of a build of `model` with this graph and coverage.
    /// Nothing is computed yet beyond an index of the conclusions.
    pub fn new(
        model: &'a Model,
        graph: &'a ControlGraph,
        coverage: &'a Coverage,
        project: ProjectInfo,
        options: BuildOptions,
    ) -> Self {
        let concluded = coverage
            .frameworks
            .iter()
            .flat_map(|f| &f.requirements)
            .filter_map(|r| r.conclusion.map(|c| (c, r)))
            .collect();
        Self {
            model,
            graph,
            coverage,
            project,
            options,
            concluded,
            readiness: OnceLock::new(),
            readiness_runs: AtomicUsize::new(0),
        }
    }

    /// The risk register ([`crate::analysis::readiness::readiness`]),
    /// computed on the first call and shared afterwards: a build of only
    /// documents that never ask for it never computes it.
    pub fn readiness(&self) -> &Readiness {
        self.readiness.get_or_init(|| {
            self.readiness_runs.fetch_add(1, Ordering::Relaxed);
            readiness(self.model, self.graph, self.coverage)
        })
    }

    /// How many times the risk register was computed for this context:
    /// 0 until a document asks for it, then 1.
    pub fn readiness_runs(&self) -> usize {
        self.readiness_runs.load(Ordering::Relaxed)
    }

    /// The coverage of the requirement a conclusion (index into the
    /// model's list) concludes on, when that requirement is in scope.
    pub(super) fn concluded(&self, conclusion: usize) -> Option<&'a RequirementCoverage> {
        self.concluded.get(&conclusion).copied()
    }
}
