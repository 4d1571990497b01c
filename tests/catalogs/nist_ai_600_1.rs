//! NIST AI 600-1 (the Generative AI Profile) and its crosswalk to the AI RMF
//! 1.0, against the profile's list of suggested actions.

use std::collections::{BTreeMap, BTreeSet};

use crosswalk::resolve::Model;
use crosswalk::resolve::model::{EntryKind, FrameworkId, Requirement};
use crosswalk::vocabulary::Relationship;

use super::{builtin_model, entries, framework, only_crosswalk, parent_id};
use crate::support::root;

/// One suggested action as the reference list gives it.
struct Action {
    id: String,
    subcategory: String,
    risks: Vec<String>,
    tasks: Vec<String>,
}

fn reference() -> Vec<Action> {
    let text = std::fs::read_to_string(
        root().join("tests/reference/nist-ai-600-1/ai-600-1-1.0-action-ids.json"),
    )
    .unwrap();
    let rows: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect()
    };
    rows.iter()
        .map(|r| Action {
            id: r["action_id"].as_str().unwrap().to_owned(),
            subcategory: r["subcategory_id"].as_str().unwrap().to_owned(),
            risks: strings(&r["gai_risks"]),
            tasks: strings(&r["ai_actor_tasks"]),
        })
        .collect()
}

/// A name as the data writes it, without the PDF's ligatures.
fn plain(name: &str) -> String {
    name.replace('\u{fb01}', "fi").replace('\u{fb00}', "ff")
}

/// The `gai-risk:` slugs for one risk name of the data. The data spells two
/// risks in two ways, joins two risks into one entry once, and names once a
/// risk that is not one of the profile's 12 ("Civil Rights violations").
fn risk_slugs(name: &str) -> &'static [&'static str] {
    match plain(name).as_str() {
        "CBRN Information or Capabilities" | "CBRN Information and Capability" => {
            &["cbrn-information"]
        }
        "Confabulation" => &["confabulation"],
        "Dangerous, Violent, or Hateful Content" => &["dangerous-violent-hateful-content"],
        "Data Privacy" => &["data-privacy"],
        "Environmental" => &["environmental-impacts"],
        "Harmful Bias and Homogenization" => &["harmful-bias-homogenization"],
        "Human-AI Configuration" | "Human AI Configuration" => &["human-ai-configuration"],
        "Information Integrity" => &["information-integrity"],
        "Information Security" => &["information-security"],
        "Intellectual Property" => &["intellectual-property"],
        "Obscene, Degrading, and/or Abusive Content" => &["obscene-degrading-abusive-content"],
        "Value Chain and Component Integration" => &["value-chain-component-integration"],
        "Human-AI Configuration, Dangerous, Violent, or Hateful Content" => &[
            "human-ai-configuration",
            "dangerous-violent-hateful-content",
        ],
        "Civil Rights violations" => &[],
        other => panic!("unknown GAI risk {other:?}"),
    }
}

/// The `actor-task:` slug for one AI actor task of the data.
fn task_slug(name: &str) -> &'static str {
    match plain(name).as_str() {
        "AI Design" | "AI Actors: AI Design" => "ai-design",
        "AI Development" => "ai-development",
        "AI Deployment" => "ai-deployment",
        "Operation and Monitoring" => "operation-and-monitoring",
        "TEVV" => "tevv",
        "Human Factors" => "human-factors",
        "Domain Experts" => "domain-experts",
        "AI Impact Assessment" => "ai-impact-assessment",
        "Procurement" => "procurement",
        "Governance and Oversight" => "governance-and-oversight",
        "Third-party entities" => "third-party-entities",
        "End-Users" | "End- Users" | "End Users" => "end-users",
        "Affected Individuals and Communities" => "affected-individuals-and-communities",
        other => panic!("unknown AI actor task {other:?}"),
    }
}

/// The values of an entry's tags with this key (`gai-risk`).
fn tag_values<'r>(entry: &'r Requirement, key: &str) -> BTreeSet<&'r str> {
    entry
        .tags
        .iter()
        .filter_map(|t| t.split_once(':'))
        .filter(|(k, _)| *k == key)
        .map(|(_, v)| v)
        .collect()
}

/// `GOVERN 1.1` → `GV-1.1`.
fn group_id(subcategory: &str) -> String {
    let (function, number) = subcategory.split_once(' ').unwrap();
    let prefix = match function {
        "GOVERN" => "GV",
        "MAP" => "MP",
        "MEASURE" => "MS",
        "MANAGE" => "MG",
        other => panic!("unknown function {other}"),
    };
    format!("{prefix}-{number}")
}

fn profile(model: &Model) -> FrameworkId {
    framework(model, "nist-ai-600-1@2024")
}

