//! Stage 3, linking: the [`Model`] → one typed [`ControlGraph`] of
//! frameworks, requirements, controls, risks and evidence.
//!
//! petgraph does the storage and traversal; its indices stay inside this
//! module. Queries return our own ids, sorted, so callers iterate
//! deterministically.

use petgraph::Direction;
use petgraph::graph::{DiGraph, EdgeReference, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::resolve::Model;
use crate::resolve::model::{
    ControlId, CrosswalkId, FrameworkId, MappingId, PairId, RequirementId, RiskId,
};
use crate::vocabulary::Relationship;

/// A node of the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Node {
    /// A framework version.
    Framework(FrameworkId),
    /// A group or requirement.
    Requirement(RequirementId),
    /// A control.
    Control(ControlId),
    /// A risk.
    Risk(RiskId),
    /// The `index`-th evidence item of a control.
    Evidence {
        /// The control producing it.
        control: ControlId,
        /// Its position in the control's evidence list.
        index: u32,
    },
}

/// An edge of the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Edge {
    /// Framework → top-level entry, group → child entry.
    Contains,
    /// Control → requirement: one of the control's mappings.
    Satisfies {
        /// The mapping.
        mapping: MappingId,
    },
    /// Requirement → requirement: a crosswalk pair, read from `from` to `to`.
    Crosswalk {
        /// The crosswalk.
        crosswalk: CrosswalkId,
        /// The pair in it.
        pair: PairId,
    },
    /// Control → risk.
    Mitigates,
    /// Risk → requirement the risk bears on.
    Touches,
    /// Control → evidence item.
    Produces,
}

/// One step across a crosswalk from a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CrosswalkStep {
    /// The requirement at the other end.
    pub other: RequirementId,
    /// The crosswalk.
    pub crosswalk: CrosswalkId,
    /// The pair in it.
    pub pair: PairId,
    /// Whether the pair is read backwards (from its `to` end).
    pub reversed: bool,
    /// The pair's relationship as read from this end (subset and superset
    /// swap when read backwards).
    pub relationship: Relationship,
}

/// The linked graph of one project.
#[derive(Debug, Clone, Default)]
pub struct ControlGraph {
    graph: DiGraph<Node, Edge, u32>,
    frameworks: Vec<NodeIndex>,
    requirements: Vec<NodeIndex>,
    controls: Vec<NodeIndex>,
    risks: Vec<NodeIndex>,
    /// Crosswalk steps of every requirement, both directions, as one flat
    /// list: the steps of requirement `r` are
    /// `steps[offsets[r]..offsets[r + 1]]`, sorted. Derivation walks these
    /// hundreds of thousands of times, so they are laid out for it.
    crosswalk_offsets: Vec<u32>,
    crosswalk_steps: Vec<CrosswalkStep>,
}

/// The crosswalk steps of every requirement, in a compressed adjacency
/// layout: `(offsets, steps)`.
fn crosswalk_index(model: &Model) -> (Vec<u32>, Vec<CrosswalkStep>) {
    let count = model.requirements.len();
    let mut degree = vec![0u32; count + 1];
    for crosswalk in &model.crosswalks {
        for pair in &crosswalk.pairs {
            degree[pair.from.index() + 1] += 1;
            degree[pair.to.index() + 1] += 1;
        }
    }
    let mut offsets = degree;
    for i in 1..offsets.len() {
        offsets[i] += offsets[i - 1];
    }
    let mut next: Vec<u32> = offsets[..count].to_vec();
    let total = offsets[count] as usize;
    let mut steps = vec![
        CrosswalkStep {
            other: RequirementId(0),
            crosswalk: CrosswalkId(0),
            pair: PairId(0),
            reversed: false,
            relationship: Relationship::Related,
        };
        total
    ];
    for (c, crosswalk) in model.crosswalks.iter().enumerate() {
        let crosswalk_index = CrosswalkId::from_index(c);
        for (p, pair) in crosswalk.pairs.iter().enumerate() {
            let pair_index = PairId::from_index(p);
            for (at, other, reversed, relationship) in [
                (pair.from, pair.to, false, pair.relationship),
                (pair.to, pair.from, true, pair.relationship.reversed()),
            ] {
                let slot = &mut next[at.index()];
                steps[*slot as usize] = CrosswalkStep {
                    other,
                    crosswalk: crosswalk_index,
                    pair: pair_index,
                    reversed,
                    relationship,
                };
                *slot += 1;
            }
        }
    }
    for r in 0..count {
        steps[offsets[r] as usize..offsets[r + 1] as usize].sort_unstable();
    }
    (offsets, steps)
}

