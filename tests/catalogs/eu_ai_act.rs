//! The EU AI Act (Regulation (EU) 2024/1689), as published (`eu-ai-act@2024`)
//! and as amended in 2026 (`eu-ai-act@2026`), against the identifiers
//! derived from the regulation's text; their applicability data (roles,
//! tiers, dates of application by classification basis, informative
//! entries, Art. 50 use cases); and the version crosswalk between them.

use std::collections::{BTreeMap, BTreeSet};

use crosswalk::analysis::coverage::Applicability;
use crosswalk::analysis::version_diff::{Change, diff};
use crosswalk::compile;
use crosswalk::diagnostic::Severity;
use crosswalk::frameworks::builtin_sources;
use crosswalk::resolve::Model;
use crosswalk::resolve::model::{EntryKind, FrameworkId, Requirement};
use crosswalk::source::{SourceFile, SourceSet};
use crosswalk::vocabulary::{EuBasis, Relationship};

use super::{builtin_model, framework, only_crosswalk, parent_id};
use crate::support::root;

const V2024: &str = "eu-ai-act@2024";
const V2026: &str = "eu-ai-act@2026";
const VERSIONS: [&str; 2] = [V2024, V2026];

/// One row of `tests/reference/eu-ai-act/eu-ai-act-2024-ids.csv`.
struct Official {
    id: String,
    parent: Option<String>,
    kind: EntryKind,
}

/// The identifiers in scope as derived from the regulation's text. Both
/// versions are checked against this list: no amendment confirmed so far
/// adds, removes or renumbers a provision in scope (see
/// `tests/reference/eu-ai-act/README.md` and `eu-ai-act-omnibus-2026.md`).
fn official() -> Vec<Official> {
    let text =
        std::fs::read_to_string(root().join("tests/reference/eu-ai-act/eu-ai-act-2024-ids.csv"))
            .unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("id,parent,kind"));
    lines
        .map(|line| {
            let [id, parent, kind] = line.split(',').collect::<Vec<_>>()[..] else {
                panic!("three columns: {line}");
            };
            Official {
                id: id.to_owned(),
                parent: (!parent.is_empty()).then(|| parent.to_owned()),
                kind: match kind {
                    "group" => EntryKind::Group,
                    "requirement" => EntryKind::Requirement,
                    other => panic!("unknown kind {other}"),
                },
            }
        })
        .collect()
}

/// Every entry of the catalog, groups and requirements, in catalog order.
fn all_entries(model: &Model, id: FrameworkId) -> Vec<&Requirement> {
    model
        .framework(id)
        .entries
        .iter()
        .map(|&e| model.requirement(e))
        .collect()
}

fn entry<'m>(model: &'m Model, id: FrameworkId, name: &str) -> &'m Requirement {
    all_entries(model, id)
        .into_iter()
        .find(|e| e.id == name)
        .unwrap_or_else(|| panic!("{name} is in {}", model.framework(id).key()))
}

/// The tags of one key (`role`, `tier`, `basis`, `use`) that hold for an
/// entry, as values: its own, else its nearest group's (as the compiler
/// reads them).
fn values(model: &Model, entry: &Requirement, key: &str) -> BTreeSet<String> {
    let prefix = format!("{key}:");
    let mut current = entry;
    loop {
        let found: BTreeSet<String> = current
            .tags
            .iter()
            .filter_map(|t| t.strip_prefix(&prefix).map(str::to_owned))
            .collect();
        if !found.is_empty() {
            return found;
        }
        match current.parent {
            Some(parent) => current = model.requirement(parent),
            None => return found,
        }
    }
}

/// The general date an entry applies from: its own, or its nearest group's.
fn applies_from<'m>(model: &'m Model, entry: &'m Requirement) -> Option<&'m str> {
    let mut current = entry;
    loop {
        if let Some(date) = &current.applies_from {
            return Some(date);
        }
        current = model.requirement(current.parent?);
    }
}

/// An entry's applicability as the analysis reads it (its own data and its
/// groups'): dates by classification basis, the informative mark.
fn applicability(model: &Model, entry: &Requirement) -> Applicability {
    let framework = model.framework(entry.framework);
    let id = framework
        .entries
        .iter()
        .copied()
        .find(|&e| model.requirement(e).id == entry.id)
        .expect("an entry of its framework");
    Applicability::of(model, id)
}

/// The date an entry applies from to a system high-risk on `basis`: the
/// nearest date for that basis (itself, then its groups), else the nearest
/// general date.
fn applies_from_for(model: &Model, entry: &Requirement, basis: EuBasis) -> Option<String> {
    applicability(model, entry)
        .date_for(Some(basis))
        .map(str::to_owned)
}