#[test]
fn nist_ai_600_1_matches_the_profiles_actions() {
    let model = builtin_model();
    let id = profile(&model);
    let official = reference();
    let actions = entries(&model, id, EntryKind::Requirement);
    let groups = entries(&model, id, EntryKind::Group);

    // 212 suggested actions, in the profile's order, with its identifiers.
    assert_eq!(official.len(), 212);
    assert_eq!(actions.len(), 212);
    let official_ids: Vec<&str> = official.iter().map(|a| a.id.as_str()).collect();
    let ids: Vec<&str> = actions.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, official_ids);
    assert!(actions.iter().all(|a| a.display.is_none()));

    // Each action sits in the group of its subcategory, each group in its
    // function, and the groups are exactly the 49 subcategories, in order.
    for (action, o) in actions.iter().zip(&official) {
        let group = group_id(&o.subcategory);
        assert_eq!(parent_id(&model, action), Some(group.as_str()), "{}", o.id);
        assert!(o.id.starts_with(&format!("{group}-")), "{}", o.id);
        let subcategory = model.requirement(action.parent.unwrap());
        assert_eq!(subcategory.shown(), o.subcategory);
        let function = model.requirement(subcategory.parent.expect("a function"));
        assert_eq!(Some(function.id.as_str()), group.split('-').next());
        assert_eq!(function.parent, None);
    }
    let mut official_subcategories: Vec<&str> = Vec::new();
    for a in &official {
        if !official_subcategories.contains(&a.subcategory.as_str()) {
            official_subcategories.push(&a.subcategory);
        }
    }
    let subcategories: Vec<&str> = groups
        .iter()
        .filter(|g| g.parent.is_some())
        .map(|g| g.shown())
        .collect();
    assert_eq!(subcategories.len(), 49);
    assert_eq!(subcategories, official_subcategories);
    for g in groups.iter().filter(|g| g.parent.is_some()) {
        assert_eq!(g.id, group_id(g.shown()));
        assert!(model.requirement(g.parent.unwrap()).parent.is_none());
    }

    // Four functions, nothing else.
    let functions: Vec<(&str, &str, &str)> = groups
        .iter()
        .filter(|g| g.parent.is_none())
        .map(|g| (g.id.as_str(), g.shown(), g.title.as_str()))
        .collect();
    assert_eq!(
        functions,
        [
            ("GV", "GOVERN", "Govern"),
            ("MP", "MAP", "Map"),
            ("MS", "MEASURE", "Measure"),
            ("MG", "MANAGE", "Manage"),
        ]
    );
    assert_eq!(groups.len(), 49 + 4);

    // Every entry has a title and our own summary.
    for e in actions.iter().chain(&groups) {
        assert!(
            !e.title.is_empty() && e.summary.as_deref().is_some_and(|s| !s.is_empty()),
            "{}",
            e.id
        );
    }
}

#[test]
fn nist_ai_600_1_tags_are_the_profiles_risks_and_actor_tasks() {
    let model = builtin_model();
    let id = profile(&model);
    let official = reference();
    let actions = entries(&model, id, EntryKind::Requirement);
    let mut seen = BTreeSet::new();
    for (action, o) in actions.iter().zip(&official) {
        assert_eq!(action.id, o.id);
        let risks: BTreeSet<&str> = o
            .risks
            .iter()
            .flat_map(|r| risk_slugs(r).iter().copied())
            .collect();
        assert!(!risks.is_empty(), "{} addresses some GAI risk", o.id);
        assert_eq!(
            tag_values(action, "gai-risk"),
            risks,
            "GAI risks of {}",
            o.id
        );
        let tasks: BTreeSet<&str> = o.tasks.iter().map(|t| task_slug(t)).collect();
        assert_eq!(
            tag_values(action, "actor-task"),
            tasks,
            "AI actor tasks of {}",
            o.id
        );
        assert_eq!(
            action.tags.len(),
            risks.len() + tasks.len(),
            "no other tags on {}",
            o.id
        );
        seen.extend(risks);
    }
    // All 12 GAI risks of the profile are used.
    assert_eq!(seen.len(), 12, "{seen:?}");
    // Groups carry no tags: each action says its own.
    assert!(
        entries(&model, id, EntryKind::Group)
            .iter()
            .all(|g| g.tags.is_empty())
    );
}

#[test]
fn nist_ai_600_1_crosswalk_pairs_each_action_with_its_subcategory() {
    let model = builtin_model();
    let to = framework(&model, "nist-ai-rmf@1.0");
    let official = reference();

    let crosswalk = only_crosswalk(&model, "nist-ai-600-1@2024", "nist-ai-rmf@1.0");
    assert!(
        crosswalk
            .source
            .as_deref()
            .is_some_and(|s| s.starts_with("NIST AI 600-1")),
        "{:?}",
        crosswalk.source
    );

    // Exactly 212 pairs, one per action, in the profile's order, each
    // `subset` of the AI RMF subcategory the profile lists it under.
    assert_eq!(crosswalk.pairs.len(), 212);
    let mut targets: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (pair, o) in crosswalk.pairs.iter().zip(&official) {
        let action = model.requirement(pair.from);
        let subcategory = model.requirement(pair.to);
        assert_eq!(action.id, o.id);
        assert_eq!(subcategory.framework, to);
        assert_eq!(subcategory.kind, EntryKind::Requirement);
        assert_eq!(subcategory.shown(), o.subcategory, "target of {}", o.id);
        assert_eq!(subcategory.id, o.subcategory.replace(' ', "-"));
        assert_eq!(pair.relationship, Relationship::Subset, "{}", o.id);
        targets
            .entry(subcategory.id.as_str())
            .or_default()
            .insert(action.id.as_str());
        // The action's group in the profile shows the same subcategory.
        assert_eq!(
            model.requirement(action.parent.unwrap()).shown(),
            subcategory.shown()
        );
    }
    assert_eq!(targets.len(), 49);
    assert_eq!(targets.values().map(BTreeSet::len).sum::<usize>(), 212);
}
