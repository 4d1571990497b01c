//! The EU AI Act (Regulation (EU) 2024/1689) against the identifiers derived
//! from the regulation's text, and its applicability data (roles, tiers and
//! dates of application).

use std::collections::{BTreeMap, BTreeSet};

use crosswalk::compile;
use crosswalk::frameworks::builtin_sources;
use crosswalk::resolve::Model;
use crosswalk::resolve::model::{EntryKind, FrameworkId, Requirement};
use crosswalk::source::{SourceFile, SourceSet};

use super::{builtin_model, framework, parent_id};
use crate::support::root;

const KEY: &str = "eu-ai-act@2024";

/// One row of `tests/reference/eu-ai-act/eu-ai-act-2024-ids.csv`.
struct Official {
    id: String,
    parent: Option<String>,
    kind: EntryKind,
}

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
        .unwrap_or_else(|| panic!("{name} is in {KEY}"))
}

/// The tags of one key (`role`, `tier`) that hold for an entry, as values:
/// its own, else its nearest group's (as the compiler reads them).
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

/// The date an entry applies from: its own, or its nearest group's.
fn applies_from<'m>(model: &'m Model, entry: &'m Requirement) -> Option<&'m str> {
    let mut current = entry;
    loop {
        if let Some(date) = &current.applies_from {
            return Some(date);
        }
        current = model.requirement(current.parent?);
    }
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

#[test]
fn eu_ai_act_matches_the_regulation_text() {
    let model = builtin_model();
    let id = framework(&model, KEY);
    let official = official();
    let entries = all_entries(&model, id);

    // The same identifiers in both directions, each missing or extra one named.
    let ours: BTreeSet<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    let theirs: BTreeSet<&str> = official.iter().map(|o| o.id.as_str()).collect();
    let missing: Vec<&&str> = theirs.difference(&ours).collect();
    let extra: Vec<&&str> = ours.difference(&theirs).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "not in the catalog: {missing:?}; not in the regulation's text: {extra:?}"
    );
    assert_eq!(entries.len(), official.len(), "an identifier is repeated");

    // In the regulation's order, each with the official parent and kind.
    let order: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    let official_order: Vec<&str> = official.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(order, official_order);
    for (e, o) in entries.iter().zip(&official) {
        assert_eq!(
            parent_id(&model, e),
            o.parent.as_deref(),
            "parent of {}",
            e.id
        );
        assert_eq!(e.kind, o.kind, "kind of {}", e.id);
    }

    // Counts as read from the text (see tests/reference/eu-ai-act/README.md).
    let count = |kind| entries.iter().filter(|e| e.kind == kind).count();
    assert_eq!(count(EntryKind::Requirement), 344);
    assert_eq!(count(EntryKind::Group), 76);
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
    assert_eq!(tops, articles);
}

#[test]
fn eu_ai_act_hierarchy_and_citations() {
    let model = builtin_model();
    let id = framework(&model, KEY);
    let entries = all_entries(&model, id);

    let mut children: BTreeMap<&str, Vec<&Requirement>> = BTreeMap::new();
    for e in &entries {
        if let Some(p) = parent_id(&model, e) {
            children.entry(p).or_default().push(e);
        }
    }

    for e in &entries {
        // Shown in the official citation form, which resolves like the identifier.
        assert_eq!(e.shown(), citation(&e.id), "display of {}", e.id);

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
            EntryKind::Group => assert!(children.contains_key(e.id.as_str()), "{} is empty", e.id),
            EntryKind::Requirement => assert!(!children.contains_key(e.id.as_str())),
        }

        // A title and one sentence of our own.
        let summary = e.summary.as_deref().unwrap_or_default();
        assert!(!e.title.is_empty(), "title of {}", e.id);
        assert!(summary.ends_with('.'), "summary of {}", e.id);
        let sentences = summary
            .match_indices(". ")
            .filter(|(i, _)| summary[i + 2..].starts_with(|c: char| c.is_uppercase()))
            .count();
        assert_eq!(sentences, 0, "one sentence for {}: {summary}", e.id);
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
        assert_eq!(steps, expected, "numbering under {parent}");
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
        assert!(poisoning.contains(attack), "Art.15(5) names {attack}");
    }
}

