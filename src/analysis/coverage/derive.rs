//! Derived mappings: every control's mappings carried through the
//! crosswalks, without enumerating paths.
//!
//! Where a path can go next depends only on where it is and the
//! relationship it has composed so far (and on not passing through a
//! requirement twice), so the search runs breadth first over states
//! (requirement, relationship) and keeps, for each state, only the first
//! path that reaches it: fewest steps, then first in the order paths were
//! always tried (mapping, then crosswalk step by step). A control costs at
//! most the six states of each requirement times the crosswalk steps out of
//! it, whatever the number of paths; the complete crosswalks that took about
//! n⁴ work now take about n³ (n controls × n² steps).
//!
//! This finds the same best path for each (control, requirement) as trying
//! every simple path: a path that loops composes to nothing better than the
//! same path without the loop, but for a loop that turns `subset` into
//! `no-relationship`, and such a loop says a requirement is disjoint from
//! itself (crosswalks that contradict themselves). Even then every path kept
//! passes through no requirement twice, and only a review candidate
//! (no-relationship or unknown) can differ: statuses and the derived
//! mappings that suggest coverage are the same. The tests below check this
//! against brute-force path enumeration on random graphs.

use super::{Derived, Step};
use crate::graph::CrosswalkStep;
use crate::resolve::model::{ControlId, MappingId, RequirementId};
use crate::vocabulary::Composed;
use crate::vocabulary::Relationship;

/// How good a derived relationship is, best first: full, partial, then the
/// rest.
pub(super) fn rank(relationship: Composed) -> u8 {
    match relationship {
        Composed::Known(Relationship::Equal | Relationship::Superset) => 0,
        Composed::Known(Relationship::Subset | Relationship::Intersects) => 1,
        Composed::Known(Relationship::NoRelationship | Relationship::Related) => 2,
        Composed::Unknown => 3,
    }
}

/// Index of a relationship in a state's slot.
fn slot(relationship: Relationship) -> usize {
    match relationship {
        Relationship::Equal => 0,
        Relationship::Superset => 1,
        Relationship::Subset => 2,
        Relationship::Intersects => 3,
        Relationship::NoRelationship => 4,
        Relationship::Related => 5,
    }
}

const NONE: u32 = u32::MAX;

/// One kept path: the state it reaches, and the path it extends.
#[derive(Clone, Copy)]
struct Node {
    requirement: RequirementId,
    relationship: Relationship,
    /// The node this one extends, or [`NONE`] for a path's first step.
    parent: u32,
    /// The last step.
    step: Step,
}

/// The best path found so far to one requirement.
#[derive(Clone, Copy)]
struct Best {
    relationship: Composed,
    steps: u32,
    /// The node the last step extends ([`NONE`]: the mapped requirement).
    parent: u32,
    mapping: MappingId,
    step: Step,
}

/// What the search knows of one requirement for the current control, in
/// one place: a step reads all of it, so it costs one cache miss, not three
/// (at the full scale the tables are megabytes, scattered at random).
#[derive(Clone, Copy)]
struct Entry {
    /// The fewest steps that reached each state, or 0 for none.
    reached: [u32; 6],
    /// 1 + the index of the last control that maps this requirement
    /// directly (0: none yet); a stamp, so it is never reset.
    mapped_by: u32,
    best: Option<Best>,
}

const EMPTY: Entry = Entry {
    reached: [0; 6],
    mapped_by: 0,
    best: None,
};

/// Scratch space reused from control to control: a table indexed by
/// requirement, reset through the list of entries touched.
struct Scratch {
    entries: Vec<Entry>,
    touched: Vec<RequirementId>,
    nodes: Vec<Node>,
}

impl Scratch {
    fn new(count: usize) -> Self {
        Self {
            entries: vec![EMPTY; count],
            touched: Vec::new(),
            nodes: Vec::new(),
        }
    }

    fn touch(&mut self, requirement: RequirementId) {
        let entry = &self.entries[requirement.index()];
        if entry.reached == [0; 6] && entry.best.is_none() {
            self.touched.push(requirement);
        }
    }

    fn reset(&mut self) {
        for r in self.touched.drain(..) {
            let entry = &mut self.entries[r.index()];
            entry.reached = [0; 6];
            entry.best = None;
        }
        self.nodes.clear();
    }

