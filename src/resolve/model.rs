//! The resolved model: every name looked up, every reference an index.
//!
//! Vectors keep source order (built-in catalogs first, then the project's
//! files in sorted path order), so everything built from the model iterates
//! deterministically.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

pub use super::retention::{Retention, RetentionUnit};
use crate::source::Span;
use crate::vocabulary::{
    Automation, ComponentCategory, ComponentKind, EuBasis, EuRole, EuTier, EuUse, Frequency,
    ImplementationStatus, Nature, Rationale, Relationship, ReportKind, ReviewStatus,
    SubserviceTreatment, TrustCategory,
};

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub struct $name(pub u32);

        impl $name {
            /// The index into the model's vector.
            pub fn index(self) -> usize {
                self.0 as usize
            }

            pub(crate) fn from_index(index: usize) -> Self {
                Self(u32::try_from(index).expect("fewer than 4 billion items"))
            }
        }
    };
}

index_type!(
    /// A framework version in [`Model::frameworks`].
    FrameworkId
);
index_type!(
    /// A group or requirement in [`Model::requirements`].
    RequirementId
);
index_type!(
    /// A control in [`Model::controls`].
    ControlId
);
index_type!(
    /// A risk in [`Model::risks`].
    RiskId
);
index_type!(
    /// A mapping in its control's [`Control::satisfies`] list.
    MappingId
);
index_type!(
    /// A crosswalk in [`Model::crosswalks`].
    CrosswalkId
);
index_type!(
    /// A pair in its crosswalk's [`Crosswalk::pairs`] list.
    PairId
);

/// Everything a project says, resolved.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// Framework versions, built-in first.
    pub frameworks: Vec<Framework>,
    /// Groups and requirements of every framework, each framework's in
    /// catalog order.
    pub requirements: Vec<Requirement>,
    /// Crosswalks between framework versions.
    pub crosswalks: Vec<Crosswalk>,
    /// Risks: the built-in AI risk library first, then the project's (a
    /// project's risk with a library risk's identifier replaces it in place).
    pub risks: Vec<Risk>,
    /// The risks each kind of component implies, one entry per kind and
    /// risk, in source order.
    pub implications: Vec<Implication>,
    /// Controls.
    pub controls: Vec<Control>,
    /// Systems in scope.
    pub systems: Vec<System>,
    /// Requirements scoped out, with their justification.
    pub exclusions: Vec<Exclusion>,
    /// Conclusions that several controls together meet a requirement, at
    /// most one per requirement.
    pub conclusions: Vec<Conclusion>,
    /// Controls (or groups) included in a Statement of Applicability, with
    /// the organisation's justification, in source order.
    pub inclusions: Vec<Inclusion>,
    /// The `statement-of-applicability` blocks, at most one per framework
    /// version.
    pub applicability_statements: Vec<ApplicabilityStatement>,
}

impl Model {
    /// The framework with this id.
    pub fn framework(&self, id: FrameworkId) -> &Framework {
        &self.frameworks[id.index()]
    }

    /// The group or requirement with this id.
    pub fn requirement(&self, id: RequirementId) -> &Requirement {
        &self.requirements[id.index()]
    }

    /// The control with this id.
    pub fn control(&self, id: ControlId) -> &Control {
        &self.controls[id.index()]
    }

    /// The risk with this id.
    pub fn risk(&self, id: RiskId) -> &Risk {
        &self.risks[id.index()]
    }

    /// The crosswalk with this id.
    pub fn crosswalk(&self, id: CrosswalkId) -> &Crosswalk {
        &self.crosswalks[id.index()]
    }

    /// `framework@version:ID` for a requirement.
    pub fn qualified_id(&self, id: RequirementId) -> String {
        let requirement = self.requirement(id);
        format!(
            "{}:{}",
            self.framework(requirement.framework).key(),
            requirement.id
        )
    }
}

/// One version of a framework.
#[derive(Debug, Clone, Serialize)]
pub struct Framework {
    /// Short name (`soc2`).
    pub name: String,
    /// Version (`2017`).
    pub version: String,
    /// Full title.
    pub title: String,
    /// Who publishes it.
    pub publisher: Option<String>,
    /// Licence of the content.
    pub licence: Option<String>,
    /// Where the catalog's content comes from.
    pub source: Option<String>,
    /// Where to read it.
    pub url: Option<String>,
    /// Our summary.
    pub summary: Option<String>,
    /// Whether it is compiled into the binary.
    pub builtin: bool,
    /// Its groups and requirements, in catalog order.
    #[serde(skip)]
    pub entries: Vec<RequirementId>,
    /// Where it is declared (its name).
    #[serde(skip)]
    pub span: Span,
}

