//! Analysis: for every requirement of every framework in scope, whether it
//! is met, by what, how strongly and why.
//!
//! A requirement is **covered** directly (an `equal` or `superset`
//! mapping) or combined (a conclusion that named controls, each mapping
//! `subset` or `intersects`, meet it together), **partial** (only `subset`
//! or `intersects` mappings and no conclusion), **derived**
//! (reached only through crosswalks, with a composed set relationship: a
//! suggestion for review, never coverage), **uncovered** (nothing, or only
//! unknown, `related` or `no-relationship` paths, listed as review
//! candidates), **excluded** (scoped out with a justification), **not
//! applicable** (outside the systems' SOC 2 categories, EU AI Act role,
//! tier or Art. 50 use case, or not yet in application on the chosen day,
//! for a high-risk system the day for its classification basis) or
//! **informative** (it defines, classifies, presumes or empowers rather
//! than obliges, or it is a system's classification basis: never a gap).

mod derive;
mod scope;
pub mod view;

use std::collections::HashMap;

use serde::Serialize;

pub use scope::{Applicability, Scope};

use crate::graph::ControlGraph;
use crate::resolve::Model;
use crate::resolve::model::{
    ControlId, CrosswalkId, EntryKind, FrameworkId, MappingId, PairId, RequirementId,
};
use crate::vocabulary::Composed;
use crate::vocabulary::Relationship;

/// What the headline figure means: every document that shows it says so
/// next to it.
pub const HEADLINE_DEFINITION: &str = "Covered of applicable: the requirements covered directly (a control maps equal or superset) or by a conclusion (named controls that together meet it), as a share of those that apply (all but carved out, excluded, not applicable and informative), rounded down, so 100% means every one. Partial and derived requirements are not covered: derived is a crosswalk suggestion for review, never coverage. Informative entries define, classify, presume or empower rather than oblige (a system's classification basis among them): they are listed apart, never as gaps. Carved-out requirements are met by the controls of a carved-out subservice organisation (its CSOCs), not the project's: they are counted apart, never as gaps.";

/// How far a derived mapping may travel through crosswalks.
pub const DEFAULT_MAX_HOPS: usize = 3;

/// The coverage status of one requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// A direct `equal` or `superset` mapping, or a conclusion that
    /// several controls meet it together (see [`RequirementCoverage::combined`]).
    Covered,
    /// Only direct `subset` or `intersects` mappings.
    Partial,
    /// Reached only through crosswalks: a suggestion for review.
    Derived,
    /// No coverage.
    Uncovered,
    /// Met by the controls of a carved-out subservice organisation (a
    /// `csoc` of a `carve-out` subservice supports it), which no control of
    /// the project's meets even in part (a partial one keeps it partial,
    /// with the CSOCs beside it). Counted apart, never a gap.
    CarvedOut,
    /// Scoped out with a written justification.
    Excluded,
    /// Does not apply to the systems in scope.
    NotApplicable,
    /// Not an obligation: the catalog marks it `informative` (it defines,
    /// classifies, presumes or empowers), or a system names it as its
    /// classification basis. Counted apart, never a gap.
    Informative,
}

impl Status {
    /// Every status, in report order.
    pub const ALL: [Status; 8] = [
        Status::Covered,
        Status::Partial,
        Status::Derived,
        Status::Uncovered,
        Status::CarvedOut,
        Status::Excluded,
        Status::NotApplicable,
        Status::Informative,
    ];

    /// How the status is written.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Covered => "covered",
            Status::Partial => "partial",
            Status::Derived => "derived",
            Status::Uncovered => "uncovered",
            Status::CarvedOut => "carved-out",
            Status::Excluded => "excluded",
            Status::NotApplicable => "not-applicable",
            Status::Informative => "informative",
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A direct mapping of a control to a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Direct {
    /// The control.
    pub control: ControlId,
    /// The mapping.
    pub mapping: MappingId,
    /// Its relationship.
    pub relationship: Relationship,
}

/// One crosswalk step of a derived path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The requirement the step arrives at.
    pub requirement: RequirementId,
    /// The crosswalk.
    pub crosswalk: CrosswalkId,
    /// The pair in it.
    pub pair: PairId,
    /// The pair's relationship as read along the path (subset and superset
    /// swap when the pair is read backwards).
    pub relationship: Relationship,
}

