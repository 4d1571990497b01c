//! What the documents know about particular frameworks, in one place: the
//! SOC 2 trust services categories, the components and lifecycle stages of
//! a SOC 2 system description, the evidence sampling of a SOC 2 Type II
//! period, and where the ISO/IEC 42001 Statement of Applicability finds
//! Annex A. Every other part of `render` works on any framework.
//!
//! None of this is framework text: names, identifiers and the shape of the
//! built-in catalogs (`frameworks/*.cw`), each with where it comes from.

/// SOC 2: the AICPA 2017 Trust Services Criteria (TSP section 100, criteria
/// unchanged by the revised points of focus of 2022) and the 2018
/// Description Criteria for a SOC 2 system description (DC section 200).
pub mod soc2 {
    use crate::resolve::model::Requirement;
    use crate::vocabulary::{
        Automation, ComponentCategory, ComponentKind, Frequency, TrustCategory,
    };

    /// The short name of the SOC 2 catalog (`frameworks/soc2-2017.cw`):
    /// the system description takes its criteria from the version of it in
    /// scope, else from the latest one loaded.
    pub const NAME: &str = "soc2";

    /// How the AICPA names a trust services category (TSP section 100).
    pub fn category_name(category: TrustCategory) -> &'static str {
        match category {
            TrustCategory::Security => "Security",
            TrustCategory::Availability => "Availability",
            TrustCategory::ProcessingIntegrity => "Processing Integrity",
            TrustCategory::Confidentiality => "Confidentiality",
            TrustCategory::Privacy => "Privacy",
        }
    }

    /// The trust services category a top-level group of the SOC 2 catalog
    /// belongs to: its `category:` tag (`frameworks/soc2-2017.cw` tags each
    /// of `CC`, `A`, `C`, `PI`, `P`), else `security`, the category of the
    /// common criteria.
    pub fn category_of(group: &Requirement) -> &str {
        group
            .tags
            .iter()
            .find_map(|t| t.strip_prefix("category:"))
            .unwrap_or("security")
    }

    /// Whether a system with these trust services categories reports on a
    /// group of this category: security (the common criteria) is in every
    /// SOC 2 examination (TSP section 100), the others when the system
    /// names them.
    pub fn category_in_scope(category: &str, system: &[TrustCategory]) -> bool {
        category == "security" || system.iter().any(|c| c.to_string() == category)
    }

    /// The trust services categories of a system as a SOC 2 report names
    /// them: Security, always in scope, first; then the others it names.
    pub fn categories_in_scope(system: &[TrustCategory]) -> Vec<String> {
        let mut names = vec![category_name(TrustCategory::Security).to_owned()];
        names.extend(
            system
                .iter()
                .filter(|&&c| c != TrustCategory::Security)
                .map(|&c| category_name(c).to_owned()),
        );
        names
    }

    /// The five component categories of a system (infrastructure,
    /// software, people, data, procedures: DC section 200, DC 3), each with
    /// its heading and the component kinds filed under it when a component
    /// states no `category`; which kind goes where is crosswalk's own
    /// reading, and a kind may serve two (a feature store is software that
    /// holds data).
    pub const COMPONENT_CATEGORIES: &[(ComponentCategory, &str, &[ComponentKind])] = &[
        (
            ComponentCategory::Infrastructure,
            "Infrastructure",
            &[ComponentKind::Infrastructure, ComponentKind::Database],
        ),
        (
            ComponentCategory::Software,
            "Software",
            &[
                ComponentKind::Software,
                ComponentKind::TrainingPipeline,
                ComponentKind::ModelRegistry,
                ComponentKind::ModelServing,
                ComponentKind::Monitoring,
                ComponentKind::FeatureStore,
                ComponentKind::VectorStore,
                ComponentKind::ThirdPartyModel,
                ComponentKind::Other,
            ],
        ),
        (
            ComponentCategory::People,
            "People",
            &[
                ComponentKind::People,
                ComponentKind::HumanReview,
                ComponentKind::LabellingVendor,
            ],
        ),
        (
            ComponentCategory::Data,
            "Data",
            &[
                ComponentKind::Data,
                ComponentKind::Database,
                ComponentKind::DataIngestion,
                ComponentKind::FeatureStore,
                ComponentKind::InferenceLogStore,
                ComponentKind::VectorStore,
            ],
        ),
        (
            ComponentCategory::Procedures,
            "Procedures",
            &[ComponentKind::Procedures],
        ),
    ];

    /// Whether a component of this kind, with this stated category, is
    /// filed under `category`: the stated one alone, else every category
    /// its kind is filed under.
    pub fn files_under(
        category: ComponentCategory,
        kinds: &[ComponentKind],
        kind: ComponentKind,
        stated: Option<ComponentCategory>,
    ) -> bool {
        stated.map_or_else(|| kinds.contains(&kind), |s| s == category)
    }

    /// A component kind as a description names it ("feature store", not
    /// `feature-store`).
    pub fn kind_name(kind: ComponentKind) -> &'static str {
        match kind {
            ComponentKind::Infrastructure => "infrastructure",
            ComponentKind::Software => "software",
            ComponentKind::Database => "database",
            ComponentKind::People => "people",
            ComponentKind::Data => "data",
            ComponentKind::Procedures => "procedures",
            ComponentKind::DataIngestion => "data ingestion",
            ComponentKind::TrainingPipeline => "training pipeline",
            ComponentKind::FeatureStore => "feature store",
            ComponentKind::LabellingVendor => "labelling vendor",
            ComponentKind::ModelRegistry => "model registry",
            ComponentKind::ModelServing => "model serving",
            ComponentKind::InferenceLogStore => "inference log store",
            ComponentKind::Monitoring => "monitoring",
            ComponentKind::HumanReview => "human review",
            ComponentKind::ThirdPartyModel => "third-party model",
            ComponentKind::VectorStore => "vector store",
            ComponentKind::Other => "other",
        }
    }

    /// The stages of the AI lifecycle a SOC 2 description of an AI system
    /// should walk through, and the component kinds that carry out each.
    /// The AICPA names no such stages: this is crosswalk's own outline.
    pub const LIFECYCLE_STAGES: &[(&str, &[ComponentKind])] = &[
        (
            "Data ingestion and labelling",
            &[
                ComponentKind::DataIngestion,
                ComponentKind::LabellingVendor,
                ComponentKind::FeatureStore,
            ],
        ),
        (
            "Training and evaluation",
            &[ComponentKind::TrainingPipeline],
        ),
        (
            "Model registry and deployment",
            &[ComponentKind::ModelRegistry],
        ),
        (
            "Inference",
            &[
                ComponentKind::ModelServing,
                ComponentKind::ThirdPartyModel,
                ComponentKind::VectorStore,
                ComponentKind::InferenceLogStore,
            ],
        ),
        ("Monitoring", &[ComponentKind::Monitoring]),
        ("Human review", &[ComponentKind::HumanReview]),
    ];

    /// What the evidence list says of a control expected to run less than
    /// once in the period.
    pub const MAY_NOT_OCCUR: &str = "0–1, may not occur in the period";

    /// How many times a control operates in a SOC 2 Type II period, and the
    /// sample an auditor commonly selects to test its operating
    /// effectiveness.
    ///
    /// An automated control is tested once (a test of one), relying on the IT
    /// general controls over it. A control run by people is sampled by how
    /// often it runs, from the usual audit-firm table: annual 1, quarterly 2,
    /// monthly 2, weekly 5, daily 25 (over about 250 working days a year),
    /// per event 25 or all if fewer, many times a day 25 to 60. Each firm sets
    /// its own table (the AICPA prescribes none); these are a planning
    /// estimate. A control expected to run less than once in the period
    /// (annual over six months) gets [`MAY_NOT_OCCUR`], not a promise of 1.
    pub fn sample_plan(
        frequency: Option<Frequency>,
        automation: Option<Automation>,
        period_months: u32,
    ) -> (String, String) {
        let months = period_months.max(1);
        let count = |per_year: u32| (per_year * months).div_ceil(12).max(1);
        // Fewer than one expected run in the period (an annual control over
        // six months): it may not run at all, and saying "1" would promise
        // a sample that may not exist.
        let may_not_occur = |per_year: u32| per_year * months < 12;
        let occurrences = |per_year: u32| {
            if may_not_occur(per_year) {
                MAY_NOT_OCCUR.to_owned()
            } else {
                count(per_year).to_string()
            }
        };
        let population = match frequency {
            Some(Frequency::Annual) => occurrences(1),
            Some(Frequency::Quarterly) => occurrences(4),
            Some(Frequency::Monthly) => occurrences(12),
            Some(Frequency::Weekly) => occurrences(52),
            // A job runs every calendar day; people work about 250 a year.
            Some(Frequency::Daily) if automation == Some(Automation::Automated) => occurrences(365),
            Some(Frequency::Daily) => format!("about {} working days", count(250)),
            Some(Frequency::PerChange) => "each occurrence in the period".to_owned(),
            Some(Frequency::Continuous) => "many times a day".to_owned(),
            None => "unknown: the control states no frequency".to_owned(),
        };
        if automation == Some(Automation::Automated) {
            let sample = "1 (test of one automated control), plus the IT general controls over it";
            return (population, sample.to_owned());
        }
        let planned = |per_year: u32, table: u32| {
            if may_not_occur(per_year) {
                MAY_NOT_OCCUR.to_owned()
            } else {
                count(per_year).min(table).to_string()
            }
        };
        let sample = match frequency {
            Some(Frequency::Annual) => planned(1, 1),
            Some(Frequency::Quarterly) => planned(4, 2),
            Some(Frequency::Monthly) => planned(12, 2),
            Some(Frequency::Weekly) => planned(52, 5),
            Some(Frequency::Daily) => planned(250, 25),
            Some(Frequency::PerChange) => "25, or all if fewer".to_owned(),
            Some(Frequency::Continuous) => "25 to 60, by the auditor's table".to_owned(),
            None => "agree with the auditor".to_owned(),
        };
        (population, sample)
    }
}