/// Whether an entry is informative: marked so itself or through a group.
fn informative(model: &Model, entry: &Requirement) -> bool {
    applicability(model, entry).informative
}

fn set(words: &[&str]) -> BTreeSet<String> {
    words.iter().map(|&w| w.to_owned()).collect()
}

/// The official citation form of an identifier: `Art.9(2)(a)` is
/// "Art. 9(2)(a)", `AnnexIII.5(b)` is "Annex III, point 5(b)".
fn citation(id: &str) -> String {
    if let Some(rest) = id.strip_prefix("Art.") {
        return format!("Art. {rest}");
    }
    let rest = id.strip_prefix("Annex").expect("an article or an annex");
    match rest.split_once('.') {
        None => format!("Annex {rest}"),
        Some((annex, point)) => format!("Annex {annex}, point {point}"),
    }
}

/// The article or annex of an identifier: `Art.9(2)(a)` is `Art.9`,
/// `AnnexIII.5(b)` is `AnnexIII`.
fn top(id: &str) -> &str {
    let end = match id.strip_prefix("Art.") {
        Some(rest) => "Art.".len() + rest.find('(').unwrap_or(rest.len()),
        None => id.find(['.', '(']).unwrap_or(id.len()),
    };
    &id[..end]
}

/// The articles and annexes that hold the obligations for high-risk
/// systems, whose dates depend on the classification basis.
fn high_risk_articles() -> Vec<String> {
    (8..=27)
        .chain(40..=49)
        .chain([72, 73])
        .map(|n| format!("Art.{n}"))
        .chain(["AnnexIV".to_owned()])
        .collect()
}

#[test]
fn eu_ai_act_matches_the_regulation_text() {
    let model = builtin_model();
    let official = official();
    for key in VERSIONS {
        let id = framework(&model, key);
        let entries = all_entries(&model, id);

        // The same identifiers in both directions, each missing or extra one named.
        let ours: BTreeSet<&str> = entries.iter().map(|e| e.id.as_str()).collect();
        let theirs: BTreeSet<&str> = official.iter().map(|o| o.id.as_str()).collect();
        let missing: Vec<&&str> = theirs.difference(&ours).collect();
        let extra: Vec<&&str> = ours.difference(&theirs).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{key}: not in the catalog: {missing:?}; not in the regulation's text: {extra:?}"
        );
        assert_eq!(
            entries.len(),
            official.len(),
            "{key}: an identifier is repeated"
        );

        // In the regulation's order, each with the official parent and kind.
        let order: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
        let official_order: Vec<&str> = official.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(order, official_order, "{key}");
        for (e, o) in entries.iter().zip(&official) {
            assert_eq!(
                parent_id(&model, e),
                o.parent.as_deref(),
                "{key}: parent of {}",
                e.id
            );
            assert_eq!(e.kind, o.kind, "{key}: kind of {}", e.id);
        }

        // Counts as read from the text (see tests/reference/eu-ai-act/README.md).
        let count = |kind| entries.iter().filter(|e| e.kind == kind).count();
        assert_eq!(count(EntryKind::Requirement), 344, "{key}");
        assert_eq!(count(EntryKind::Group), 76, "{key}");
        let tops: Vec<&str> = entries
            .iter()
            .filter(|e| e.parent.is_none())
            .map(|e| e.id.as_str())
            .collect();
        let mut articles: Vec<String> = [4, 5, 6]
            .into_iter()
            .chain(8..=27)
            .chain(40..=50)
            .chain([53, 54, 55, 72, 73])
            .map(|n| format!("Art.{n}"))
            .collect();
        articles.extend(["AnnexIII".to_owned(), "AnnexIV".to_owned()]);
        assert_eq!(tops, articles, "{key}");
    }
}