impl Framework {
    /// `name@version`.
    pub fn key(&self) -> String {
        format!("{}@{}", self.name, self.version)
    }

    /// How many requirements (not groups) it has.
    pub fn requirement_count(&self, model: &Model) -> usize {
        self.entries
            .iter()
            .filter(|&&id| model.requirement(id).kind == EntryKind::Requirement)
            .count()
    }
}

/// Whether a catalog entry is a group or a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    /// A grouping (category, series, clause); controls do not map to it.
    Group,
    /// A requirement controls map to.
    Requirement,
}

/// A group or requirement of a framework.
#[derive(Debug, Clone, Serialize)]
pub struct Requirement {
    /// The framework it belongs to.
    #[serde(skip)]
    pub framework: FrameworkId,
    /// Identifier as written in our language (`GOVERN-1.1`).
    pub id: String,
    /// The official shown form, when it differs (`GOVERN 1.1`).
    pub display: Option<String>,
    /// Short heading.
    pub title: String,
    /// Our summary.
    pub summary: Option<String>,
    /// The official text, where the catalog's licence allows it (imported
    /// OSCAL catalogs).
    pub statement: Option<String>,
    /// The official guidance or discussion, likewise.
    pub guidance: Option<String>,
    /// Whether the catalog withdrew it: kept so references resolve, never
    /// counted as uncovered.
    pub withdrawn: bool,
    /// Whether it is marked `informative` (as written on this entry; its
    /// groups' mark holds too): it defines, classifies, presumes or
    /// empowers rather than obliges, and never counts as a gap.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub informative: bool,
    /// Applicability tags (`role:provider`, `tier:high-risk`), as written on
    /// this entry; tags on its groups hold too.
    pub tags: Vec<String>,
    /// The date the obligation applies from (`YYYY-MM-DD`), as written on
    /// this entry.
    pub applies_from: Option<String>,
    /// The dates by classification basis (`applies-from "…" for annex-i`),
    /// as written on this entry.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub applies_from_by_basis: BTreeMap<EuBasis, String>,
    /// The enclosing group.
    #[serde(skip)]
    pub parent: Option<RequirementId>,
    /// Group or requirement.
    pub kind: EntryKind,
    /// Where it is declared (its identifier).
    #[serde(skip)]
    pub span: Span,
}

impl Requirement {
    /// The official shown form: `display` if given, else the identifier.
    pub fn shown(&self) -> &str {
        self.display.as_deref().unwrap_or(&self.id)
    }
}

/// The attributes a mapping edge may carry (OSCAL 1.2, NIST IR 8477).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EdgeAttributes {
    /// Why the mapping holds.
    pub rationale: Option<Rationale>,
    /// How strong it is, 1–10.
    pub strength: Option<u8>,
    /// Where it is in review.
    pub status: Option<ReviewStatus>,
    /// A note.
    pub note: Option<String>,
    /// How the control is in scope for this framework.
    pub scope: Option<String>,
}

impl EdgeAttributes {
    /// The attributes as one line, in the order the language writes them:
    /// `rationale functional, strength 6, status reviewed, note "…"`; texts
    /// are quoted with their escapes, so the line stays one line.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(r) = self.rationale {
            parts.push(format!("rationale {r}"));
        }
        if let Some(s) = self.strength {
            parts.push(format!("strength {s}"));
        }
        if let Some(s) = self.status {
            parts.push(format!("status {s}"));
        }
        if let Some(s) = &self.scope {
            parts.push(format!("scope {s:?}"));
        }
        if let Some(n) = &self.note {
            parts.push(format!("note {n:?}"));
        }
        parts.join(", ")
    }
}

