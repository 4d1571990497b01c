//! The built-in AI risk library: every link resolves (the catalogs compile
//! without a diagnostic), every link says why, and every risk either
//! touches each of the four frameworks or says why it touches nothing there.

use std::collections::BTreeSet;

use crosswalk::compile;
use crosswalk::frameworks::builtin_sources;
use crosswalk::resolve::Model;
use crosswalk::source::{SourceFile, SourceSet};
use crosswalk::vocabulary::{ComponentKind, Vocabulary};

use super::builtin_model;

/// The frameworks every risk of the library is read against: both EU AI
/// Act versions, so a project on either keeps the Act in its risk register.
const FRAMEWORKS: [&str; 5] = [
    "soc2@2017",
    "iso42001@2023",
    "nist-ai-rmf@1.0",
    "eu-ai-act@2024",
    "eu-ai-act@2026",
];

/// The risks the library must hold (issue 6).
const REQUIRED: [&str; 17] = [
    "prompt-injection",
    "model-extraction",
    "training-data-poisoning",
    "adversarial-inputs",
    "model-drift",
    "output-degradation",
    "unapproved-model-change",
    "training-data-provenance",
    "personal-data-in-training",
    "training-data-leakage",
    "inference-log-exposure",
    "missing-human-oversight",
    "foundation-model-dependency",
    "biased-outcomes",
    "serving-unavailable",
    "inference-timeout-in-decisions",
    "erasure-unlearning",
];

/// Every (risk, framework) of the built-in risks that has neither a
/// `touches` into the framework nor a `touches-none` for it, and every
/// `touches` without a `because`.
fn unexplained(model: &Model) -> Vec<String> {
    let mut problems = Vec::new();
    for risk in model.risks.iter().filter(|r| r.builtin) {
        let touched: BTreeSet<String> = risk
            .touched()
            .map(|t| model.framework(model.requirement(t).framework).key())
            .collect();
        let reasoned: BTreeSet<String> = risk
            .touches_none
            .iter()
            .map(|n| model.framework(n.framework).key())
            .collect();
        for framework in FRAMEWORKS {
            if !touched.contains(framework) && !reasoned.contains(framework) {
                problems.push(format!(
                    "{} touches nothing in {framework} and does not say why",
                    risk.id
                ));
            }
            if touched.contains(framework) && reasoned.contains(framework) {
                problems.push(format!(
                    "{} both touches {framework} and says it touches nothing there",
                    risk.id
                ));
            }
        }
        for touch in &risk.touches {
            if touch.because.as_deref().is_none_or(|b| b.trim().is_empty()) {
                problems.push(format!(
                    "{} touches {} without a rationale",
                    risk.id,
                    model.qualified_id(touch.requirement)
                ));
            }
        }
    }
    problems
}

#[test]
fn every_risk_touches_each_framework_or_says_why() {
    let model = builtin_model();
    assert_eq!(unexplained(&model), Vec::<String>::new());
}

#[test]
fn the_check_fails_on_a_risk_that_skips_a_framework_silently() {
    // The same library with one risk rewritten to leave SOC 2 out without
    // a `touches-none`, and one touch without its `because`.
    let mut sources = SourceSet::new();
    for file in builtin_sources() {
        let text = if file.name.ends_with("ai-risks.cw") {
            file.text
                .replace(
                    "  touches-none soc2@2017 because \"the Trust Services Criteria hold no fairness",
                    "  # removed: \"the Trust Services Criteria hold no fairness",
                )
                .replace(
                    "touches eu-ai-act@2024:Art.9(9), eu-ai-act@2026:Art.9(9) because \"impacts on vulnerable groups are considered in risk management\"",
                    "touches eu-ai-act@2024:Art.9(9), eu-ai-act@2026:Art.9(9)",
                )
        } else {
            file.text.to_string()
        };
        sources.add(SourceFile::new(file.name.clone(), text, true));
    }
    let compilation = compile(sources);
    assert!(!compilation.has_errors(), "{:#?}", compilation.diagnostics);
    assert_eq!(
        unexplained(&compilation.model),
        vec![
            "biased-outcomes touches nothing in soc2@2017 and does not say why".to_owned(),
            "biased-outcomes touches eu-ai-act@2024:Art.9(9) without a rationale".to_owned(),
            "biased-outcomes touches eu-ai-act@2026:Art.9(9) without a rationale".to_owned(),
        ]
    );
}