#[test]
fn eu_ai_act_hierarchy_and_citations() {
    let model = builtin_model();
    for key in VERSIONS {
        let id = framework(&model, key);
        let entries = all_entries(&model, id);

        let mut children: BTreeMap<&str, Vec<&Requirement>> = BTreeMap::new();
        for e in &entries {
            if let Some(p) = parent_id(&model, e) {
                children.entry(p).or_default().push(e);
            }
        }

        for e in &entries {
            // Shown in the official citation form, which resolves like the identifier.
            assert_eq!(e.shown(), citation(&e.id), "{key}: display of {}", e.id);

            // Each entry sits under its own article or annex, one level per
            // paragraph or point: `Art.9(2)(a)` under `Art.9(2)` under `Art.9`.
            match parent_id(&model, e) {
                None => assert_eq!(top(&e.id), e.id, "{} is an article or annex", e.id),
                Some(parent) => {
                    assert!(
                        e.id.starts_with(parent) && e.id.len() > parent.len(),
                        "{} under {parent}",
                        e.id
                    );
                    let step = &e.id[parent.len()..];
                    let is_point = step.starts_with('(')
                        && step.ends_with(')')
                        && step[1..step.len() - 1]
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric());
                    let is_annex_point = step.starts_with('.')
                        && step[1..].bytes().all(|b| b.is_ascii_digit())
                        && parent.starts_with("Annex");
                    assert!(is_point || is_annex_point, "{} adds one level", e.id);
                    assert_eq!(top(&e.id), top(parent), "{} in its article", e.id);
                }
            }

            // Groups hold entries; lettered points are the most specific level.
            match e.kind {
                EntryKind::Group => {
                    assert!(children.contains_key(e.id.as_str()), "{} is empty", e.id);
                }
                EntryKind::Requirement => assert!(!children.contains_key(e.id.as_str())),
            }

            // A title and one sentence of our own.
            let summary = e.summary.as_deref().unwrap_or_default();
            assert!(!e.title.is_empty(), "{key}: title of {}", e.id);
            assert!(summary.ends_with('.'), "{key}: summary of {}", e.id);
            let sentences = summary
                .match_indices(". ")
                .filter(|(i, _)| summary[i + 2..].starts_with(|c: char| c.is_uppercase()))
                .count();
            assert_eq!(sentences, 0, "{key}: one sentence for {}: {summary}", e.id);
        }

        // Points are lettered in sequence from (a), as the text numbers them,
        // and paragraphs from (1).
        for (parent, kids) in &children {
            let steps: Vec<&str> = kids.iter().map(|k| &k.id[parent.len()..]).collect();
            let expected: Vec<String> = if steps[0] == "(a)" {
                (b'a'..)
                    .take(steps.len())
                    .map(|c| format!("({})", c as char))
                    .collect()
            } else if steps[0] == "(1)" {
                (1..=steps.len()).map(|n| format!("({n})")).collect()
            } else {
                (1..=steps.len()).map(|n| format!(".{n}")).collect()
            };
            assert_eq!(steps, expected, "{key}: numbering under {parent}");
        }

        // Spot checks of the structure read from the text.
        let kind = |name: &str| entry(&model, id, name).kind;
        assert_eq!(kind("Art.4"), EntryKind::Requirement);
        assert_eq!(kind("Art.16"), EntryKind::Group);
        assert_eq!(kind("Art.16(l)"), EntryKind::Requirement);
        assert_eq!(kind("Art.43(1)"), EntryKind::Requirement);
        assert_eq!(kind("AnnexIII.2"), EntryKind::Requirement);
        assert_eq!(kind("AnnexIII.5"), EntryKind::Group);
        assert_eq!(children["AnnexIII"].len(), 8);
        assert_eq!(children["AnnexIII.5"].len(), 4);
        assert_eq!(children["AnnexIV"].len(), 9);
        assert_eq!(children["Art.17(1)"].len(), 13);
        assert_eq!(children["Art.26"].len(), 12);
        assert_eq!(children["Art.73"].len(), 11);
        assert_eq!(entry(&model, id, "Art.9").title, "Risk management system");
        assert!(
            entry(&model, id, "AnnexIII.5(b)")
                .summary
                .as_deref()
                .is_some_and(|s| s.contains("creditworthiness") && s.contains("fraud"))
        );
        let poisoning = entry(&model, id, "Art.15(5)").summary.as_deref().unwrap();
        for attack in [
            "data poisoning",
            "model poisoning",
            "adversarial examples",
            "confidentiality attacks",
        ] {
            assert!(
                poisoning.contains(attack),
                "{key}: Art.15(5) names {attack}"
            );
        }
    }
}

