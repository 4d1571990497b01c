//! The fixed vocabularies of the language: mapping relationships, edge
//! attributes, control attributes and system scoping words.
//!
//! The grammar accepts any word where these go; lowering checks the word
//! against the vocabulary so a typo gets a "did you mean" with the valid
//! choices, not a bare syntax error.

use serde::Serialize;

mod compose;

pub use compose::Composed;

/// A closed set of words, each written one way in the language.
pub trait Vocabulary: Sized + Copy + 'static {
    /// What the word is called in messages ("relationship", "frequency").
    const WHAT: &'static str;
    /// Every member, in the order the documentation lists them.
    const ALL: &'static [Self];
    /// How the member is written.
    fn as_str(self) -> &'static str;
    /// The member written `word`, if any.
    fn from_word(word: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == word)
    }
    /// Every word, in order.
    fn words() -> Vec<&'static str> {
        Self::ALL.iter().map(|v| v.as_str()).collect()
    }
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $what:literal { $($(#[$vdoc:meta])* $variant:ident => $word:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $word)] $variant,)+
        }

        impl Vocabulary for $name {
            const WHAT: &'static str = $what;
            const ALL: &'static [Self] = &[$(Self::$variant,)+];
            fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $word,)+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// How a control's scope compares with a requirement's (NIST IR 8477).
    Relationship, "relationship" {
        /// Same scope: full coverage.
        Equal => "equal",
        /// The control covers the whole requirement and more: full coverage.
        Superset => "superset",
        /// The control covers part of the requirement: partial coverage.
        Subset => "subset",
        /// They overlap, neither contains the other: partial coverage.
        Intersects => "intersects",
        /// Disjoint, recorded to say it was reviewed: no coverage.
        NoRelationship => "no-relationship",
        /// Related, set relation not stated: a review candidate, no coverage.
        Related => "related",
    }
}

impl Relationship {
    /// Whether a control with this relationship covers the whole
    /// requirement (`equal`, `superset`).
    pub fn covers_fully(self) -> bool {
        matches!(self, Relationship::Equal | Relationship::Superset)
    }

    /// Whether a control with this relationship meets the requirement at
    /// least in part (`equal`, `superset`, `subset`, `intersects`), as
    /// opposed to recording a review (`related`, `no-relationship`).
    pub fn meets(self) -> bool {
        matches!(
            self,
            Relationship::Equal
                | Relationship::Superset
                | Relationship::Subset
                | Relationship::Intersects
        )
    }
}

vocabulary! {
    /// Why a mapping holds (NIST IR 8477, OSCAL 1.2 mapping rationale).
    Rationale, "rationale" {
        /// The words match.
        Syntactic => "syntactic",
        /// The meanings match.
        Semantic => "semantic",
        /// The outcomes match.
        Functional => "functional",
    }
}

vocabulary! {
    /// Where a mapping edge is in review.
    ReviewStatus, "review status" {
        /// Written, not yet reviewed.
        Draft => "draft",
        /// Reviewed by a second person.
        Reviewed => "reviewed",
        /// Approved by the control's owner or the GRC lead.
        Approved => "approved",
    }
}

/// A review state as machine-readable output writes it: the status word,
/// or `unreviewed` for an edge or conclusion that gives none.
pub fn review_word(status: Option<ReviewStatus>) -> &'static str {
    status.map_or("unreviewed", ReviewStatus::as_str)
}

/// Serializes a review state as [`review_word`] writes it, for
/// `#[serde(serialize_with = "crate::vocabulary::serialize_review")]`.
#[allow(clippy::ref_option, clippy::trivially_copy_pass_by_ref)] // serde's signature
pub fn serialize_review<S: serde::Serializer>(
    status: &Option<ReviewStatus>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(review_word(*status))
}

/// A review state as documents show it: the status word, or `not reviewed`
/// for an edge or conclusion that gives none (never a blank).
pub fn review_label(status: Option<ReviewStatus>) -> &'static str {
    status.map_or("not reviewed", ReviewStatus::as_str)
}