/// Builds the graph of a resolved model.
pub fn link(model: &Model) -> ControlGraph {
    let evidence_count: usize = model.controls.iter().map(|c| c.evidence.len()).sum();
    let node_count = model.frameworks.len()
        + model.requirements.len()
        + model.controls.len()
        + model.risks.len()
        + evidence_count;
    let mapping_count: usize = model
        .controls
        .iter()
        .map(|c| c.satisfies.len() + c.mitigates.len() + c.evidence.len())
        .sum();
    let pair_count: usize = model.crosswalks.iter().map(|c| c.pairs.len()).sum();
    let mut graph = DiGraph::with_capacity(
        node_count,
        model.requirements.len() + mapping_count + pair_count,
    );

    let frameworks: Vec<NodeIndex> = (0..model.frameworks.len())
        .map(|i| graph.add_node(Node::Framework(FrameworkId::from_index(i))))
        .collect();
    let requirements: Vec<NodeIndex> = (0..model.requirements.len())
        .map(|i| graph.add_node(Node::Requirement(RequirementId::from_index(i))))
        .collect();
    let risks: Vec<NodeIndex> = (0..model.risks.len())
        .map(|i| graph.add_node(Node::Risk(RiskId::from_index(i))))
        .collect();
    let controls: Vec<NodeIndex> = (0..model.controls.len())
        .map(|i| graph.add_node(Node::Control(ControlId::from_index(i))))
        .collect();

    for (i, requirement) in model.requirements.iter().enumerate() {
        let parent = requirement
            .parent
            .map_or(frameworks[requirement.framework.index()], |p| {
                requirements[p.index()]
            });
        graph.add_edge(parent, requirements[i], Edge::Contains);
    }
    for (c, crosswalk) in model.crosswalks.iter().enumerate() {
        for (p, pair) in crosswalk.pairs.iter().enumerate() {
            graph.add_edge(
                requirements[pair.from.index()],
                requirements[pair.to.index()],
                Edge::Crosswalk {
                    crosswalk: CrosswalkId::from_index(c),
                    pair: PairId::from_index(p),
                },
            );
        }
    }
    for (r, risk) in model.risks.iter().enumerate() {
        for requirement in risk.touched() {
            graph.add_edge(risks[r], requirements[requirement.index()], Edge::Touches);
        }
    }
    for (c, control) in model.controls.iter().enumerate() {
        let node = controls[c];
        for (i, mapping) in control.satisfies.iter().enumerate() {
            graph.add_edge(
                node,
                requirements[mapping.requirement.index()],
                Edge::Satisfies {
                    mapping: MappingId::from_index(i),
                },
            );
        }
        for risk in &control.mitigates {
            graph.add_edge(node, risks[risk.index()], Edge::Mitigates);
        }
        for i in 0..control.evidence.len() {
            let index = u32::try_from(i).unwrap_or(u32::MAX);
            let evidence = graph.add_node(Node::Evidence {
                control: ControlId::from_index(c),
                index,
            });
            graph.add_edge(node, evidence, Edge::Produces);
        }
    }
    let (crosswalk_offsets, crosswalk_steps) = crosswalk_index(model);
    ControlGraph {
        graph,
        frameworks,
        requirements,
        controls,
        risks,
        crosswalk_offsets,
        crosswalk_steps,
    }
}