#[test]
fn eu_ai_act_applicability() {
    let model = builtin_model();
    for key in VERSIONS {
        let id = framework(&model, key);
        let entries = all_entries(&model, id);
        let at = |name: &str| entry(&model, id, name);
        let roles = |name: &str| values(&model, at(name), "role");
        let tiers = |name: &str| values(&model, at(name), "tier");

        // Only role:, tier:, basis: and use: tags; every article and annex
        // carries its date.
        for e in &entries {
            for tag in &e.tags {
                assert!(
                    ["role:", "tier:", "basis:", "use:"]
                        .iter()
                        .any(|k| tag.starts_with(k)),
                    "{key}: tag {tag} on {}",
                    e.id
                );
            }
            if e.parent.is_none() {
                assert!(e.applies_from.is_some(), "{key}: {} has applies-from", e.id);
            }
        }

        // Who: the spot facts.
        assert_eq!(roles("Art.4"), set(&["provider", "deployer"]));
        assert_eq!(tiers("Art.4"), set(&[]), "AI literacy: any AI system");
        assert_eq!(roles("Art.5(1)(a)"), set(&[]), "every operator");
        assert_eq!(tiers("Art.5(1)(a)"), set(&["prohibited"]));
        assert!(at("Art.26").tags.contains(&"role:deployer".to_owned()));
        assert!(at("Art.26").tags.contains(&"tier:high-risk".to_owned()));
        assert_eq!(roles("Art.26(6)"), set(&["deployer"]));
        assert_eq!(roles("Art.27(1)(a)"), set(&["deployer"]));
        assert!(at("Art.16").tags.contains(&"role:provider".to_owned()));
        assert_eq!(roles("Art.16(a)"), set(&["provider"]));
        assert_eq!(tiers("Art.16(a)"), set(&["high-risk"]));
        for article in (8..=21).chain([43, 47, 48, 72, 73]) {
            let name = format!("Art.{article}");
            assert_eq!(roles(&name), set(&["provider"]), "{key}: {name}");
            assert_eq!(tiers(&name), set(&["high-risk"]), "{key}: {name}");
        }
        assert_eq!(roles("Art.23(1)(a)"), set(&["importer"]));
        assert_eq!(roles("Art.24(1)"), set(&["distributor"]));
        assert_eq!(roles("Art.22(1)"), set(&["provider"]));
        assert_eq!(roles("Art.22(3)(a)"), set(&["authorised-representative"]));
        assert_eq!(roles("Art.6(4)"), set(&["provider"]));
        assert_eq!(roles("Art.6(3)(a)"), set(&["provider"]));
        assert_eq!(
            roles("Art.49(1)"),
            set(&["provider", "authorised-representative"])
        );
        assert_eq!(roles("Art.49(3)"), set(&["deployer"]));
        // Duties of the Commission, Member States, market surveillance
        // authorities and notified bodies are no operator's gap.
        for paragraph in [
            "Art.5(7)",
            "Art.6(5)",
            "Art.21(3)",
            "Art.40(2)",
            "Art.41(6)",
            "Art.43(5)",
            "Art.44(1)",
            "Art.45(1)(a)",
            "Art.46(4)",
            "Art.73(11)",
        ] {
            assert_eq!(roles(paragraph), set(&["authority"]), "{key}: {paragraph}");
        }
        // What binds operators stays theirs.
        assert_eq!(roles("Art.40(1)"), set(&["provider"]));
        assert_eq!(roles("Art.46(2)"), set(&["deployer"]));
        assert_eq!(roles("Art.73(1)"), set(&["provider"]));
        assert_eq!(tiers("Art.49(3)"), set(&["high-risk"]));
        for (paragraph, role) in [
            ("Art.50(1)", "provider"),
            ("Art.50(2)", "provider"),
            ("Art.50(3)", "deployer"),
            ("Art.50(4)", "deployer"),
        ] {
            assert_eq!(roles(paragraph), set(&[role]), "{key}: {paragraph}");
            assert_eq!(
                tiers(paragraph),
                set(&["transparency"]),
                "{key}: {paragraph}"
            );
        }
        assert!(at("Art.53").tags.contains(&"tier:gpai".to_owned()));
        assert_eq!(roles("Art.53(1)(c)"), set(&["provider"]));
        assert_eq!(tiers("Art.54(1)"), set(&["gpai"]));
        assert!(
            at("Art.55")
                .tags
                .contains(&"tier:gpai-systemic-risk".to_owned())
        );
        assert_eq!(tiers("Art.55(1)(a)"), set(&["gpai-systemic-risk"]));
        assert_eq!(tiers("AnnexIII.5(b)"), set(&["high-risk"]));
        assert_eq!(roles("AnnexIV.2(b)"), set(&["provider"]));
        assert_eq!(tiers("AnnexIV.2(b)"), set(&["high-risk"]));
    }
}

/// The paragraphs the issue names as binding the Commission, the AI Office
/// or Member States, and those the same reading of the text found.
const AUTHORITY: [&str; 10] = [
    // Named in issue 13.
    "Art.18(2)",
    "Art.27(5)",
    "Art.50(7)",
    "Art.53(5)",
    "Art.53(6)",
    "Art.53(7)",
    "Art.55(3)",
    // Found reading the text: the Commission amends Annex IV and Annex V by
    // delegated act, and encourages accuracy benchmarks.
    "Art.11(3)",
    "Art.15(2)",
    "Art.47(5)",
];

#[test]
fn eu_ai_act_authority_paragraphs_bind_no_operator() {
    let model = builtin_model();
    for key in VERSIONS {
        let id = framework(&model, key);
        for paragraph in AUTHORITY {
            let e = entry(&model, id, paragraph);
            assert_eq!(e.kind, EntryKind::Requirement, "{key}: {paragraph}");
            assert_eq!(
                values(&model, e, "role"),
                set(&["authority"]),
                "{key}: {paragraph} binds an authority, not an operator"
            );
        }
    }
}