#[test]
fn the_library_holds_the_required_risks_and_every_kind_implies_them() {
    let model = builtin_model();
    let ids: BTreeSet<&str> = model
        .risks
        .iter()
        .filter(|r| r.builtin)
        .map(|r| r.id.as_str())
        .collect();
    for required in REQUIRED {
        assert!(ids.contains(required), "the library lacks {required}");
    }
    // Every library risk is implied by some component kind, and every AI
    // component kind that is a source of risk implies something.
    let implied: BTreeSet<&str> = model
        .implications
        .iter()
        .map(|i| model.risk(i.risk).id.as_str())
        .collect();
    assert_eq!(implied, ids);
    for kind in [
        ComponentKind::DataIngestion,
        ComponentKind::TrainingPipeline,
        ComponentKind::FeatureStore,
        ComponentKind::LabellingVendor,
        ComponentKind::ModelRegistry,
        ComponentKind::ModelServing,
        ComponentKind::InferenceLogStore,
        ComponentKind::ThirdPartyModel,
        ComponentKind::VectorStore,
    ] {
        assert!(
            model.implications.iter().any(|i| i.kind == kind),
            "component kind {} implies no risk",
            kind.as_str()
        );
    }
}

#[test]
fn the_kinds_that_are_controls_imply_no_risk_and_serving_brings_drift() {
    // `monitoring` and `human-review` components treat risks (drift,
    // degraded outputs, missing oversight); a project that adds one must not
    // be told it now has the risk it treats. A served model is where drift,
    // unreviewed high-stakes outputs and late scores come from.
    let model = builtin_model();
    let implied = |kind: ComponentKind| -> BTreeSet<&str> {
        model
            .implications
            .iter()
            .filter(|i| i.kind == kind)
            .map(|i| model.risk(i.risk).id.as_str())
            .collect()
    };
    for kind in [ComponentKind::Monitoring, ComponentKind::HumanReview] {
        assert_eq!(implied(kind), BTreeSet::new(), "{}", kind.as_str());
    }
    let serving = implied(ComponentKind::ModelServing);
    for risk in [
        "model-drift",
        "missing-human-oversight",
        "inference-timeout-in-decisions",
    ] {
        assert!(serving.contains(risk), "model-serving brings {risk}");
    }
}

#[test]
fn the_corrected_links_name_the_right_requirements() {
    // Corrections from a review of the library (issue 13), pinned so they
    // do not come back: ISO/IEC 42001 6.3 plans changes to the management
    // system, not to a model (8.1, A.6.2.2); SOC 2 PI1.4 is about complete,
    // accurate outputs reaching the right recipients, not a person able to
    // override them.
    let model = builtin_model();
    let touches = |risk: &str| -> BTreeSet<String> {
        let r = model.risks.iter().find(|r| r.id == risk).unwrap();
        r.touched().map(|t| model.qualified_id(t)).collect()
    };
    let change = touches("unapproved-model-change");
    assert!(!change.contains("iso42001@2023:6.3"), "{change:?}");
    for wanted in ["iso42001@2023:8.1", "iso42001@2023:A.6.2.2"] {
        assert!(change.contains(wanted), "{wanted}: {change:?}");
    }
    let oversight = touches("missing-human-oversight");
    assert!(!oversight.contains("soc2@2017:PI1.4"), "{oversight:?}");
    for wanted in ["soc2@2017:CC5.3", "soc2@2017:CC1.3", "soc2@2017:CC1.4"] {
        assert!(oversight.contains(wanted), "{wanted}: {oversight:?}");
    }
}

#[test]
fn soc2_links_name_the_right_criteria() {
    // Popular articles swap CC6.8 (unauthorised or malicious software) and
    // CC7.2 (monitoring components for anomalies): pin the readings the
    // library relies on.
    let model = builtin_model();
    let touches = |risk: &str| -> BTreeSet<String> {
        let r = model.risks.iter().find(|r| r.id == risk).unwrap();
        r.touched().map(|t| model.qualified_id(t)).collect()
    };
    // Poisoned data is no malicious software (CC6.8): it is invalid input,
    // an anomaly to monitor for and an unapproved change.
    let poisoning = touches("training-data-poisoning");
    assert!(!poisoning.contains("soc2@2017:CC6.8"), "{poisoning:?}");
    for wanted in ["soc2@2017:PI1.2", "soc2@2017:CC7.2", "soc2@2017:CC8.1"] {
        assert!(poisoning.contains(wanted), "{wanted}: {poisoning:?}");
    }
    assert!(touches("unapproved-model-change").contains("soc2@2017:CC8.1"));
    assert!(touches("model-drift").contains("soc2@2017:CC7.2"));
    assert!(!touches("model-drift").contains("soc2@2017:CC6.8"));
    assert!(touches("foundation-model-dependency").contains("soc2@2017:CC9.2"));
    assert!(touches("output-degradation").contains("soc2@2017:PI1.4"));
    for risk in [
        "prompt-injection",
        "training-data-poisoning",
        "adversarial-inputs",
    ] {
        assert!(touches(risk).contains("eu-ai-act@2024:Art.15(5)"), "{risk}");
        assert!(touches(risk).contains("eu-ai-act@2026:Art.15(5)"), "{risk}");
    }
}