#[test]
fn eu_ai_act_applicability() {
    let model = builtin_model();
    let id = framework(&model, KEY);
    let entries = all_entries(&model, id);
    let at = |name: &str| entry(&model, id, name);
    let roles = |name: &str| values(&model, at(name), "role");
    let tiers = |name: &str| values(&model, at(name), "tier");
    let date = |name: &str| applies_from(&model, at(name));

    // Only role: and tier: tags; every article and annex carries its date.
    for e in &entries {
        for tag in &e.tags {
            assert!(
                tag.starts_with("role:") || tag.starts_with("tier:"),
                "tag {tag} on {}",
                e.id
            );
        }
        if e.parent.is_none() {
            assert!(e.applies_from.is_some(), "{} has applies-from", e.id);
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
        assert_eq!(roles(&name), set(&["provider"]), "{name}");
        assert_eq!(tiers(&name), set(&["high-risk"]), "{name}");
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
        assert_eq!(roles(paragraph), set(&["authority"]), "{paragraph}");
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
        assert_eq!(roles(paragraph), set(&[role]), "{paragraph}");
        assert_eq!(tiers(paragraph), set(&["transparency"]), "{paragraph}");
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

    // When (Art. 113).
    assert_eq!(at("Art.5").applies_from.as_deref(), Some("2025-02-02"));
    assert_eq!(date("Art.5(1)(h)"), Some("2025-02-02"));
    assert_eq!(date("Art.4"), Some("2025-02-02"));
    for gpai in ["Art.53(1)(a)", "Art.54(3)(b)", "Art.55(1)(d)"] {
        assert_eq!(date(gpai), Some("2025-08-02"), "{gpai}");
    }
    assert_eq!(date("Art.6(1)"), Some("2027-08-02"));
    assert_eq!(date("Art.6(1)(b)"), Some("2027-08-02"));
    assert_eq!(date("Art.6(2)"), Some("2026-08-02"));
    for later in [
        "Art.9(2)(a)",
        "Art.26(6)",
        "Art.50(4)",
        "Art.73(2)",
        "AnnexIII.5(b)",
        "AnnexIV.9",
    ] {
        assert_eq!(date(later), Some("2026-08-02"), "{later}");
    }
    let dates: BTreeSet<&str> = entries
        .iter()
        .filter_map(|e| applies_from(&model, e))
        .collect();
    assert_eq!(
        dates,
        BTreeSet::from(["2025-02-02", "2025-08-02", "2026-08-02", "2027-08-02"])
    );
}

#[test]
fn eu_ai_act_citations_resolve() {
    let mut sources = SourceSet::new();
    for file in builtin_sources() {
        sources.add(file);
    }
    sources.add(SourceFile::new(
        "controls.cw",
        "control C \"T\" { owner \"o\" frequency annual evidence \"e\" test \"t\"\n\
         satisfies eu-ai-act:\"Art. 15(5)\" intersects { status reviewed }\n\
         satisfies eu-ai-act:\"Annex III, point 5(b)\" related { status reviewed }\n\
         satisfies eu-ai-act@2024:Art.4 intersects { status reviewed } }",
        false,
    ));
    let compilation = compile(sources);
    assert!(
        compilation.diagnostics.is_empty(),
        "{:#?}",
        compilation.diagnostics
    );
    let mapped: Vec<String> = compilation.model.controls[0]
        .satisfies
        .iter()
        .map(|m| compilation.model.qualified_id(m.requirement))
        .collect();
    assert_eq!(
        mapped,
        [
            "eu-ai-act@2024:Art.15(5)",
            "eu-ai-act@2024:AnnexIII.5(b)",
            "eu-ai-act@2024:Art.4"
        ]
    );
}