/// ISO/IEC 42001:2023, AI management systems: the Statement of
/// Applicability (clause 6.1.3 d) lists the controls of its Annex A
/// (normative, "Reference control objectives and controls").
pub mod iso42001 {
    /// The short name of the ISO/IEC 42001 catalog
    /// (`frameworks/iso42001-2023.cw`): every version of it in scope gets a
    /// Statement of Applicability.
    pub const NAME: &str = "iso42001";

    /// The identifier of the top-level group that holds Annex A in the
    /// catalog (`group A "Annex A reference controls"`): its child groups
    /// are the objectives (`A.2` …), the requirements under them the
    /// controls.
    pub const ANNEX_A: &str = "A";
}

#[cfg(test)]
mod tests {
    use super::soc2::{MAY_NOT_OCCUR, sample_plan};
    use crate::vocabulary::{Automation, Frequency};

    #[test]
    fn fewer_than_one_expected_run_may_not_occur() {
        // An annual control over six months, a quarterly one over two.
        for (frequency, months) in [(Frequency::Annual, 6), (Frequency::Quarterly, 2)] {
            let (population, sample) = sample_plan(Some(frequency), None, months);
            assert_eq!(
                (population.as_str(), sample.as_str()),
                (MAY_NOT_OCCUR, MAY_NOT_OCCUR)
            );
        }
        // Exactly one expected run is one.
        assert_eq!(
            sample_plan(Some(Frequency::Annual), None, 12),
            ("1".to_owned(), "1".to_owned())
        );
        assert_eq!(
            sample_plan(Some(Frequency::Quarterly), None, 3),
            ("1".to_owned(), "1".to_owned())
        );
        // More runs: the table's sample, never more than the population.
        assert_eq!(
            sample_plan(Some(Frequency::Quarterly), None, 6),
            ("2".to_owned(), "2".to_owned())
        );
        assert_eq!(
            sample_plan(Some(Frequency::Monthly), None, 1),
            ("1".to_owned(), "1".to_owned())
        );
    }

    #[test]
    fn an_automated_daily_control_runs_every_calendar_day() {
        // A job does not keep office hours: 365 runs a year, 183 in six
        // months (182.5, rounded); people's daily controls stay on working days.
        let (population, _) = sample_plan(Some(Frequency::Daily), Some(Automation::Automated), 12);
        assert_eq!(population, "365");
        let (population, _) = sample_plan(Some(Frequency::Daily), Some(Automation::Automated), 6);
        assert_eq!(population, "183");
        let (population, _) = sample_plan(Some(Frequency::Daily), Some(Automation::Manual), 12);
        assert_eq!(population, "about 250 working days");
    }

    #[test]
    fn an_automated_control_is_tested_once_but_its_population_stays_honest() {
        let (population, sample) =
            sample_plan(Some(Frequency::Annual), Some(Automation::Automated), 6);
        assert_eq!(population, MAY_NOT_OCCUR);
        assert!(
            sample.starts_with("1 (test of one automated control)"),
            "{sample}"
        );
    }
}