/// A crosswalk between two framework versions.
#[derive(Debug, Clone)]
pub struct Crosswalk {
    /// The framework the pairs start from.
    pub from: FrameworkId,
    /// The framework the pairs lead to.
    pub to: FrameworkId,
    /// Who published it, or `authored` and why.
    pub source: Option<String>,
    /// The pairs.
    pub pairs: Vec<CrosswalkPair>,
    /// Whether it is compiled into the binary (the user cannot edit it).
    pub builtin: bool,
    /// Where it is declared.
    pub span: Span,
}

impl Crosswalk {
    /// The pair with this id.
    pub fn pair(&self, id: PairId) -> &CrosswalkPair {
        &self.pairs[id.index()]
    }
}

/// One pair of a crosswalk: `from relationship to`.
#[derive(Debug, Clone)]
pub struct CrosswalkPair {
    /// Entry in the `from` framework.
    pub from: RequirementId,
    /// How `from`'s scope compares with `to`'s.
    pub relationship: Relationship,
    /// Entry in the `to` framework.
    pub to: RequirementId,
    /// Edge attributes.
    pub attributes: EdgeAttributes,
    /// Where it is written.
    pub span: Span,
}

/// A risk.
#[derive(Debug, Clone)]
pub struct Risk {
    /// Identifier.
    pub id: String,
    /// Short title.
    pub title: String,
    /// Category (security, privacy, safety…).
    pub category: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Requirements the risk bears on, each with why.
    pub touches: Vec<Touch>,
    /// Frameworks reviewed and found to hold nothing the risk bears on,
    /// each with why.
    pub touches_none: Vec<TouchesNone>,
    /// Whether it comes from the built-in risk library.
    pub builtin: bool,
    /// Where it is declared (its identifier).
    pub span: Span,
}

impl Risk {
    /// The requirements the risk bears on.
    pub fn touched(&self) -> impl Iterator<Item = RequirementId> + '_ {
        self.touches.iter().map(|t| t.requirement)
    }
}

/// A requirement a risk bears on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Touch {
    /// The requirement.
    pub requirement: RequirementId,
    /// Why the risk bears on it.
    pub because: Option<String>,
}

/// A framework a risk touches nothing in, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TouchesNone {
    /// The framework.
    pub framework: FrameworkId,
    /// Why nothing in it bears on the risk.
    pub because: String,
    /// Where it is written.
    pub span: Span,
    /// Where the justification is written.
    pub because_span: Span,
}

/// `component-kind K implies R`: every component of kind `K` brings risk
/// `R`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Implication {
    /// The kind of component.
    pub kind: ComponentKind,
    /// The risk.
    pub risk: RiskId,
    /// Where the risk is named.
    pub span: Span,
}

/// A control.
#[derive(Debug, Clone)]
pub struct Control {
    /// Identifier.
    pub id: String,
    /// Short title.
    pub title: String,
    /// Who runs it.
    pub owner: Option<String>,
    /// How often it operates.
    pub frequency: Option<Frequency>,
    /// Preventive, detective or corrective.
    pub nature: Option<Nature>,
    /// Manual, semi-automated or automated.
    pub automation: Option<Automation>,
    /// What it does.
    pub description: Option<String>,
    /// Risks it mitigates.
    pub mitigates: Vec<RiskId>,
    /// Evidence it produces.
    pub evidence: Vec<Evidence>,
    /// Test procedures.
    pub tests: Vec<String>,
    /// Where each of [`Control::tests`] is written (its text), in the same
    /// order.
    pub test_spans: Vec<Span>,
    /// Mapping edges to requirements.
    pub satisfies: Vec<Mapping>,
    /// Where it is declared (its identifier).
    pub span: Span,
}

impl Control {
    /// The mapping with this id.
    pub fn mapping(&self, id: MappingId) -> &Mapping {
        &self.satisfies[id.index()]
    }
}

/// An evidence item of a control.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    /// What is collected.
    pub name: String,
    /// Where it is kept.
    pub system: Option<String>,
    /// How long it is kept.
    pub retention: Option<Retention>,
    /// How often it is produced, when it says (the control's frequency
    /// otherwise: see [`Evidence::frequency_or`]).
    pub frequency: Option<Frequency>,
    /// More detail.
    pub description: Option<String>,
}

impl Evidence {
    /// How often the item is produced: its own frequency, or else its
    /// control's.
    pub fn frequency_or(&self, control: &Control) -> Option<Frequency> {
        self.frequency.or(control.frequency)
    }
}