/// Entries marked `informative` themselves (groups pass the mark down):
/// classification rules, presumptions, saving clauses, exemptions and
/// options. The issue named Art. 6(1)-(3), the Annex III points, 40(1),
/// 41(3), 42(1)-(2), 25(5), 5(8) and 50(6); the others were found reading
/// the text with the same eye (see the catalogs' headers).
const MARKED_INFORMATIVE: [&str; 25] = [
    "Art.5(8)",
    "Art.6(1)",
    "Art.6(2)",
    "Art.6(3)",
    "Art.9(3)",
    "Art.9(7)",
    "Art.9(10)",
    "Art.10(6)",
    "Art.17(3)",
    "Art.17(4)",
    "Art.25(1)",
    "Art.25(3)",
    "Art.25(5)",
    "Art.26(3)",
    "Art.27(4)",
    "Art.40(1)",
    "Art.41(3)",
    "Art.42",
    "Art.50(6)",
    "Art.53(2)",
    "Art.54(6)",
    "Art.72(4)",
    "Art.73(5)",
    "Art.73(9)",
    "AnnexIII",
];

#[test]
fn eu_ai_act_informative_entries() {
    let model = builtin_model();
    for key in VERSIONS {
        let id = framework(&model, key);
        let entries = all_entries(&model, id);

        let marked: Vec<&str> = entries
            .iter()
            .filter(|e| e.informative)
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(
            marked, MARKED_INFORMATIVE,
            "{key}: entries marked informative"
        );

        // The list, requirement by requirement.
        let mut named: Vec<String> = [
            "Art.6(1)(a)",
            "Art.6(1)(b)",
            "Art.6(2)",
            "Art.6(3)(a)",
            "Art.6(3)(b)",
            "Art.6(3)(c)",
            "Art.6(3)(d)",
            "Art.40(1)",
            "Art.41(3)",
            "Art.42(1)",
            "Art.42(2)",
            "Art.25(5)",
            "Art.5(8)",
            "Art.50(6)",
        ]
        .map(str::to_owned)
        .to_vec();
        let annex_iii: Vec<&&Requirement> = entries
            .iter()
            .filter(|e| e.kind == EntryKind::Requirement && top(&e.id) == "AnnexIII")
            .collect();
        assert_eq!(annex_iii.len(), 25, "{key}: Annex III use cases");
        named.extend(annex_iii.iter().map(|e| e.id.clone()));
        for name in &named {
            let e = entry(&model, id, name);
            assert_eq!(e.kind, EntryKind::Requirement, "{key}: {name}");
            assert!(informative(&model, e), "{key}: {name} is informative");
        }

        // Obligations stay obligations, also where a paragraph mixes an
        // option with a duty (Art. 8(2), 41(5), 53(4), 55(2)), and the
        // paragraph that documents a not-high-risk assessment.
        for duty in [
            "Art.4",
            "Art.5(1)(a)",
            "Art.6(4)",
            "Art.8(2)",
            "Art.9(1)",
            "Art.9(2)(a)",
            "Art.10(5)(a)",
            "Art.26(1)",
            "Art.27(1)(a)",
            "Art.41(5)",
            "Art.43(4)",
            "Art.50(1)",
            "Art.53(4)",
            "Art.55(2)",
            "Art.72(1)",
            "Art.73(1)",
            "AnnexIV.2(b)",
        ] {
            assert!(
                !informative(&model, entry(&model, id, duty)),
                "{key}: {duty} obliges"
            );
        }

        let count = entries
            .iter()
            .filter(|e| e.kind == EntryKind::Requirement && informative(&model, e))
            .count();
        assert_eq!(count, 57, "{key}: informative requirements");
    }
}