/// A control reaching a requirement through crosswalks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derived {
    /// The control.
    pub control: ControlId,
    /// The direct mapping the path starts from.
    pub mapping: MappingId,
    /// The steps, from the directly mapped requirement to this one.
    pub path: Vec<Step>,
    /// The composed relationship of the control to this requirement.
    pub relationship: Composed,
}

impl Derived {
    /// Whether the composed relationship is a set relationship that would
    /// give coverage if confirmed (equal, superset, subset, intersects).
    pub fn suggests_coverage(&self) -> bool {
        matches!(
            self.relationship,
            Composed::Known(
                Relationship::Equal
                    | Relationship::Superset
                    | Relationship::Subset
                    | Relationship::Intersects
            )
        )
    }
}

/// The coverage of one requirement.
#[derive(Debug, Clone)]
pub struct RequirementCoverage {
    /// The requirement.
    pub requirement: RequirementId,
    /// Its status.
    pub status: Status,
    /// Direct mappings, by control.
    pub direct: Vec<Direct>,
    /// Derived mappings whose composed relationship suggests coverage.
    pub derived: Vec<Derived>,
    /// Derived paths that compose to nothing usable (unknown, related,
    /// no-relationship): candidates for a reviewer.
    pub review: Vec<Derived>,
    /// The exclusion that scopes it out (index into the model's list).
    pub exclusion: Option<usize>,
    /// The conclusion that controls meet it together (index into the
    /// model's list), whatever the status.
    pub conclusion: Option<usize>,
    /// Why it does not apply.
    pub not_applicable: Option<String>,
    /// The systems or components that name it (or a group it belongs to)
    /// as their EU AI Act classification basis: "component `X` of system
    /// `Y`".
    pub basis_of: Vec<String>,
    /// The CSOCs of carved-out subservice organisations that support it,
    /// whatever the status (it is carved out only when the project's own
    /// controls do not cover it).
    pub csocs: Vec<CsocRef>,
}

/// A complementary subservice organisation control, by position: the
/// `csoc` of a `subservice` of a `system`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CsocRef {
    /// The system (index into the model's list).
    pub system: usize,
    /// The subservice organisation (index into the system's list).
    pub subservice: usize,
    /// The control (index into the subservice's list).
    pub csoc: usize,
}

impl CsocRef {
    /// The subservice organisation.
    pub fn subservice<'m>(&self, model: &'m Model) -> &'m crate::resolve::model::Subservice {
        &model.systems[self.system].subservices[self.subservice]
    }

    /// The control's text.
    pub fn text<'m>(&self, model: &'m Model) -> &'m str {
        &self.subservice(model).csocs[self.csoc].text
    }
}

/// The CSOCs of carved-out subservice organisations, by the requirement
/// each supports, in source order.
pub fn carve_outs(model: &Model) -> HashMap<RequirementId, Vec<CsocRef>> {
    let mut map: HashMap<RequirementId, Vec<CsocRef>> = HashMap::new();
    for (system, s) in model.systems.iter().enumerate() {
        for (subservice, sub) in s.subservices.iter().enumerate() {
            if !sub.carved_out() {
                continue;
            }
            for (csoc, c) in sub.csocs.iter().enumerate() {
                for &requirement in &c.supports {
                    map.entry(requirement).or_default().push(CsocRef {
                        system,
                        subservice,
                        csoc,
                    });
                }
            }
        }
    }
    map
}

impl RequirementCoverage {
    /// Whether it is covered only by a conclusion: by controls together,
    /// never by one full mapping.
    pub fn combined(&self) -> bool {
        self.status == Status::Covered && !self.direct.iter().any(|d| d.relationship.covers_fully())
    }