/// A mapping edge from a control to a requirement.
#[derive(Debug, Clone)]
pub struct Mapping {
    /// The requirement.
    pub requirement: RequirementId,
    /// How the control's scope compares with the requirement's.
    pub relationship: Relationship,
    /// Edge attributes.
    pub attributes: EdgeAttributes,
    /// Where it is written (the whole `satisfies` statement).
    pub span: Span,
}

/// A system in the audit's scope.
#[derive(Debug, Clone, Default)]
pub struct System {
    /// Its name.
    pub name: String,
    /// What it does.
    pub description: Option<String>,
    /// SOC 2 categories in scope (security is always in).
    pub trust_categories: Vec<TrustCategory>,
    /// The SOC 2 report the description is for (`soc2 report …`), when
    /// stated.
    pub report: Option<Report>,
    /// EU AI Act operator roles.
    pub eu_roles: Vec<EuRole>,
    /// EU AI Act tiers.
    pub eu_tiers: Vec<EuTier>,
    /// The entry its EU AI Act classification rests on (`basis REF`).
    pub eu_basis: Option<Basis>,
    /// The Art. 50 use cases it declares (`uses …`), sorted.
    pub eu_uses: Vec<EuUse>,
    /// Why it is classified so, in words (`because "…"`).
    pub eu_because: Option<String>,
    /// Where its first `eu-ai-act` line is written.
    pub eu_span: Option<Span>,
    /// Components.
    pub components: Vec<Component>,
    /// Subservice organisations.
    pub subservices: Vec<Subservice>,
    /// Complementary user entity controls.
    pub cuecs: Vec<Cuec>,
    /// Principal service commitments.
    pub commitments: Vec<Statement>,
    /// System requirements: what the system must do to meet the commitments.
    pub system_requirements: Vec<Statement>,
    /// What is inside the system's boundaries and what is left out.
    pub boundaries: Vec<String>,
    /// Significant incidents during the period (`incident "…"`).
    pub incidents: Vec<String>,
    /// Significant changes to the system during the period (`change "…"`).
    pub changes: Vec<String>,
    /// The service organisation that runs it.
    pub company: Option<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A text statement of a system (`commitment "…"`, `system-requirement
/// "…"`) and where it is written.
#[derive(Debug, Clone)]
pub struct Statement {
    /// What it says.
    pub text: String,
    /// Where it is written (the whole statement).
    pub span: Span,
}

/// A component of a system.
#[derive(Debug, Clone)]
pub struct Component {
    /// Its name.
    pub name: String,
    /// What it is.
    pub kind: ComponentKind,
    /// The SOC 2 component category it is filed under (`category …`),
    /// when stated (else its kind's).
    pub category: Option<ComponentCategory>,
    /// What it does.
    pub description: Option<String>,
    /// Who runs it.
    pub owner: Option<String>,
    /// Its own EU AI Act roles (empty: the system's).
    pub eu_roles: Vec<EuRole>,
    /// Its own EU AI Act tiers (empty: the system's).
    pub eu_tiers: Vec<EuTier>,
    /// The entry its own EU AI Act classification rests on (`basis REF`).
    pub eu_basis: Option<Basis>,
    /// The Art. 50 use cases it declares (`uses …`), sorted.
    pub eu_uses: Vec<EuUse>,
    /// Why it is classified so, in words (`because "…"`).
    pub eu_because: Option<String>,
    /// Where its `eu-ai-act` line is written.
    pub eu_span: Option<Span>,
    /// Where it is declared (its name).
    pub span: Span,
}

/// The catalog entry an EU AI Act high-risk classification rests on
/// (`basis eu-ai-act@2026:AnnexIII.5(b)`), and the basis it gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Basis {
    /// The entry named: it, or one of its groups, has a `basis:` tag.
    pub entry: RequirementId,
    /// The value of that tag (`annex-i`, `annex-iii`): which dates of
    /// application hold.
    pub basis: EuBasis,
    /// Where the reference is written.
    pub span: Span,
}

impl Basis {
    /// The classification in words, as reports say it: "high-risk under
    /// Annex III, point 5(b)", "high-risk under Art. 6(1) (Annex I)".
    pub fn describe(&self, model: &Model) -> String {
        let shown = model.requirement(self.entry).shown();
        let label = self.basis.label();
        if names(shown, label) {
            format!("high-risk under {shown}")
        } else {
            format!("high-risk under {shown} ({label})")
        }
    }
}