#[test]
fn eu_ai_act_classification_bases_and_use_cases() {
    let model = builtin_model();
    for key in VERSIONS {
        let id = framework(&model, key);
        let entries = all_entries(&model, id);
        let at = |name: &str| entry(&model, id, name);

        // The classification bases: every Annex III entry through the annex,
        // Art. 6(1) and its two conditions; nothing else.
        for e in &entries {
            let basis = values(&model, e, "basis");
            let expected = match top(&e.id) {
                "AnnexIII" => set(&["annex-iii"]),
                _ if e.id.starts_with("Art.6(1)") => set(&["annex-i"]),
                _ => set(&[]),
            };
            assert_eq!(basis, expected, "{key}: basis of {}", e.id);
        }
        assert!(at("AnnexIII").tags.contains(&"basis:annex-iii".to_owned()));
        assert!(at("Art.6(1)").tags.contains(&"basis:annex-i".to_owned()));

        // Art. 50 by use case; use: tags only there.
        let all = [
            "interaction",
            "synthetic-content",
            "emotion-recognition",
            "biometric-categorisation",
            "deep-fake",
            "public-interest-text",
        ];
        for (paragraph, uses) in [
            ("Art.50(1)", &["interaction"][..]),
            ("Art.50(2)", &["synthetic-content"]),
            (
                "Art.50(3)",
                &["emotion-recognition", "biometric-categorisation"],
            ),
            ("Art.50(4)", &["deep-fake", "public-interest-text"]),
            ("Art.50(5)", &all),
            ("Art.50(6)", &all),
            (
                "Art.50(7)",
                &["synthetic-content", "deep-fake", "public-interest-text"],
            ),
        ] {
            assert_eq!(
                values(&model, at(paragraph), "use"),
                set(uses),
                "{key}: {paragraph}"
            );
        }
        for e in &entries {
            if top(&e.id) != "Art.50" {
                assert_eq!(values(&model, e, "use"), set(&[]), "{key}: {}", e.id);
            }
        }
    }
}

#[test]
fn eu_ai_act_dates_of_application_by_basis() {
    let model = builtin_model();
    // (version, general, Annex III, Annex I) for the high-risk obligations.
    for (key, general, annex_iii, annex_i) in [
        (V2024, "2026-08-02", "2026-08-02", "2027-08-02"),
        (V2026, "2027-12-02", "2027-12-02", "2028-08-02"),
    ] {
        let id = framework(&model, key);
        let at = |name: &str| entry(&model, id, name);
        let date = |name: &str| applies_from(&model, at(name));
        let date_for = |name: &str, basis| applies_from_for(&model, at(name), basis);

        for article in high_risk_articles() {
            let e = at(&article);
            assert_eq!(e.applies_from.as_deref(), Some(general), "{key}: {article}");
            assert_eq!(
                applies_from_for(&model, e, EuBasis::AnnexIii).as_deref(),
                Some(annex_iii),
                "{key}: {article} for Annex III"
            );
            assert_eq!(
                applies_from_for(&model, e, EuBasis::AnnexI).as_deref(),
                Some(annex_i),
                "{key}: {article} for Annex I"
            );
        }
        // Down to the paragraphs and points, through their article.
        for obligation in [
            "Art.9(1)",
            "Art.9(2)(a)",
            "Art.16(f)",
            "Art.26(6)",
            "Art.43(2)",
            "Art.49(1)",
            "Art.72(1)",
            "Art.73(2)",
            "AnnexIV.9",
        ] {
            assert_eq!(date(obligation), Some(general), "{key}: {obligation}");
            assert_eq!(
                date_for(obligation, EuBasis::AnnexIii).as_deref(),
                Some(annex_iii),
                "{key}: {obligation} for Annex III"
            );
            assert_eq!(
                date_for(obligation, EuBasis::AnnexI).as_deref(),
                Some(annex_i),
                "{key}: {obligation} for Annex I"
            );
        }

        // What does not depend on the basis (Art. 113 as published, not
        // moved by the amendment).
        assert_eq!(at("Art.5").applies_from.as_deref(), Some("2025-02-02"));
        assert_eq!(date("Art.4"), Some("2025-02-02"), "{key}");
        assert_eq!(date("Art.5(1)(h)"), Some("2025-02-02"), "{key}");
        for gpai in ["Art.53(1)(a)", "Art.54(3)(b)", "Art.55(1)(d)"] {
            assert_eq!(date(gpai), Some("2025-08-02"), "{key}: {gpai}");
            assert_eq!(
                date_for(gpai, EuBasis::AnnexI).as_deref(),
                Some("2025-08-02")
            );
        }
        for transparency in ["Art.50(1)", "Art.50(2)", "Art.50(4)"] {
            assert_eq!(
                date(transparency),
                Some("2026-08-02"),
                "{key}: {transparency}"
            );
            assert_eq!(
                date_for(transparency, EuBasis::AnnexIii).as_deref(),
                Some("2026-08-02")
            );
        }
        for e in all_entries(&model, id) {
            if !high_risk_articles().iter().any(|a| a == top(&e.id)) {
                assert!(
                    e.applies_from_by_basis.is_empty(),
                    "{key}: {} has a date by basis outside the high-risk articles",
                    e.id
                );
            }
        }
    }

    // The classification itself: Annex III and Art. 6 with the Annex III
    // obligations, Art. 6(1) with the Annex I ones.
    for (key, annex_iii, annex_i) in [
        (V2024, "2026-08-02", "2027-08-02"),
        (V2026, "2027-12-02", "2028-08-02"),
    ] {
        let id = framework(&model, key);
        let date = |name: &str| applies_from(&model, entry(&model, id, name));
        assert_eq!(date("AnnexIII.5(b)"), Some(annex_iii), "{key}");
        assert_eq!(date("Art.6(2)"), Some(annex_iii), "{key}");
        assert_eq!(date("Art.6(4)"), Some(annex_iii), "{key}");
        assert_eq!(date("Art.6(1)"), Some(annex_i), "{key}");
        assert_eq!(date("Art.6(1)(b)"), Some(annex_i), "{key}");
    }

    // Every date each catalog uses.
    for (key, expected) in [
        (
            V2024,
            &["2025-02-02", "2025-08-02", "2026-08-02", "2027-08-02"][..],
        ),
        (
            V2026,
            &[
                "2025-02-02",
                "2025-08-02",
                "2026-08-02",
                "2027-12-02",
                "2028-08-02",
            ],
        ),
    ] {
        let id = framework(&model, key);
        let dates: BTreeSet<&str> = all_entries(&model, id)
            .into_iter()
            .flat_map(|e| {
                e.applies_from
                    .iter()
                    .chain(e.applies_from_by_basis.values())
                    .map(String::as_str)
            })
            .collect();
        assert_eq!(dates, expected.iter().copied().collect(), "{key}");
    }
}