    /// Why it is no obligation, for an informative entry: a system's
    /// classification basis, or an entry its catalog marks informative.
    pub fn informative_reason(&self) -> Option<String> {
        if self.status != Status::Informative {
            return None;
        }
        Some(if self.basis_of.is_empty() {
            INFORMATIVE.to_owned()
        } else {
            format!("the classification basis of {}", self.basis_of.join(", "))
        })
    }

    /// Why it is excluded (the exclusion's justification), why it is no
    /// obligation, or why it does not apply; `None` for an obligation in
    /// scope.
    pub fn reason(&self, model: &Model) -> Option<String> {
        self.exclusion
            .map(|e| model.exclusions[e].reason.clone())
            .or_else(|| self.informative_reason())
            .or_else(|| self.not_applicable.clone())
    }
}

/// What an entry its catalog marks `informative` is, as reports say it.
pub const INFORMATIVE: &str = "it defines, classifies, presumes or empowers rather than obliges";

/// How many requirements of a framework have each status.
///
/// Serialized as `covered` (direct and combined), `covered_direct`,
/// `covered_combined` (and of those `covered_combined_not_reviewed`),
/// `partial`, `derived`, `uncovered`, `carved_out`, `excluded`,
/// `not_applicable`, `informative`, `applicable` and `percent_covered` (the headline figure,
/// `null` when nothing applies).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Covered, directly or combined.
    pub covered: usize,
    /// Of those covered, how many only by a conclusion (controls together).
    pub combined: usize,
    /// Of those covered combined, how many rest on a conclusion that is
    /// still in draft or has no review status.
    pub combined_not_reviewed: usize,
    /// Partial.
    pub partial: usize,
    /// Derived.
    pub derived: usize,
    /// Uncovered.
    pub uncovered: usize,
    /// Carved out: met by a carved-out subservice organisation's controls,
    /// never gaps.
    pub carved_out: usize,
    /// Excluded.
    pub excluded: usize,
    /// Not applicable.
    pub not_applicable: usize,
    /// Informative: not obligations, never gaps.
    pub informative: usize,
}

impl Counts {
    fn add(&mut self, status: Status) {
        *self.get_mut(status) += 1;
    }

    fn get_mut(&mut self, status: Status) -> &mut usize {
        match status {
            Status::Covered => &mut self.covered,
            Status::Partial => &mut self.partial,
            Status::Derived => &mut self.derived,
            Status::Uncovered => &mut self.uncovered,
            Status::CarvedOut => &mut self.carved_out,
            Status::Excluded => &mut self.excluded,
            Status::NotApplicable => &mut self.not_applicable,
            Status::Informative => &mut self.informative,
        }
    }

    /// The count of one status.
    pub fn get(&self, status: Status) -> usize {
        let mut copy = *self;
        *copy.get_mut(status)
    }

    /// Requirements that apply to the project's own controls (all but
    /// carved out, excluded, not applicable and informative).
    pub fn applicable(&self) -> usize {
        self.covered + self.partial + self.derived + self.uncovered
    }

    /// Covered directly (by one full mapping).
    pub fn direct(&self) -> usize {
        self.covered - self.combined
    }

    /// The headline figure: requirements covered (directly or combined) as
    /// a whole percentage of those that apply, rounded down so that 100 %
    /// means every one; `None` when none applies.
    pub fn percent_covered(&self) -> Option<usize> {
        let applicable = self.applicable();
        (applicable > 0).then(|| self.covered * 100 / applicable)
    }
}

impl Serialize for Counts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Counts", 13)?;
        s.serialize_field("covered", &self.covered)?;
        s.serialize_field("covered_direct", &self.direct())?;
        s.serialize_field("covered_combined", &self.combined)?;
        s.serialize_field("covered_combined_not_reviewed", &self.combined_not_reviewed)?;
        s.serialize_field("partial", &self.partial)?;
        s.serialize_field("derived", &self.derived)?;
        s.serialize_field("uncovered", &self.uncovered)?;
        s.serialize_field("carved_out", &self.carved_out)?;
        s.serialize_field("excluded", &self.excluded)?;
        s.serialize_field("not_applicable", &self.not_applicable)?;
        s.serialize_field("informative", &self.informative)?;
        s.serialize_field("applicable", &self.applicable())?;
        s.serialize_field("percent_covered", &self.percent_covered())?;
        s.end()
    }
}