    /// Whether the path ending at `node` (from `start`) passes through
    /// `requirement`.
    fn on_path(&self, start: RequirementId, mut node: u32, requirement: RequirementId) -> bool {
        if start == requirement {
            return true;
        }
        while node != NONE {
            let n = &self.nodes[node as usize];
            if n.requirement == requirement {
                return true;
            }
            node = n.parent;
        }
        false
    }

    /// The steps of the path that takes `last` after `parent`.
    fn path(&self, mut parent: u32, last: Step) -> Vec<Step> {
        let mut path = vec![last];
        while parent != NONE {
            let n = &self.nodes[parent as usize];
            path.push(n.step);
            parent = n.parent;
        }
        path.reverse();
        path
    }
}

/// Every control's mappings (`controls[c]`: the requirement and
/// relationship of each of control `c`'s mappings, in order) carried
/// through the crosswalks (`steps(r)`: the steps out of `r`, in order), and
/// recorded at the requirements no direct mapping meets: at most `max_hops`
/// steps, never through the same requirement twice on a path, never through
/// a requirement the control maps directly, and never past a step whose
/// composition is unknown. For each (control, requirement) only the best
/// path is kept: the best relationship, then the shortest path, then the
/// first found (earlier mapping, then earlier steps). Each requirement's list
/// is sorted by relationship, control and path length.
pub(super) fn derive<'g>(
    controls: &[Vec<(RequirementId, Relationship)>],
    steps: impl Fn(RequirementId) -> &'g [CrosswalkStep],
    max_hops: usize,
    directly_met: &[bool],
) -> Vec<Vec<Derived>> {
    let count = directly_met.len();
    let mut result: Vec<Vec<Derived>> = vec![Vec::new(); count];
    if max_hops == 0 {
        return result;
    }
    let hops = u32::try_from(max_hops).unwrap_or(u32::MAX);
    let mut scratch = Scratch::new(count);
    let mut frontier: Vec<u32> = Vec::new();
    let mut next: Vec<u32> = Vec::new();
    for (c, mappings) in controls.iter().enumerate() {
        let control = ControlId::from_index(c);
        let stamp = u32::try_from(c + 1).unwrap_or(u32::MAX);
        for &(requirement, _) in mappings {
            scratch.entries[requirement.index()].mapped_by = stamp;
        }
        for (m, &(start, relationship)) in mappings.iter().enumerate() {
            let mapping = MappingId::from_index(m);
            // The path so far: `NONE` stands for the mapped requirement.
            frontier.clear();
            frontier.push(NONE);
            for hop in 1..=hops {
                next.clear();
                for &at in &frontier {
                    let (here, so_far) = if at == NONE {
                        (start, relationship)
                    } else {
                        let n = &scratch.nodes[at as usize];
                        (n.requirement, n.relationship)
                    };
                    for step in steps(here) {
                        let other = step.other;
                        let i = other.index();
                        if scratch.entries[i].mapped_by == stamp
                            || scratch.on_path(start, at, other)
                        {
                            continue;
                        }
                        let composed = so_far.compose(step.relationship);
                        let taken = Step {
                            requirement: other,
                            crosswalk: step.crosswalk,
                            pair: step.pair,
                            relationship: step.relationship,
                        };
                        // Paths still run through directly met requirements,
                        // but nothing is recorded there.
                        let better = !directly_met[i]
                            && scratch.entries[i].best.is_none_or(|b| {
                                (rank(composed), hop) < (rank(b.relationship), b.steps)
                            });
                        if better {
                            scratch.touch(other);
                            scratch.entries[i].best = Some(Best {
                                relationship: composed,
                                steps: hop,
                                parent: at,
                                mapping,
                                step: taken,
                            });
                        }
                        let Composed::Known(known) = composed else {
                            continue;
                        };
                        // A state reached before (in as few steps, or from an
                        // earlier mapping) leads nowhere a first visit did not.
                        let seen = scratch.entries[i].reached[slot(known)];
                        if hop == hops || (seen != 0 && seen <= hop) {
                            continue;
                        }
                        scratch.touch(other);
                        scratch.entries[i].reached[slot(known)] = hop;
                        let index = u32::try_from(scratch.nodes.len()).unwrap_or(NONE);
                        scratch.nodes.push(Node {
                            requirement: other,
                            relationship: known,
                            parent: at,
                            step: taken,
                        });
                        next.push(index);
                    }
                }
                if next.is_empty() {
                    break;
                }
                std::mem::swap(&mut frontier, &mut next);
            }
        }
        let mut found: Vec<RequirementId> = scratch
            .touched
            .iter()
            .copied()
            .filter(|r| scratch.entries[r.index()].best.is_some())
            .collect();
        found.sort_unstable();
        for requirement in found {
            if let Some(b) = scratch.entries[requirement.index()].best {
                result[requirement.index()].push(Derived {
                    control,
                    mapping: b.mapping,
                    path: scratch.path(b.parent, b.step),
                    relationship: b.relationship,
                });
            }
        }
        scratch.reset();
    }
    for list in &mut result {
        list.sort_by(|a, b| {
            (rank(a.relationship), a.control, a.path.len()).cmp(&(
                rank(b.relationship),
                b.control,
                b.path.len(),
            ))
        });
    }
    result
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::resolve::model::{CrosswalkId, PairId};
    use std::collections::HashMap;

    const ALL: [Relationship; 6] = [
        Relationship::Equal,
        Relationship::Superset,
        Relationship::Subset,
        Relationship::Intersects,
        Relationship::NoRelationship,
        Relationship::Related,
    ];

    /// A small crosswalk graph: `steps[r]` are the steps out of requirement
    /// `r`, laid out as the control graph lays them out (each pair read
    /// forwards from its `from` end and backwards from its `to` end).
    #[derive(Debug, Clone)]
    struct Case {
        steps: Vec<Vec<CrosswalkStep>>,
        controls: Vec<Vec<(RequirementId, Relationship)>>,
        directly_met: Vec<bool>,
        max_hops: usize,
    }

    fn steps_of(count: usize, pairs: &[(usize, usize, Relationship)]) -> Vec<Vec<CrosswalkStep>> {
        let mut steps = vec![Vec::new(); count];
        for (p, &(from, to, relationship)) in pairs.iter().enumerate() {
            let pair = PairId::from_index(p);
            for (at, other, reversed, read) in [
                (from, to, false, relationship),
                (to, from, true, relationship.reversed()),
            ] {
                steps[at].push(CrosswalkStep {
                    other: RequirementId::from_index(other),
                    crosswalk: CrosswalkId(0),
                    pair,
                    reversed,
                    relationship: read,
                });
            }
        }
        steps
    }

    impl Case {
        fn derive(&self) -> Vec<Vec<Derived>> {
            derive(
                &self.controls,
                |r| &self.steps[r.index()],
                self.max_hops,
                &self.directly_met,
            )
        }

        /// The derivation as it was written first: every simple path of
        /// at most `max_hops` steps from every mapping, breadth first, the
        /// best kept per (control, requirement).
        fn brute_force(&self) -> Vec<Vec<Derived>> {
            let mut result: Vec<Vec<Derived>> = vec![Vec::new(); self.directly_met.len()];
            for (c, mappings) in self.controls.iter().enumerate() {
                let mapped: Vec<RequirementId> = mappings.iter().map(|m| m.0).collect();
                let mut best: HashMap<RequirementId, Derived> = HashMap::new();
                for (m, &(start, relationship)) in mappings.iter().enumerate() {
                    let mut frontier =
                        vec![(start, Composed::Known(relationship), Vec::<Step>::new())];
                    for hop in 1..=self.max_hops {
                        let mut next = Vec::new();
                        for (at, composed, path) in &frontier {
                            let Composed::Known(so_far) = *composed else {
                                continue;
                            };
                            for step in &self.steps[at.index()] {
                                let other = step.other;
                                if other == start
                                    || path.iter().any(|s| s.requirement == other)
                                    || mapped.contains(&other)
                                {
                                    continue;
                                }
                                let composed = so_far.compose(step.relationship);
                                let mut new_path = path.clone();
                                new_path.push(Step {
                                    requirement: other,
                                    crosswalk: step.crosswalk,
                                    pair: step.pair,
                                    relationship: step.relationship,
                                });
                                let better = !self.directly_met[other.index()]
                                    && best.get(&other).is_none_or(|b| {
                                        (rank(composed), hop) < (rank(b.relationship), b.path.len())
                                    });
                                if better {
                                    best.insert(
                                        other,
                                        Derived {
                                            control: ControlId::from_index(c),
                                            mapping: MappingId::from_index(m),
                                            path: new_path.clone(),
                                            relationship: composed,
                                        },
                                    );
                                }
                                if hop < self.max_hops && composed != Composed::Unknown {
                                    next.push((other, composed, new_path));
                                }
                            }
                        }
                        frontier = next;
                    }
                }
                let mut found: Vec<(RequirementId, Derived)> = best.into_iter().collect();
                found.sort_by_key(|(r, _)| *r);
                for (r, d) in found {
                    result[r.index()].push(d);
                }
            }
            for list in &mut result {
                list.sort_by_key(|d| (rank(d.relationship), d.control, d.path.len()));
            }
            result
        }

        /// Whether some requirement has a closed walk of at most `max_hops`
        /// steps that composes `subset` into `no-relationship`: crosswalks
        /// that say the requirement is disjoint from itself.
        fn contradicts_itself(&self) -> bool {
            (0..self.steps.len()).any(|x| {
                let mut states = vec![(x, Relationship::Subset)];
                for _ in 0..self.max_hops {
                    let mut next = Vec::new();
                    for &(at, so_far) in &states {
                        for step in &self.steps[at] {
                            if let Composed::Known(r) = so_far.compose(step.relationship) {
                                if step.other.index() == x && r == Relationship::NoRelationship {
                                    return true;
                                }
                                next.push((step.other.index(), r));
                            }
                        }
                    }
                    next.sort_by_key(|&(r, rel)| (r, slot(rel)));
                    next.dedup();
                    states = next;
                }
                false
            })
        }
    }

    /// Every kept path is a path of the graph from the control's mapping,
    /// through no requirement twice nor through another mapped one, within
    /// the hop limit, composing to the relationship it states.
    fn assert_sound(case: &Case, derived: &[Vec<Derived>]) {
        for (r, list) in derived.iter().enumerate() {
            for d in list {
                assert!(!case.directly_met[r]);
                let (start, first) = case.controls[d.control.index()][d.mapping.index()];
                let mapped: Vec<RequirementId> = case.controls[d.control.index()]
                    .iter()
                    .map(|m| m.0)
                    .collect();
                assert!((1..=case.max_hops).contains(&d.path.len()));
                assert_eq!(d.path.last().unwrap().requirement.index(), r);
                let (mut at, mut composed) = (start, Composed::Known(first));
                let mut visited = vec![start];
                for s in &d.path {
                    assert!(
                        case.steps[at.index()]
                            .iter()
                            .any(|t| t.other == s.requirement
                                && t.pair == s.pair
                                && t.relationship == s.relationship)
                    );
                    assert!(!visited.contains(&s.requirement));
                    assert!(!mapped.contains(&s.requirement));
                    let Composed::Known(so_far) = composed else {
                        panic!("a path continues past an unknown composition");
                    };
                    composed = so_far.compose(s.relationship);
                    visited.push(s.requirement);
                    at = s.requirement;
                }
                assert_eq!(composed, d.relationship);
            }
        }
    }

    fn relationship() -> impl Strategy<Value = Relationship> {
        proptest::sample::select(ALL.to_vec())
    }

    /// Any graph: pairs with any relationship, self-contradictory or not.
    fn any_case() -> impl Strategy<Value = Case> {
        (2usize..8).prop_flat_map(|count| {
            (
                proptest::collection::vec((0..count, 0..count, relationship()), 0..18),
                proptest::collection::vec(
                    proptest::collection::vec((0..count, relationship()), 1..4),
                    1..4,
                ),
                proptest::collection::vec(proptest::bool::weighted(0.2), count),
                0usize..5,
            )
                .prop_map(move |(pairs, controls, directly_met, max_hops)| Case {
                    steps: steps_of(count, &pairs),
                    controls: controls
                        .into_iter()
                        .map(|c| {
                            c.into_iter()
                                .map(|(r, rel)| (RequirementId::from_index(r), rel))
                                .collect()
                        })
                        .collect(),
                    directly_met,
                    max_hops,
                })
        })
    }

    /// How set `a` stands to set `b`, as a crosswalk would say it.
    fn between(a: u8, b: u8) -> Relationship {
        if a == b {
            Relationship::Equal
        } else if a & b == a {
            Relationship::Subset
        } else if a & b == b {
            Relationship::Superset
        } else if a & b != 0 {
            Relationship::Intersects
        } else {
            Relationship::NoRelationship
        }
    }

    /// A consistent graph: every requirement and control is a non-empty set
    /// of four elements and every pair and mapping states the true relation
    /// between the sets (or the vague `related`).
    fn consistent_case() -> impl Strategy<Value = Case> {
        (2usize..8).prop_flat_map(|count| {
            (
                proptest::collection::vec(1u8..16, count),
                proptest::collection::vec(
                    (0..count, 0..count, proptest::bool::weighted(0.1)),
                    0..18,
                ),
                proptest::collection::vec(
                    (
                        1u8..16,
                        proptest::collection::vec((0..count, proptest::bool::weighted(0.1)), 1..4),
                    ),
                    1..4,
                ),
                proptest::collection::vec(proptest::bool::weighted(0.2), count),
                0usize..5,
            )
                .prop_map(move |(sets, pairs, controls, directly_met, max_hops)| {
                    let say = |a: u8, b: u8, vague: bool| {
                        if vague {
                            Relationship::Related
                        } else {
                            between(a, b)
                        }
                    };
                    let pairs: Vec<(usize, usize, Relationship)> = pairs
                        .into_iter()
                        .map(|(a, b, vague)| (a, b, say(sets[a], sets[b], vague)))
                        .collect();
                    Case {
                        steps: steps_of(count, &pairs),
                        controls: controls
                            .into_iter()
                            .map(|(set, mappings)| {
                                mappings
                                    .into_iter()
                                    .map(|(r, vague)| {
                                        (RequirementId::from_index(r), say(set, sets[r], vague))
                                    })
                                    .collect()
                            })
                            .collect(),
                        directly_met,
                        max_hops,
                    }
                })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn consistent_crosswalks_derive_what_every_path_derives(case in consistent_case()) {
            prop_assert!(!case.contradicts_itself());
            let derived = case.derive();
            assert_sound(&case, &derived);
            prop_assert_eq!(derived, case.brute_force());
        }

        #[test]
        fn any_crosswalks_derive_what_every_path_derives_but_for_contradictions(
            case in any_case()
        ) {
            let derived = case.derive();
            assert_sound(&case, &derived);
            let expected = case.brute_force();
            if derived != expected {
                prop_assert!(case.contradicts_itself(), "{case:#?}");
            }
            // Statuses and suggested coverage never differ.
            let suggested = |lists: &[Vec<Derived>]| -> Vec<Vec<Derived>> {
                lists
                    .iter()
                    .map(|l| l.iter().filter(|d| d.suggests_coverage()).cloned().collect())
                    .collect()
            };
            prop_assert_eq!(suggested(&derived), suggested(&expected));
        }
    }

    /// The one loop that composes to more than its shortcut: `R1 subset R2`,
    /// `R2 no-relationship R1` (R1 disjoint from itself). A walk
    /// R0 → R1 → R2 → R1 → R3 would reach R3 as no-relationship; no simple
    /// path reaches it but as unknown, and that is what is kept.
    #[test]
    fn a_self_contradicting_loop_is_not_walked() {
        let (sub, sup, none) = (
            Relationship::Subset,
            Relationship::Superset,
            Relationship::NoRelationship,
        );
        let case = Case {
            steps: steps_of(
                4,
                &[
                    (0, 1, Relationship::Equal),
                    (1, 2, sub),
                    (2, 1, none),
                    (1, 3, sup),
                ],
            ),
            controls: vec![vec![(RequirementId::from_index(0), sub)]],
            directly_met: vec![false; 4],
            max_hops: 4,
        };
        assert!(case.contradicts_itself());
        let derived = case.derive();
        assert_sound(&case, &derived);
        assert_eq!(derived[3].len(), 1);
        assert_eq!(derived[3][0].relationship, Composed::Unknown);
        assert_eq!(derived, case.brute_force());
    }
}