impl ControlGraph {
    /// How many nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// How many edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    fn edges(
        &self,
        node: NodeIndex,
        direction: Direction,
    ) -> impl Iterator<Item = EdgeReference<'_, Edge, u32>> {
        self.graph.edges_directed(node, direction)
    }

    /// The controls mapped to a requirement, each with its mapping;
    /// sorted.
    pub fn satisfied_by(&self, requirement: RequirementId) -> Vec<(ControlId, MappingId)> {
        let mut found: Vec<(ControlId, MappingId)> = self
            .edges(self.requirements[requirement.index()], Direction::Incoming)
            .filter_map(|e| match (self.graph[e.source()], e.weight()) {
                (Node::Control(c), Edge::Satisfies { mapping }) => Some((c, *mapping)),
                _ => None,
            })
            .collect();
        found.sort_unstable();
        found
    }

    /// The crosswalk pairs that touch a requirement, read in both
    /// directions; sorted.
    pub fn crosswalk_steps(&self, requirement: RequirementId) -> &[CrosswalkStep] {
        let (start, end) = (
            self.crosswalk_offsets
                .get(requirement.index())
                .copied()
                .unwrap_or(0),
            self.crosswalk_offsets
                .get(requirement.index() + 1)
                .copied()
                .unwrap_or(0),
        );
        &self.crosswalk_steps[start as usize..end as usize]
    }

    /// The entries a framework or group contains directly, in catalog order.
    pub fn children(&self, requirement: RequirementId) -> Vec<RequirementId> {
        self.contained(self.requirements[requirement.index()])
    }

    /// The top-level entries of a framework, in catalog order.
    pub fn top_level(&self, framework: FrameworkId) -> Vec<RequirementId> {
        self.contained(self.frameworks[framework.index()])
    }

    fn contained(&self, node: NodeIndex) -> Vec<RequirementId> {
        let mut found: Vec<RequirementId> = self
            .edges(node, Direction::Outgoing)
            .filter_map(|e| match (self.graph[e.target()], e.weight()) {
                (Node::Requirement(r), Edge::Contains) => Some(r),
                _ => None,
            })
            .collect();
        found.sort_unstable();
        found
    }

    /// The controls that mitigate a risk, sorted.
    pub fn mitigated_by(&self, risk: RiskId) -> Vec<ControlId> {
        let mut found: Vec<ControlId> = self
            .edges(self.risks[risk.index()], Direction::Incoming)
            .filter_map(|e| match self.graph[e.source()] {
                Node::Control(c) => Some(c),
                _ => None,
            })
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The risks that bear on a requirement, sorted.
    pub fn risks_touching(&self, requirement: RequirementId) -> Vec<RiskId> {
        let mut found: Vec<RiskId> = self
            .edges(self.requirements[requirement.index()], Direction::Incoming)
            .filter_map(|e| match self.graph[e.source()] {
                Node::Risk(r) => Some(r),
                _ => None,
            })
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Whether a control has any edge at all (mapping, risk or evidence).
    pub fn is_isolated(&self, control: ControlId) -> bool {
        self.graph
            .neighbors_undirected(self.controls[control.index()])
            .next()
            .is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile;
    use crate::source::{SourceFile, SourceSet};

    const PROJECT: &str = r#"
framework a version "1" "A" {
  group G "Group" {
    requirement A-1 "One"
    requirement A-2 "Two"
  }
}
framework b version "1" "B" {
  requirement B-1 "One"
}
crosswalk a@1 -> b@1 {
  A-1 subset B-1
  A-2 intersects B-1
}
risk drift "Drift" { touches a@1:A-2 }
control C-2 "Second" {
  mitigates drift
  evidence "E" evidence "F"
  satisfies a@1:A-1 equal
  satisfies a@1:A-2 subset
}
control C-1 "First" {
  mitigates drift
  satisfies a@1:A-1 intersects
}
control C-3 "Alone" { owner "x" }
"#;

    fn project() -> crate::Compilation {
        let mut sources = SourceSet::new();
        sources.add(SourceFile::new("p.cw", PROJECT, false));
        let compilation = compile(sources);
        assert!(!compilation.has_errors(), "{:#?}", compilation.diagnostics);
        compilation
    }

    fn requirement(c: &crate::Compilation, qualified: &str) -> RequirementId {
        let index = (0..c.model.requirements.len())
            .find(|&i| c.model.qualified_id(RequirementId::from_index(i)) == qualified)
            .expect("requirement exists");
        RequirementId::from_index(index)
    }

    #[test]
    fn queries_answer_with_sorted_ids() {
        let c = project();
        let g = &c.graph;
        let a1 = requirement(&c, "a@1:A-1");
        let a2 = requirement(&c, "a@1:A-2");
        let b1 = requirement(&c, "b@1:B-1");
        let group = requirement(&c, "a@1:G");
        let (first, second, alone) = (ControlId(0), ControlId(1), ControlId(2));
        assert_eq!(c.model.control(first).id, "C-2");

        let (m0, m1) = (MappingId(0), MappingId(1));
        assert_eq!(g.satisfied_by(a1), vec![(first, m0), (second, m0)]);
        assert_eq!(g.satisfied_by(a2), vec![(first, m1)]);
        assert!(g.satisfied_by(b1).is_empty(), "crosswalks are not mappings");
        assert_eq!(g.children(group), vec![a1, a2]);
        assert_eq!(g.top_level(FrameworkId(0)), vec![group]);
        assert_eq!(g.mitigated_by(RiskId(0)), vec![first, second]);
        assert_eq!(g.risks_touching(a2), vec![RiskId(0)]);
        assert!(g.risks_touching(a1).is_empty());
        assert!(g.is_isolated(alone));
        assert!(!g.is_isolated(second));
    }

    #[test]
    fn crosswalk_steps_read_both_ways() {
        let c = project();
        let a1 = requirement(&c, "a@1:A-1");
        let a2 = requirement(&c, "a@1:A-2");
        let b1 = requirement(&c, "b@1:B-1");
        let step = |other, pair, reversed, relationship| CrosswalkStep {
            other,
            crosswalk: CrosswalkId(0),
            pair: PairId(pair),
            reversed,
            relationship,
        };
        assert_eq!(
            c.graph.crosswalk_steps(a1),
            [step(b1, 0, false, Relationship::Subset)]
        );
        assert_eq!(
            c.graph.crosswalk_steps(b1),
            [
                step(a1, 0, true, Relationship::Superset),
                step(a2, 1, true, Relationship::Intersects)
            ]
        );
    }

    #[test]
    fn every_model_item_is_a_node() {
        let c = project();
        // 2 frameworks + 4 entries + 1 risk + 3 controls + 2 evidence items.
        assert_eq!(c.graph.node_count(), 12);
        // 4 contains + 2 crosswalk + 1 touches + 3 satisfies + 2 mitigates + 2 produces.
        assert_eq!(c.graph.edge_count(), 14);
    }
}