#[test]
fn eu_ai_act_2026_differs_from_2024_only_where_the_amendment_is_confirmed() {
    let model = builtin_model();
    let (old, new) = (framework(&model, V2024), framework(&model, V2026));
    let mut changed_summaries = Vec::new();
    for (o, n) in all_entries(&model, old)
        .into_iter()
        .zip(all_entries(&model, new))
    {
        assert_eq!(o.id, n.id);
        assert_eq!(o.title, n.title, "title of {}", o.id);
        assert_eq!(o.tags, n.tags, "tags of {}", o.id);
        assert_eq!(o.informative, n.informative, "informative {}", o.id);
        if o.summary != n.summary {
            changed_summaries.push(o.id.as_str());
        }
    }
    assert_eq!(changed_summaries, ["Art.4", "Art.5"]);

    // Art. 4: a duty to support AI literacy, no level to guarantee.
    let literacy = entry(&model, new, "Art.4").summary.as_deref().unwrap();
    assert!(literacy.contains("support the development of AI literacy"));
    assert!(literacy.contains("without having to guarantee"));
    assert!(
        entry(&model, old, "Art.4")
            .summary
            .as_deref()
            .unwrap()
            .contains("to ensure")
    );
    // Art. 5: the new ban is named, with its date, but has no entry of its
    // own while its numbering is unconfirmed.
    let bans = entry(&model, new, "Art.5").summary.as_deref().unwrap();
    assert!(bans.contains("non-consensual intimate content"));
    assert!(bans.contains("child sexual abuse material"));
    assert!(bans.contains("2 December 2026"));
    assert!(bans.contains("unconfirmed"));

    let source = model.framework(new).source.as_deref().unwrap();
    assert!(source.contains("2025/0359(COD)") && source.contains("unconfirmed"));
}

/// A pair read from its 2024 end: the 2026 entry, the relationship, the note.
type Successor<'m> = (&'m str, Relationship, Option<&'m str>);

#[test]
fn eu_ai_act_version_crosswalk_covers_every_2024_entry() {
    let model = builtin_model();
    let (old, new) = (framework(&model, V2024), framework(&model, V2026));
    let crosswalk = only_crosswalk(&model, V2024, V2026);
    assert!(
        crosswalk
            .source
            .as_deref()
            .is_some_and(|s| s.starts_with("authored:") && s.contains("not available"))
    );

    let mut from_old: BTreeMap<&str, Vec<Successor>> = BTreeMap::new();
    let mut to_new: BTreeSet<&str> = BTreeSet::new();
    for pair in &crosswalk.pairs {
        let (from, to) = (model.requirement(pair.from), model.requirement(pair.to));
        assert_eq!((from.framework, to.framework), (old, new));
        from_old.entry(from.id.as_str()).or_default().push((
            to.id.as_str(),
            pair.relationship,
            pair.attributes.note.as_deref(),
        ));
        to_new.insert(to.id.as_str());
    }

    // Every 2024 entry, group or requirement, once, to the same identifier;
    // every 2026 entry is reached, so nothing is new or removed.
    for e in all_entries(&model, old) {
        let pairs = from_old
            .get(e.id.as_str())
            .unwrap_or_else(|| panic!("{} is paired", e.id));
        assert_eq!(pairs.len(), 1, "{} is paired once", e.id);
        assert_eq!(pairs[0].0, e.id, "{} to itself", e.id);
    }
    assert_eq!(from_old.len(), all_entries(&model, old).len());
    assert_eq!(to_new.len(), all_entries(&model, new).len());

    // `equal` where unchanged; the confirmed changes with their relationship
    // and a note.
    let changed: BTreeMap<&str, Relationship> = from_old
        .iter()
        .filter(|(_, p)| p[0].1 != Relationship::Equal)
        .map(|(&id, p)| (id, p[0].1))
        .collect();
    assert_eq!(
        changed,
        BTreeMap::from([
            ("Art.4", Relationship::Superset),
            ("Art.5", Relationship::Subset),
            ("Art.5(1)", Relationship::Subset),
        ])
    );
    for id in changed.keys() {
        assert!(from_old[id][0].2.is_some(), "{id} says what changed");
    }
    // The moved dates are noted on each high-risk article.
    for article in high_risk_articles() {
        let note = from_old[article.as_str()][0].2.unwrap_or_default();
        assert!(
            note.contains("2027-12-02") && note.contains("2028-08-02"),
            "{article}: {note}"
        );
    }
    let grace = from_old["Art.50(2)"][0].2.unwrap_or_default();
    assert!(grace.contains("2026-12-02"), "{grace}");
}

