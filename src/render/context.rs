//! What every document is built from: the model, its graph and coverage,
//! where the documents come from and what to render, with the analyses
//! that only some documents need computed on first use.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use super::views::{self, FrameworkDocument, ProjectInfo};
use super::{BuildOptions, DocumentKind};
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
    /// Per framework in scope (in the coverage's order), its document view
    /// while documents still need it.
    documents: Vec<Mutex<DocumentSlot>>,
    /// How many framework document views were computed.
    document_runs: AtomicUsize,
}

/// One framework's document view, kept from its first use to its last.
#[derive(Default)]
struct DocumentSlot {
    /// The view, once computed and until its last planned use.
    document: Option<Arc<FrameworkDocument>>,
    /// How many uses are still planned.
    remaining: usize,
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
        // The documents that share a framework's view: its control matrix
        // and its auditor mapping, which run one after the other
        // ([`super::job::Job::framework`]). The workbook's sheet reads it
        // only while it is held ([`Self::framework_sheet_document`]).
        let kinds = &options.kinds;
        let uses = usize::from(kinds.contains(&DocumentKind::Matrix))
            + usize::from(kinds.contains(&DocumentKind::Mapping));
        let documents = coverage
            .frameworks
            .iter()
            .map(|_| {
                Mutex::new(DocumentSlot {
                    document: None,
                    remaining: uses,
                })
            })
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
            documents,
            document_runs: AtomicUsize::new(0),
        }
    }

    /// The document view of the framework at `index` in the coverage (the
    /// control matrix's, its workbook sheet's and the auditor mapping's),
    /// computed on the first call and shared until the last of the uses
    /// this build plans (its control matrix and its auditor mapping), then
    /// dropped: the two share one view, and only the views of the
    /// frameworks being rendered are held. A call beyond the planned uses
    /// computes it again.
    pub fn framework_document(&self, index: usize) -> Arc<FrameworkDocument> {
        let mut slot = self.documents[index]
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let document = if let Some(document) = &slot.document {
            Arc::clone(document)
        } else {
            self.document_runs.fetch_add(1, Ordering::Relaxed);
            let document = Arc::new(views::framework_document(
                self,
                &self.coverage.frameworks[index],
            ));
            slot.document = Some(Arc::clone(&document));
            document
        };
        slot.remaining = slot.remaining.saturating_sub(1);
        if slot.remaining == 0 {
            slot.document = None;
        }
        document
    }

    /// The document view of the framework at `index` for the workbook's
    /// sheet: the shared one while the framework's matrix or mapping holds
    /// it, else one of its own, not kept. The workbook streams its sheets
    /// in framework order at its own pace; were it to keep views for the
    /// matrix and mapping jobs, or they for it, a build of many frameworks
    /// would hold every view at once (twice the peak memory of the
    /// Secure Controls Framework-scale corpus).
    pub fn framework_sheet_document(&self, index: usize) -> Arc<FrameworkDocument> {
        let held = self.documents[index]
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .document
            .clone();
        held.unwrap_or_else(|| {
            self.document_runs.fetch_add(1, Ordering::Relaxed);
            Arc::new(views::framework_document(
                self,
                &self.coverage.frameworks[index],
            ))
        })
    }

    /// How many framework document views were computed for this context:
    /// one per framework for its matrix and mapping together, and one for a
    /// workbook sheet that finds none held.
    pub fn document_runs(&self) -> usize {
        self.document_runs.load(Ordering::Relaxed)
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