vocabulary! {
    /// How often a control operates.
    Frequency, "frequency" {
        /// All the time, typically automated.
        Continuous => "continuous",
        /// Each time a change is made.
        PerChange => "per-change",
        /// Once a day.
        Daily => "daily",
        /// Once a week.
        Weekly => "weekly",
        /// Once a month.
        Monthly => "monthly",
        /// Once a quarter.
        Quarterly => "quarterly",
        /// Once a year.
        Annual => "annual",
    }
}

vocabulary! {
    /// What a control does about a risk.
    Nature, "control nature" {
        /// Stops the event.
        Preventive => "preventive",
        /// Finds the event.
        Detective => "detective",
        /// Repairs after the event.
        Corrective => "corrective",
    }
}

vocabulary! {
    /// How much of a control is done by machines.
    Automation, "automation level" {
        /// Done by people.
        Manual => "manual",
        /// Tool-assisted, with a person in the loop.
        SemiAutomated => "semi-automated",
        /// Done by a system.
        Automated => "automated",
    }
}

vocabulary! {
    /// A SOC 2 trust services category.
    TrustCategory, "trust services category" {
        /// Security: the common criteria, always in scope.
        Security => "security",
        /// Availability.
        Availability => "availability",
        /// Processing integrity.
        ProcessingIntegrity => "processing-integrity",
        /// Confidentiality.
        Confidentiality => "confidentiality",
        /// Privacy.
        Privacy => "privacy",
    }
}

vocabulary! {
    /// An operator role under the EU AI Act.
    EuRole, "EU AI Act role" {
        /// Develops the system or model and places it on the market.
        Provider => "provider",
        /// Uses the system under its authority.
        Deployer => "deployer",
        /// Places a system from outside the Union on the market.
        Importer => "importer",
        /// Makes the system available in the supply chain.
        Distributor => "distributor",
        /// Acts for a provider established outside the Union.
        AuthorisedRepresentative => "authorised-representative",
        /// Not an operator: the Commission, a Member State, a market
        /// surveillance authority or a notified body. Catalog entries that
        /// bind them are tagged `role:authority`, so they never count as a
        /// provider's or deployer's gap.
        Authority => "authority",
    }
}

vocabulary! {
    /// A risk tier under the EU AI Act.
    EuTier, "EU AI Act tier" {
        /// A prohibited practice (Art. 5).
        Prohibited => "prohibited",
        /// A high-risk system (Art. 6, Annex I or III).
        HighRisk => "high-risk",
        /// A system with transparency obligations (Art. 50).
        Transparency => "transparency",
        /// A general-purpose AI model (Art. 53).
        Gpai => "gpai",
        /// A general-purpose AI model with systemic risk (Art. 55).
        GpaiSystemicRisk => "gpai-systemic-risk",
        /// None of the above.
        Minimal => "minimal",
    }
}

vocabulary! {
    /// The basis of a high-risk classification under the EU AI Act: the
    /// value of a catalog's `basis:` tag and of `applies-from … for`.
    EuBasis, "EU AI Act classification basis" {
        /// A product, or a safety component of a product, under the Union
        /// harmonisation legislation of Annex I (Art. 6(1)).
        AnnexI => "annex-i",
        /// A use case listed in Annex III (Art. 6(2)).
        AnnexIii => "annex-iii",
    }
}

impl EuBasis {
    /// The basis in words, as reports name it ("Annex III").
    pub fn label(self) -> &'static str {
        match self {
            EuBasis::AnnexI => "Annex I",
            EuBasis::AnnexIii => "Annex III",
        }
    }
}

vocabulary! {
    /// An Art. 50 transparency use case under the EU AI Act: the value of a
    /// catalog's `use:` tag and of a system's `uses`.
    EuUse, "EU AI Act use case" {
        /// A system that interacts directly with natural persons (Art. 50(1)).
        Interaction => "interaction",
        /// A system that generates synthetic audio, image, video or text
        /// (Art. 50(2)).
        SyntheticContent => "synthetic-content",
        /// An emotion recognition system (Art. 50(3)).
        EmotionRecognition => "emotion-recognition",
        /// A biometric categorisation system (Art. 50(3)).
        BiometricCategorisation => "biometric-categorisation",
        /// A system that generates or manipulates deep fakes (Art. 50(4)).
        DeepFake => "deep-fake",
        /// A system that generates or manipulates text published to inform
        /// the public on matters of public interest (Art. 50(4)).
        PublicInterestText => "public-interest-text",
    }
}