/// The coverage of one framework version.
#[derive(Debug, Clone)]
pub struct FrameworkCoverage {
    /// The framework.
    pub framework: FrameworkId,
    /// Counts by status.
    pub counts: Counts,
    /// Every requirement, in catalog order.
    pub requirements: Vec<RequirementCoverage>,
}

/// The coverage of every framework in scope.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    /// Frameworks sorted by `name@version`.
    pub frameworks: Vec<FrameworkCoverage>,
}

/// What to analyse.
#[derive(Debug, Clone)]
pub struct Options {
    /// Frameworks to report besides those the project maps to or excludes
    /// from.
    pub frameworks: Vec<FrameworkId>,
    /// Only these frameworks (overrides the default choice).
    pub only: bool,
    /// The day to judge dates of application on.
    pub on: Option<String>,
    /// How many crosswalk steps a derived mapping may take.
    pub max_hops: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            frameworks: Vec::new(),
            only: false,
            on: None,
            max_hops: DEFAULT_MAX_HOPS,
        }
    }
}

/// Computes coverage.
pub fn coverage(model: &Model, graph: &ControlGraph, options: &Options) -> Coverage {
    let count = model.requirements.len();
    let mut direct: Vec<Vec<Direct>> = vec![Vec::new(); count];
    for (c, control) in model.controls.iter().enumerate() {
        for (m, mapping) in control.satisfies.iter().enumerate() {
            direct[mapping.requirement.index()].push(Direct {
                control: ControlId::from_index(c),
                mapping: MappingId::from_index(m),
                relationship: mapping.relationship,
            });
        }
    }
    // Derived mappings matter only where no direct mapping gives coverage: a
    // requirement with a direct mapping keeps its direct status.
    let directly_met: Vec<bool> = direct
        .iter()
        .map(|list| {
            list.iter().any(|d| {
                matches!(
                    d.relationship,
                    Relationship::Equal
                        | Relationship::Superset
                        | Relationship::Subset
                        | Relationship::Intersects
                )
            })
        })
        .collect();
    let derived = if model.crosswalks.is_empty() {
        vec![Vec::new(); count]
    } else {
        let controls: Vec<Vec<(RequirementId, Relationship)>> = model
            .controls
            .iter()
            .map(|c| {
                c.satisfies
                    .iter()
                    .map(|m| (m.requirement, m.relationship))
                    .collect()
            })
            .collect();
        derive::derive(
            &controls,
            |r| graph.crosswalk_steps(r),
            options.max_hops,
            &directly_met,
        )
    };
    let exclusions = excluded(model, graph);
    let conclusions: HashMap<RequirementId, usize> = model
        .conclusions
        .iter()
        .enumerate()
        .map(|(i, c)| (c.requirement, i))
        .collect();
    let scope = Scope::of(model, options.on.clone());
    let mut carved = carve_outs(model);

    let mut chosen: Vec<FrameworkId> = options.frameworks.clone();
    if !options.only {
        for (i, list) in direct.iter().enumerate() {
            if !list.is_empty() {
                chosen.push(model.requirements[i].framework);
            }
        }
        for exclusion in &model.exclusions {
            chosen.push(model.requirement(exclusion.requirement).framework);
        }
        // The Statement of Applicability's `include`s and blocks.
        for inclusion in &model.inclusions {
            chosen.push(model.requirement(inclusion.requirement).framework);
        }
        chosen.extend(model.applicability_statements.iter().map(|s| s.framework));
    }
    chosen.sort_by_key(|&f| model.framework(f).key());
    chosen.dedup();

    let mut derived = derived;
    let frameworks = chosen
        .into_iter()
        .map(|framework| {
            let mut counts = Counts::default();
            let entries = &model.framework(framework).entries;
            let mut requirements: Vec<RequirementCoverage> = Vec::with_capacity(entries.len());
            requirements.extend(
                entries
                    .iter()
                    .copied()
                    .filter(|&r| model.requirement(r).kind == EntryKind::Requirement)
                    .map(|requirement| {
                        let direct = std::mem::take(&mut direct[requirement.index()]);
                        let (suggested, review): (Vec<Derived>, Vec<Derived>) =
                            std::mem::take(&mut derived[requirement.index()])
                                .into_iter()
                                .partition(Derived::suggests_coverage);
                        let exclusion = exclusions.get(&requirement).copied();
                        let conclusion = conclusions.get(&requirement).copied();
                        let csocs = carved.remove(&requirement).unwrap_or_default();
                        let not_applicable = scope.not_applicable(model, requirement);
                        let basis_of = scope.basis_of(model, requirement);
                        let entry = model.requirement(requirement);
                        // A withdrawn entry is not applicable whatever it was.
                        let informative = !entry.withdrawn
                            && (!basis_of.is_empty()
                                || Applicability::of(model, requirement).informative);
                        let status = status(
                            &direct,
                            &suggested,
                            exclusion,
                            conclusion,
                            informative,
                            not_applicable.as_deref(),
                            !csocs.is_empty(),
                        );
                        let coverage = RequirementCoverage {
                            requirement,
                            status,
                            direct,
                            derived: suggested,
                            review,
                            exclusion,
                            conclusion,
                            not_applicable,
                            basis_of,
                            csocs,
                        };
                        counts.add(status);
                        if coverage.combined() {
                            counts.combined += 1;
                            if !conclusion.is_some_and(|c| model.conclusions[c].reviewed()) {
                                counts.combined_not_reviewed += 1;
                            }
                        }
                        coverage
                    }),
            );
            FrameworkCoverage {
                framework,
                counts,
                requirements,
            }
        })
        .collect();
    Coverage { frameworks }
}