#[test]
fn eu_ai_act_diff_carries_a_project_from_2024_to_2026() {
    let mut sources = SourceSet::new();
    for file in builtin_sources() {
        sources.add(file);
    }
    sources.add(SourceFile::new(
        "controls.cw",
        "control C \"T\" { owner \"o\" frequency annual evidence \"e\" test \"t\"\n\
         satisfies eu-ai-act@2024:Art.4 equal { status reviewed }\n\
         satisfies eu-ai-act@2024:Art.9(1) equal { status reviewed }\n\
         satisfies eu-ai-act@2024:Art.9(2)(a) subset { status reviewed } }",
        false,
    ));
    let compilation = compile(sources);
    assert!(
        compilation.diagnostics.is_empty(),
        "{:#?}",
        compilation.diagnostics
    );
    let model = &compilation.model;
    let result = diff(
        model,
        &compilation.graph,
        framework(model, V2024),
        framework(model, V2026),
    )
    .unwrap();
    let change = |id: &str| {
        result
            .requirements
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("{id}"))
            .change
    };
    // Full coverage of the wider 2024 Art. 4 covers the 2026 one.
    assert_eq!(change("Art.4"), Change::Carried);
    assert_eq!(change("Art.9(1)"), Change::Carried);
    assert_eq!(change("Art.9(2)(a)"), Change::Partial);
    assert_eq!(change("Art.9(2)(b)"), Change::Uncovered);
    // Nothing is new, removed or merged.
    assert!(result.requirements.iter().all(|r| r.change != Change::New));
    assert!(result.old.is_empty(), "{:?}", result.old);
    assert_eq!(result.requirements.len(), 344);
}

#[test]
fn eu_ai_act_citations_resolve_with_a_version() {
    let mut sources = SourceSet::new();
    for file in builtin_sources() {
        sources.add(file);
    }
    sources.add(SourceFile::new(
        "controls.cw",
        "control C \"T\" { owner \"o\" frequency annual evidence \"e\" test \"t\"\n\
         satisfies eu-ai-act@2024:\"Art. 15(5)\" intersects { status reviewed }\n\
         satisfies eu-ai-act@2026:\"Annex III, point 5(b)\" related { status reviewed }\n\
         satisfies eu-ai-act@2026:Art.4 intersects { status reviewed } }",
        false,
    ));
    // Errors only: mapping one control to both versions draws lint warnings
    // (a 2026 entry reached only through the version crosswalk).
    let compilation = compile(sources);
    let errors: Vec<_> = compilation
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let mapped: Vec<String> = compilation.model.controls[0]
        .satisfies
        .iter()
        .map(|m| compilation.model.qualified_id(m.requirement))
        .collect();
    assert_eq!(
        mapped,
        [
            "eu-ai-act@2024:Art.15(5)",
            "eu-ai-act@2026:AnnexIII.5(b)",
            "eu-ai-act@2026:Art.4"
        ]
    );

    // With two versions built in, a reference without one is ambiguous.
    let mut sources = SourceSet::new();
    for file in builtin_sources() {
        sources.add(file);
    }
    sources.add(SourceFile::new(
        "controls.cw",
        "control C \"T\" { owner \"o\" frequency annual evidence \"e\" test \"t\"\n\
         satisfies eu-ai-act:Art.4 intersects { status reviewed } }",
        false,
    ));
    let compilation = compile(sources);
    let codes: Vec<&str> = compilation.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["crosswalk::resolve::ambiguous_version"]);
    let help = compilation.diagnostics[0]
        .help
        .as_deref()
        .unwrap_or_default();
    assert!(help.contains(V2024) && help.contains(V2026), "{help}");
}
