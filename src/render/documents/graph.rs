//! The graph of controls, risks and requirements (`--only graph`; also
//! `crosswalk graph`): DOT and Mermaid.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::render::RenderContext;
use crate::render::job::Job;
use crate::render::views::{ProjectInfo, sorted_controls};
use crate::resolve::model::{ControlId, RequirementId, RiskId};

/// The folder of its files.
const FOLDER: &str = "graph";

/// The job: one.
pub(super) fn plan<'c>(ctx: &'c RenderContext<'c>) -> Vec<Job<'c>> {
    let job = Job::new(7, |files| {
        files.templates(&["graph.dot", "graph.mmd"], &document(ctx))
    })
    .file(format!("{FOLDER}/graph.dot"), "DOT (Graphviz)")
    .file(format!("{FOLDER}/graph.mmd"), "Mermaid");
    vec![job]
}

/// The graph of controls, risks and requirements.
#[derive(Debug, Clone, Serialize)]
pub struct GraphDocument {
    /// Where the document comes from.
    pub project: ProjectInfo,
    /// Nodes: controls, risks, the components that bring risks, then
    /// requirements, each in order.
    pub nodes: Vec<GraphNode>,
    /// Edges: `brings` (component to risk), `satisfies` (control to
    /// requirement), `mitigates` (control to risk), `touches` (risk to
    /// requirement).
    pub edges: Vec<GraphEdge>,
}

/// A node of the graph.
#[derive(Debug, Clone, Serialize)]
pub struct GraphNode {
    /// A short identifier safe in DOT and Mermaid (`n12`).
    pub key: String,
    /// `control`, `risk`, `component` or `requirement`.
    pub kind: String,
    /// Its identifier (`AI-CM-01`, `soc2@2017:CC8.1`; a component's name).
    pub id: String,
    /// Its title (a component's kind).
    pub title: String,
}

/// An edge of the graph.
#[derive(Debug, Clone, Serialize)]
pub struct GraphEdge {
    /// Key of the node it starts from.
    pub from: String,
    /// Key of the node it leads to.
    pub to: String,
    /// `brings`, `satisfies`, `mitigates` or `touches`.
    pub kind: String,
    /// The relationship of a `satisfies` edge.
    pub label: Option<String>,
}

/// The graph of the project's controls, the risks in its register (its
/// own, and the library's that its components bring or its controls
/// mitigate), the components that bring them and the requirements they
/// reach. Node keys number each kind in order (`c1`, `k1`, `s1`, `r1`),
/// so they do not move when an unrelated catalog changes.
pub fn document(ctx: &RenderContext<'_>) -> GraphDocument {
    let model = ctx.model;
    let controls = sorted_controls(model);
    let risks: Vec<RiskId> = ctx.readiness().risks.iter().map(|r| r.id).collect();
    let mut requirements: Vec<RequirementId> = controls
        .iter()
        .flat_map(|(_, c)| c.satisfies.iter().map(|m| m.requirement))
        .chain(
            risks
                .iter()
                .flat_map(|&r| model.risk(r).touches.iter().map(|t| t.requirement)),
        )
        .collect();
    requirements.sort_by_key(|&r| model.qualified_id(r));
    requirements.dedup();
    let keys = |prefix: char, count: usize| -> Vec<String> {
        (1..=count).map(|i| format!("{prefix}{i}")).collect()
    };
    let control_key: BTreeMap<ControlId, String> = controls
        .iter()
        .map(|(id, _)| *id)
        .zip(keys('c', controls.len()))
        .collect();
    let risk_key: BTreeMap<RiskId, String> =
        risks.iter().copied().zip(keys('k', risks.len())).collect();
    let requirement_key: BTreeMap<RequirementId, String> = requirements
        .iter()
        .copied()
        .zip(keys('r', requirements.len()))
        .collect();
    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    for (id, control) in &controls {
        nodes.push(GraphNode {
            key: control_key[id].clone(),
            kind: "control".to_owned(),
            id: control.id.clone(),
            title: control.title.clone(),
        });
    }
    for &risk in &risks {
        nodes.push(GraphNode {
            key: risk_key[&risk].clone(),
            kind: "risk".to_owned(),
            id: model.risk(risk).id.clone(),
            title: model.risk(risk).title.clone(),
        });
    }
    // Components that bring a risk, each once, in register order.
    let mut components: Vec<(String, String)> = Vec::new();
    for entry in &ctx.readiness().risks {
        for by in &entry.implied_by {
            let name = (by.system.clone(), by.component.clone());
            let index = components
                .iter()
                .position(|c| *c == name)
                .unwrap_or_else(|| {
                    components.push(name.clone());
                    nodes.push(GraphNode {
                        key: format!("s{}", components.len()),
                        kind: "component".to_owned(),
                        id: by.component.clone(),
                        title: by.kind.to_string(),
                    });
                    components.len() - 1
                });
            edges.push(GraphEdge {
                from: format!("s{}", index + 1),
                to: risk_key[&entry.id].clone(),
                kind: "brings".to_owned(),
                label: None,
            });
        }
    }
    for &requirement in &requirements {
        nodes.push(GraphNode {
            key: requirement_key[&requirement].clone(),
            kind: "requirement".to_owned(),
            id: model.qualified_id(requirement),
            title: model.requirement(requirement).title.clone(),
        });
    }
    for (id, control) in &controls {
        for mapping in &control.satisfies {
            edges.push(GraphEdge {
                from: control_key[id].clone(),
                to: requirement_key[&mapping.requirement].clone(),
                kind: "satisfies".to_owned(),
                label: Some(mapping.relationship.to_string()),
            });
        }
        for risk in control.mitigates.iter().filter_map(|r| risk_key.get(r)) {
            edges.push(GraphEdge {
                from: control_key[id].clone(),
                to: risk.clone(),
                kind: "mitigates".to_owned(),
                label: None,
            });
        }
    }
    for &risk in &risks {
        for touch in &model.risk(risk).touches {
            edges.push(GraphEdge {
                from: risk_key[&risk].clone(),
                to: requirement_key[&touch.requirement].clone(),
                kind: "touches".to_owned(),
                label: None,
            });
        }
    }
    GraphDocument {
        project: ctx.project.clone(),
        nodes,
        edges,
    }
}