fn status(
    direct: &[Direct],
    derived: &[Derived],
    exclusion: Option<usize>,
    conclusion: Option<usize>,
    informative: bool,
    not_applicable: Option<&str>,
    carved_out: bool,
) -> Status {
    let partial = |r: Relationship| matches!(r, Relationship::Subset | Relationship::Intersects);
    if exclusion.is_some() {
        Status::Excluded
    } else if informative {
        // Not an obligation: never a gap, whatever its mappings or scope.
        Status::Informative
    } else if not_applicable.is_some() {
        Status::NotApplicable
    } else if direct.iter().any(|d| d.relationship.covers_fully()) || conclusion.is_some() {
        // Resolution accepts a conclusion only when each of its controls
        // maps to the requirement, so it never stands without mappings.
        Status::Covered
    } else if direct.iter().any(|d| partial(d.relationship)) {
        // The project's own controls meet part of it: the rest is a gap of
        // the project's, whatever a subservice organisation's controls add
        // (they stay listed beside it, in `csocs`).
        Status::Partial
    } else if carved_out {
        // Nothing of the project's meets it, and a carved-out subservice
        // organisation's controls do: relevant, never a gap.
        Status::CarvedOut
    } else if !derived.is_empty() {
        Status::Derived
    } else {
        Status::Uncovered
    }
}

/// Requirements excluded directly or through an excluded group, with the
/// exclusion's index; the first exclusion wins.
pub fn excluded(model: &Model, graph: &ControlGraph) -> HashMap<RequirementId, usize> {
    let mut map = HashMap::new();
    for (i, exclusion) in model.exclusions.iter().enumerate() {
        let mut stack = vec![exclusion.requirement];
        while let Some(r) = stack.pop() {
            map.entry(r).or_insert(i);
            stack.extend(graph.children(r));
        }
    }
    map
}