vocabulary! {
    /// What a system component is.
    ComponentKind, "component kind" {
        /// Servers, networks and cloud services.
        Infrastructure => "infrastructure",
        /// Applications and services.
        Software => "software",
        /// A database or data store.
        Database => "database",
        /// The people who run the system.
        People => "people",
        /// The data the system processes.
        Data => "data",
        /// Documented procedures.
        Procedures => "procedures",
        /// Pipelines that bring data in.
        DataIngestion => "data-ingestion",
        /// Training and evaluation pipelines.
        TrainingPipeline => "training-pipeline",
        /// A feature store.
        FeatureStore => "feature-store",
        /// A vendor that labels data.
        LabellingVendor => "labelling-vendor",
        /// Where model versions are kept and promoted.
        ModelRegistry => "model-registry",
        /// Model serving behind an inference API.
        ModelServing => "model-serving",
        /// Where inference requests and outputs are logged.
        InferenceLogStore => "inference-log-store",
        /// Monitoring of models and services.
        Monitoring => "monitoring",
        /// People reviewing model outputs.
        HumanReview => "human-review",
        /// A model provided by a third party.
        ThirdPartyModel => "third-party-model",
        /// A vector store used for retrieval.
        VectorStore => "vector-store",
        /// Anything else.
        Other => "other",
    }
}

vocabulary! {
    /// How a SOC 2 report treats a subservice organisation.
    SubserviceTreatment, "subservice treatment" {
        /// Its controls are excluded from the report (CSOCs are listed).
        CarveOut => "carve-out",
        /// Its controls are included in the report.
        Inclusive => "inclusive",
    }
}

vocabulary! {
    /// How far an Annex A control included in an ISO/IEC 42001 Statement of
    /// Applicability is implemented, as the organisation declares it (never
    /// derived from the mappings).
    ImplementationStatus, "implementation status" {
        /// Decided, not yet started.
        Planned => "planned",
        /// Being put in place.
        InProgress => "in-progress",
        /// In place.
        Implemented => "implemented",
    }
}

impl ImplementationStatus {
    /// How documents print it ("in progress").
    pub fn label(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::InProgress => "in progress",
            Self::Implemented => "implemented",
        }
    }
}

vocabulary! {
    /// The type of a SOC 2 report a system description is for.
    ReportKind, "SOC 2 report type" {
        /// Type I: the description and the design of controls as of a date.
        Type1 => "type-1",
        /// Type II: also the operating effectiveness of controls over a period.
        Type2 => "type-2",
    }
}

vocabulary! {
    /// One of the five component categories of a SOC 2 system description
    /// (DC section 200, DC 3).
    ComponentCategory, "component category" {
        /// Physical and virtual infrastructure.
        Infrastructure => "infrastructure",
        /// Applications and system software.
        Software => "software",
        /// The people who run the system.
        People => "people",
        /// Automated and manual procedures.
        Procedures => "procedures",
        /// The data the system uses and produces.
        Data => "data",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trips<V: Vocabulary + PartialEq + std::fmt::Debug>() {
        for &v in V::ALL {
            assert_eq!(V::from_word(v.as_str()), Some(v));
        }
        let mut words = V::words();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), V::ALL.len(), "{} words are unique", V::WHAT);
    }

    #[test]
    fn every_word_parses_back() {
        round_trips::<Relationship>();
        round_trips::<Rationale>();
        round_trips::<ReviewStatus>();
        round_trips::<Frequency>();
        round_trips::<Nature>();
        round_trips::<Automation>();
        round_trips::<TrustCategory>();
        round_trips::<EuRole>();
        round_trips::<EuTier>();
        round_trips::<EuBasis>();
        round_trips::<EuUse>();
        round_trips::<ComponentKind>();
        round_trips::<SubserviceTreatment>();
        round_trips::<ImplementationStatus>();
        round_trips::<ReportKind>();
        round_trips::<ComponentCategory>();
        assert_eq!(Relationship::from_word("intersect"), None);
    }
}