/// Whether `text` names `label` as a whole word ("Annex III, point 5"
/// names "Annex III", not "Annex I").
fn names(text: &str, label: &str) -> bool {
    text.match_indices(label).any(|(at, _)| {
        !text[at + label.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    })
}

/// A subservice organisation.
#[derive(Debug, Clone)]
pub struct Subservice {
    /// Its name.
    pub name: String,
    /// Carved out or inclusive.
    pub treatment: SubserviceTreatment,
    /// What it provides.
    pub description: Option<String>,
    /// Its controls (complementary subservice organisation controls).
    pub csocs: Vec<Csoc>,
    /// Where it is declared (its name).
    pub span: Span,
}

impl Subservice {
    /// Whether it is carved out: its controls are left out of the
    /// description, and the criteria its CSOCs support are met by them.
    pub fn carved_out(&self) -> bool {
        self.treatment == SubserviceTreatment::CarveOut
    }
}

/// A complementary control: a control of a subservice organisation
/// ([`Csoc`]) or one user entities are expected to run ([`Cuec`]), with
/// the requirements it supports.
#[derive(Debug, Clone)]
pub struct Complementary {
    /// What the control does.
    pub text: String,
    /// The requirements it supports (`supports REF, …`), as written.
    pub supports: Vec<RequirementId>,
    /// Where it is written (its text).
    pub span: Span,
}

/// A complementary subservice organisation control.
pub type Csoc = Complementary;

/// A complementary user entity control.
pub type Cuec = Complementary;

/// The SOC 2 report a system description is for: its type and its period
/// (Type II) or date (Type I).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Type I or Type II.
    pub kind: ReportKind,
    /// The first day of a Type II period (`None` for Type I).
    pub from: Option<String>,
    /// The last day of a Type II period, or the "as of" date of Type I.
    pub to: String,
    /// Where it is written (the whole statement).
    pub span: Span,
}

/// The average length of a month in days (365.2425 / 12).
const DAYS_PER_MONTH: f64 = 30.436_875;

impl Report {
    /// The length of a Type II period in whole months, rounded, at least 1
    /// (the first and last days both count: 2026-01-01 to 2026-06-30 is 6
    /// months); `None` for a Type I report.
    pub fn period_months(&self) -> Option<u32> {
        let from = crate::dates::day_number(self.from.as_deref()?)?;
        let to = crate::dates::day_number(&self.to)?;
        let days = (to - from + 1).max(1);
        #[allow(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss
        )]
        let months = (days as f64 / DAYS_PER_MONTH).round().max(1.0) as u32;
        Some(months)
    }
}

/// A requirement (or a whole group) scoped out.
#[derive(Debug, Clone)]
pub struct Exclusion {
    /// What is excluded.
    pub requirement: RequirementId,
    /// The written justification.
    pub reason: String,
    /// Where it is written (the requirement reference).
    pub span: Span,
    /// Where the justification is written.
    pub reason_span: Span,
}

/// A person's conclusion that several controls together meet one
/// requirement, which no single mapping does: with it the requirement is
/// covered, shown as combined coverage.
#[derive(Debug, Clone)]
pub struct Conclusion {
    /// The requirement met.
    pub requirement: RequirementId,
    /// The controls that together meet it, as listed, each with its
    /// mapping to the requirement.
    pub members: Vec<Member>,
    /// Why they suffice together.
    pub because: String,
    /// Who concluded it.
    pub reviewer: String,
    /// When (`YYYY-MM-DD`).
    pub date: String,
    /// How far the conclusion is in review (`None`: not reviewed).
    pub status: Option<ReviewStatus>,
    /// Where it is written (the requirement reference).
    pub span: Span,
    /// Where the justification is written.
    pub because_span: Span,
}

impl Conclusion {
    /// Whether it is reviewed or approved (not in draft, not without a
    /// status): only then do documents show combined coverage unqualified.
    pub fn reviewed(&self) -> bool {
        self.status.is_some_and(|s| s >= ReviewStatus::Reviewed)
    }
}

/// A control named in a conclusion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    /// The control.
    pub control: ControlId,
    /// Its mapping to the concluded requirement.
    pub mapping: MappingId,
    /// Where the conclusion names it.
    pub span: Span,
}

