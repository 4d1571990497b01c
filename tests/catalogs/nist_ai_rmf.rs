//! NIST AI RMF 1.0 against the official core (AI 100-1).

use std::collections::BTreeSet;

use crosswalk::compile;
use crosswalk::frameworks::builtin_sources;
use crosswalk::resolve::model::EntryKind;
use crosswalk::source::SourceSet;

use super::{builtin_model, entries, framework, parent_id};
use crate::support::root;

#[test]
fn nist_ai_rmf_matches_the_official_core() {
    let model = builtin_model();
    let id = framework(&model, "nist-ai-rmf@1.0");
    let text = std::fs::read_to_string(
        root().join("tests/reference/nist-ai-rmf/ai-rmf-1.0-subcategories.json"),
    )
    .unwrap();
    let official: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();

    let requirements = entries(&model, id, EntryKind::Requirement);
    let groups = entries(&model, id, EntryKind::Group);

    // 72 subcategories, in the official order, shown exactly as NIST writes them.
    assert_eq!(requirements.len(), 72);
    let official_ids: Vec<&str> = official
        .iter()
        .map(|s| s["subcategory_id"].as_str().unwrap())
        .collect();
    let shown: Vec<&str> = requirements.iter().map(|r| r.shown()).collect();
    assert_eq!(shown, official_ids);
    for r in &requirements {
        assert_eq!(
            r.id,
            r.shown().replace(' ', "-"),
            "identifier of {}",
            r.shown()
        );
    }

    // Each subcategory sits in its official category, each category in its function.
    for (r, o) in requirements.iter().zip(&official) {
        assert_eq!(parent_id(&model, r), Some(r.id.rsplit_once('.').unwrap().0));
        let category = model.requirement(r.parent.expect("a category"));
        assert_eq!(
            category.shown(),
            o["category_id"].as_str().unwrap(),
            "category of {}",
            r.shown()
        );
        let function = model.requirement(category.parent.expect("a function"));
        assert_eq!(
            function.title,
            o["function"].as_str().unwrap(),
            "function of {}",
            r.shown()
        );
        assert_eq!(function.parent, None);
    }

    // 19 categories under 4 functions, nothing else.
    let categories: BTreeSet<&str> = official
        .iter()
        .map(|s| s["category_id"].as_str().unwrap())
        .collect();
    let functions: Vec<&str> = groups
        .iter()
        .filter(|g| g.parent.is_none())
        .map(|g| g.shown())
        .collect();
    assert_eq!(categories.len(), 19);
    assert_eq!(groups.len(), 19 + 4);
    assert_eq!(functions, ["GOVERN", "MAP", "MEASURE", "MANAGE"]);

    // Every entry has a title and our own summary.
    for e in requirements.iter().chain(&groups) {
        assert!(
            !e.title.is_empty() && e.summary.as_deref().is_some_and(|s| !s.is_empty()),
            "{}",
            e.id
        );
    }
}

#[test]
fn the_shown_form_resolves_like_the_identifier() {
    let mut sources = SourceSet::new();
    for file in builtin_sources() {
        sources.add(file);
    }
    sources.add(crosswalk::source::SourceFile::new(
        "alias.cw",
        "control C \"T\" { owner \"o\" frequency annual evidence \"e\" test \"t\" satisfies nist-ai-rmf:\"GOVERN 1.1\" equal { status reviewed } }",
        false,
    ));
    let compilation = compile(sources);
    assert!(
        compilation.diagnostics.is_empty(),
        "{:#?}",
        compilation.diagnostics
    );
    let mapping = &compilation.model.controls[0].satisfies[0];
    assert_eq!(
        compilation.model.qualified_id(mapping.requirement),
        "nist-ai-rmf@1.0:GOVERN-1.1"
    );
}