/// A control (or a whole group) included in the Statement of
/// Applicability: `include fw@v:ID status S because "…"`.
#[derive(Debug, Clone)]
pub struct Inclusion {
    /// What is included.
    pub requirement: RequirementId,
    /// How far it is implemented, as declared (`None`: not stated).
    pub status: Option<ImplementationStatus>,
    /// The organisation's justification, as written.
    pub reason: String,
    /// Where it is written (the requirement reference).
    pub span: Span,
}

/// The details of one framework version's Statement of Applicability
/// (`statement-of-applicability fw@v { … }`); each is `None` when the
/// block does not give it.
#[derive(Debug, Clone)]
pub struct ApplicabilityStatement {
    /// The framework version.
    pub framework: FrameworkId,
    /// The document's version.
    pub version: Option<String>,
    /// When it was approved (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// Who approved it.
    pub approver: Option<String>,
    /// The scope of the AI management system.
    pub scope: Option<String>,
    /// Where it is written (the framework reference).
    pub span: Span,
}

impl Model {
    /// The inclusion that covers a requirement: its own, or else that of
    /// the nearest group it belongs to (as exclusions of groups do).
    /// `direct` maps each included entry to its inclusion's index
    /// ([`Model::inclusions_by_entry`]).
    pub fn inclusion_of(
        &self,
        direct: &HashMap<RequirementId, usize>,
        requirement: RequirementId,
    ) -> Option<&Inclusion> {
        let mut entry = Some(requirement);
        while let Some(id) = entry {
            if let Some(&i) = direct.get(&id) {
                return Some(&self.inclusions[i]);
            }
            entry = self.requirement(id).parent;
        }
        None
    }

    /// Each entry an `include` names, with the first inclusion's index.
    pub fn inclusions_by_entry(&self) -> HashMap<RequirementId, usize> {
        let mut map = HashMap::new();
        for (i, inclusion) in self.inclusions.iter().enumerate() {
            map.entry(inclusion.requirement).or_insert(i);
        }
        map
    }

    /// The `statement-of-applicability` block of a framework version.
    pub fn applicability_statement(
        &self,
        framework: FrameworkId,
    ) -> Option<&ApplicabilityStatement> {
        self.applicability_statements
            .iter()
            .find(|s| s.framework == framework)
    }
}

#[cfg(test)]
mod tests {
    use super::{Report, names};
    use crate::source::Span;
    use crate::vocabulary::ReportKind;

    fn report(kind: ReportKind, from: Option<&str>, to: &str) -> Report {
        Report {
            kind,
            from: from.map(str::to_owned),
            to: to.to_owned(),
            span: Span::default(),
        }
    }

    #[test]
    fn a_type_2_period_is_counted_in_whole_months() {
        let months = |from, to| report(ReportKind::Type2, Some(from), to).period_months();
        assert_eq!(months("2026-01-01", "2026-06-30"), Some(6));
        assert_eq!(months("2026-01-01", "2026-12-31"), Some(12));
        assert_eq!(months("2026-01-01", "2026-03-31"), Some(3));
        assert_eq!(months("2026-02-01", "2026-02-28"), Some(1));
        assert_eq!(months("2024-01-01", "2025-12-31"), Some(24));
        // Shorter than a month still counts one; a period over a year end.
        assert_eq!(months("2026-06-30", "2026-06-30"), Some(1));
        assert_eq!(months("2025-10-01", "2026-03-31"), Some(6));
        // Rounded: 107 days (3.5 months and a little more) is four, 105 is three.
        assert_eq!(months("2026-01-01", "2026-04-17"), Some(4));
        assert_eq!(months("2026-01-01", "2026-04-15"), Some(3));
    }

    #[test]
    fn a_type_1_report_has_no_period() {
        assert_eq!(
            report(ReportKind::Type1, None, "2026-06-30").period_months(),
            None
        );
    }

    #[test]
    fn a_label_is_named_only_as_a_whole_word() {
        assert!(names("Annex III, point 5(b)", "Annex III"));
        assert!(!names("Annex III, point 5(b)", "Annex I"));
        assert!(names("Annex I", "Annex I"));
        assert!(names("Section A of Annex I, point 12", "Annex I"));
        assert!(!names("Art. 6(1)", "Annex I"));
    }
}
