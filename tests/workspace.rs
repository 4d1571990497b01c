//! The workspace: stable file ids, re-parsing only what changed,
//! precedence by key, and the queries a language server asks (symbol at an
//! offset, definition, references, completions).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use proptest::prelude::*;

use crosswalk::Compilation;
use crosswalk::diagnostic::Diagnostic;
use crosswalk::project::{display_name, load_workspace, project_files};
use crosswalk::resolve::model::RequirementId;
use crosswalk::source::{FileId, SourceSet, Span};
use crosswalk::workspace::{Completion, CompletionKind, Symbol, Workspace};

use crate::support::{all_fixture_files, root};

/// The bundled example project.
fn example() -> PathBuf {
    root().join("examples/risk-scoring-api")
}

/// The example's files: (name as loaded, text).
fn example_files() -> Vec<(String, String)> {
    project_files(&example())
        .unwrap()
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (display_name(&path), text)
        })
        .collect()
}

/// The example loaded as `check` loads it.
fn example_workspace() -> Workspace {
    load_workspace(&example()).unwrap()
}

/// `soc2@2017:CC8.1` in the model.
fn cc8_1(compilation: &Compilation) -> RequirementId {
    let soc2 = compilation.names.framework("soc2", Some("2017")).unwrap();
    compilation.names.requirement(soc2, "CC8.1").unwrap()
}

/// The file of the workspace whose name ends with `suffix`, and its text.
fn file_ending(compilation: &Compilation, suffix: &str) -> (FileId, Arc<str>) {
    compilation
        .sources
        .iter()
        .find(|(_, f)| f.name.ends_with(suffix))
        .map_or_else(
            || panic!("a file ending with {suffix}"),
            |(id, f)| (id, Arc::clone(&f.text)),
        )
}

/// The diagnostics as `check --format json` prints them.
fn json(compilation: &Compilation) -> String {
    let shown: Vec<_> = compilation
        .diagnostics
        .iter()
        .map(|d: &Diagnostic| d.to_json(&compilation.sources))
        .collect();
    serde_json::to_string_pretty(&shown).unwrap()
}

#[test]
fn set_file_reparses_only_that_file() {
    let mut workspace = example_workspace();
    let first = workspace.compile();
    let files = example_files().len();
    assert_eq!(
        workspace.parse_count(),
        files,
        "each project file parsed once"
    );
    assert!(!first.has_errors(), "{:#?}", first.diagnostics);

    let (edited, text) = file_ending(&first, "controls/itgc.cw");
    let name = first.sources.get(edited).name.clone();
    let changed = format!("{text}\n# an edit\n");
    assert_eq!(
        workspace.set_file(&name, changed.as_str()),
        edited,
        "the id stays"
    );
    let second = workspace.compile();
    assert_eq!(
        workspace.parse_count(),
        files + 1,
        "only the edited file again"
    );

    // Every other tree is the very same one, not a copy.
    for (before, after) in first.asts.iter().zip(&second.asts) {
        assert_eq!(before.file, after.file);
        assert_eq!(
            Arc::ptr_eq(before, after),
            before.file != edited,
            "{}",
            second.sources.get(after.file).name
        );
    }
    assert_eq!(second.sources.get(edited).text.as_ref(), changed);
    assert_eq!(json(&first), json(&second));
    assert_eq!(first.model.controls.len(), second.model.controls.len());

    // The same text again changes nothing.
    workspace.set_file(&name, changed.as_str());
    let _third = workspace.compile();
    assert_eq!(workspace.parse_count(), files + 1);
}

#[test]
fn builtin_catalogs_are_shared_by_every_compilation() {
    let one = example_workspace().compile();
    let two = crosswalk::compile(crosswalk::project::load(&example()).unwrap());
    let builtin = |c: &Compilation| -> Vec<Arc<crosswalk::syntax::Ast>> {
        c.asts
            .iter()
            .filter(|a| c.sources.get(a.file).builtin)
            .cloned()
            .collect()
    };
    let (a, b) = (builtin(&one), builtin(&two));
    assert!(!a.is_empty());
    assert_eq!(a.len(), b.len());
    assert!(a.iter().zip(&b).all(|(x, y)| Arc::ptr_eq(x, y)));
    assert_eq!(json(&one), json(&two));
}

#[test]
fn the_symbol_in_a_mapping_is_its_requirement_with_every_mapping_as_reference() {
    let compilation = example_workspace().compile();
    let requirement = cc8_1(&compilation);
    let (file, text) = file_ending(&compilation, "controls/itgc.cw");
    let written = "satisfies soc2@2017:CC8.1";
    let at = text.find(written).expect("the example maps CC8.1") + written.len() - 3;
    let symbol = compilation.symbol_at(file, at);
    assert_eq!(symbol, Some(Symbol::Requirement(requirement)));

    // Every mapping to it, from the model: each statement holds one
    // reference, and there is no other mapping reference.
    let references = compilation.references(Symbol::Requirement(requirement));
    let mut mappings: Vec<_> = compilation
        .model
        .controls
        .iter()
        .flat_map(|c| &c.satisfies)
        .filter(|m| m.requirement == requirement)
        .map(|m| m.span)
        .collect();
    mappings.sort();
    assert!(mappings.len() >= 2, "the example maps CC8.1 several times");
    for mapping in &mappings {
        let inside: Vec<_> = references
            .iter()
            .filter(|r| r.file == mapping.file && mapping.start <= r.start && r.end <= mapping.end)
            .collect();
        assert_eq!(inside.len(), 1, "one reference per mapping");
        assert_eq!(compilation.sources.slice(*inside[0]), "soc2@2017:CC8.1");
    }
    let sorted = {
        let mut s = references.clone();
        s.sort();
        s
    };
    assert_eq!(references, sorted, "references are sorted");
    // The other references are the conclusions, exclusions, risks and
    // crosswalk pairs that name it, none of them a mapping.
    let others = references
        .iter()
        .filter(|r| {
            !mappings
                .iter()
                .any(|m| m.file == r.file && m.start <= r.start && r.end <= m.end)
        })
        .count();
    let crosswalk_ends: usize = compilation
        .model
        .crosswalks
        .iter()
        .flat_map(|c| &c.pairs)
        .map(|p| usize::from(p.from == requirement) + usize::from(p.to == requirement))
        .sum();
    let touches: usize = compilation
        .model
        .risks
        .iter()
        .map(|r| r.touched().filter(|&t| t == requirement).count())
        .sum();
    let concluded = compilation
        .model
        .conclusions
        .iter()
        .filter(|c| c.requirement == requirement)
        .count();
    let excluded = compilation
        .model
        .exclusions
        .iter()
        .filter(|e| e.requirement == requirement)
        .count();
    // The CSOCs and CUECs that name it in `supports`.
    let supported: usize = compilation
        .model
        .systems
        .iter()
        .flat_map(|s| {
            s.subservices
                .iter()
                .flat_map(|sub| &sub.csocs)
                .chain(&s.cuecs)
        })
        .map(|c| c.supports.iter().filter(|&&r| r == requirement).count())
        .sum();
    assert!(supported > 0, "the example's CSOCs support CC8.1");
    assert_eq!(
        others,
        crosswalk_ends + touches + concluded + excluded + supported
    );

    // The definition is the identifier in the SOC 2 catalog.
    let definition = compilation
        .definition(Symbol::Requirement(requirement))
        .unwrap();
    assert_eq!(compilation.sources.slice(definition), "CC8.1");
    assert!(compilation.sources.get(definition.file).builtin);
    assert_eq!(
        compilation.symbol_at(definition.file, definition.start as usize),
        Some(Symbol::Requirement(requirement)),
        "on the definition's name too"
    );

    // In the framework part of the reference: the framework.
    let framework_at = text.find(written).unwrap() + "satisfies so".len();
    let soc2 = compilation.names.framework("soc2", Some("2017")).unwrap();
    assert_eq!(
        compilation.symbol_at(file, framework_at),
        Some(Symbol::Framework(soc2))
    );
}

#[test]
fn definition_of_a_control_from_a_met_by_reference() {
    let compilation = example_workspace().compile();
    let (file, text) = file_ending(&compilation, "conclusions.cw");
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("met-by"))
        .unwrap();
    let first_name = line.trim_start()["met-by".len()..]
        .split(',')
        .next()
        .unwrap()
        .trim();
    let at = text.find(line).unwrap() + line.find(first_name).unwrap() + 1;
    let control = compilation.names.control(first_name).unwrap();
    assert_eq!(
        compilation.symbol_at(file, at),
        Some(Symbol::Control(control))
    );
    let definition = compilation.definition(Symbol::Control(control)).unwrap();
    assert_eq!(compilation.sources.slice(definition), first_name);
    assert_eq!(definition, compilation.model.control(control).span);
    assert!(
        compilation
            .references(Symbol::Control(control))
            .iter()
            .any(|r| r.file == file && r.start as usize <= at && at < r.end as usize)
    );
}

#[test]
fn a_risk_name_in_mitigates_is_the_risk() {
    let compilation = example_workspace().compile();
    let control = compilation
        .model
        .controls
        .iter()
        .find(|c| !c.mitigates.is_empty())
        .expect("a control mitigates a risk");
    let risk = control.mitigates[0];
    let references = compilation.references(Symbol::Risk(risk));
    let id = &compilation.model.risk(risk).id;
    assert!(
        references
            .iter()
            .all(|&r| compilation.sources.slice(r) == id)
    );
    let mitigations = compilation
        .model
        .controls
        .iter()
        .filter(|c| c.mitigates.contains(&risk))
        .count();
    let implied = compilation
        .model
        .implications
        .iter()
        .filter(|i| i.risk == risk)
        .count();
    assert_eq!(references.len(), mitigations + implied);
}

#[test]
fn remove_file_removes_its_symbols_and_keeps_other_ids() {
    let mut workspace = example_workspace();
    let before = workspace.compile();
    let (removed, _) = file_ending(&before, "conclusions.cw");
    let (kept, kept_text) = file_ending(&before, "controls/itgc.cw");
    let name = before.sources.get(removed).name.clone();
    assert!(!before.model.conclusions.is_empty());
    assert!(!before.references.in_file(removed).is_empty());

    assert_eq!(workspace.remove_file(&name), Some(removed));
    assert_eq!(workspace.file_id(&name), None);
    let after = workspace.compile();
    assert!(
        after.model.conclusions.is_empty(),
        "its conclusions are gone"
    );
    assert!(
        after.references.in_file(removed).is_empty(),
        "and its symbols"
    );
    assert!(!after.sources.contains(removed));
    assert_eq!(after.symbol_at(removed, 10), None);
    // The other files keep their ids.
    assert_eq!(after.sources.get(kept).text, kept_text);
    for (id, file) in after.sources.iter() {
        assert_eq!(before.sources.get(id).name, file.name);
    }
    // Added again, the file gets a new id; nothing else moves.
    let text = before.sources.get(removed).text.clone();
    let again = workspace.set_file(&name, text);
    assert_ne!(again, removed);
    assert_eq!(workspace.file_id(&name), Some(again));
    assert_eq!(
        workspace.compile().model.conclusions.len(),
        before.model.conclusions.len()
    );
}

#[test]
fn precedence_does_not_depend_on_the_order_files_were_added() {
    // Two definitions of one control in two files: which one is first
    // depends on the paths, never on the order of `set_file`.
    let files = [
        (
            "a.cw",
            "control DUP \"First\" { owner \"a\" }\nrisk r \"R\"\n",
        ),
        (
            "b.cw",
            "control DUP \"Second\" { owner \"b\" mitigates r }\ncontrol B \"B\" { mitigates nope }\n",
        ),
    ];
    let mut examples = example_files();
    examples.extend(
        files
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned())),
    );
    let compile_in = |order: &mut dyn Iterator<Item = &(String, String)>| {
        let mut workspace = Workspace::new();
        for (name, text) in order {
            workspace.set_file(name, text.as_str());
        }
        workspace.compile()
    };
    let forward = compile_in(&mut examples.iter());
    let backward = compile_in(&mut examples.iter().rev());
    assert_eq!(json(&forward), json(&backward));
    assert!(forward.has_errors());
    let titles = |c: &Compilation| -> Vec<(String, String)> {
        c.model
            .controls
            .iter()
            .map(|x| (x.id.clone(), x.title.clone()))
            .collect()
    };
    assert_eq!(titles(&forward), titles(&backward));
    let dup = forward.names.control("DUP").unwrap();
    assert_eq!(
        forward.model.control(dup).title,
        "First",
        "a.cw comes first"
    );
    assert_eq!(
        format!("{:?}", forward.model.conclusions.len()),
        format!("{:?}", backward.model.conclusions.len())
    );
}

#[test]
fn completions_follow_the_grammar_context() {
    let mut workspace = example_workspace();
    // (The text must parse until syntax recovery keeps the other items of
    // a file with a syntax error: a file refused whole resolves nothing.)
    let text = "control NEW \"New\" {\n  satisfies soc2@2017:CC8.1 equal\n  mitigates zzz\n  owner \"x\"\n  \n}\nconclusion soc2@2017:CC8.1 {\n  met-by NEW, OTHER\n}\n";
    let file = workspace.set_file("new.cw", text);
    let compilation = workspace.compile();
    let offer = |offset: usize| compilation.completions_at(file, offset);

    // After `satisfies soc2@2017:`: every requirement of that version.
    let after_colon = text.find("soc2@2017:").unwrap() + "soc2@2017:".len();
    let completions = offer(after_colon);
    let cc8_1 = completions
        .iter()
        .find(|c| c.label == "CC8.1")
        .expect("CC8.1 is offered");
    assert_eq!(cc8_1.kind, CompletionKind::Requirement);
    assert!(cc8_1.replaces.is_empty());
    let soc2 = compilation.names.framework("soc2", Some("2017")).unwrap();
    let requirements = compilation
        .model
        .framework(soc2)
        .requirement_count(&compilation.model);
    assert_eq!(
        completions.len(),
        requirements,
        "every requirement, no group"
    );

    // Part of the identifier typed: only what starts with it, replacing it.
    let typed = after_colon + 3;
    let labels: Vec<Completion> = offer(typed);
    assert!(labels.iter().any(|c| c.label == "CC8.1"));
    assert!(labels.iter().all(|c| c.label.starts_with("CC8")));
    assert!(labels.iter().all(|c| c.replaces.len() == 3));

    // In `soc2`: framework versions.
    let in_framework = text.find("soc2@").unwrap() + 2;
    let offered = offer(in_framework);
    assert!(
        offered
            .iter()
            .any(|c| c.label == "soc2@2017" && c.kind == CompletionKind::Framework)
    );
    assert!(offered.iter().all(|c| c.label.starts_with("so")));

    // After `mitigates `: risks; after `met-by `: controls.
    let risks = offer(text.find("mitigates ").unwrap() + "mitigates ".len());
    assert_eq!(risks.len(), compilation.names.risk_ids().len());
    assert!(risks.iter().all(|c| c.kind == CompletionKind::Risk));
    let controls = offer(text.find("met-by ").unwrap() + "met-by ".len());
    assert_eq!(controls.len(), compilation.names.control_ids().len());
    assert!(controls.iter().any(|c| c.label == "NEW"));
    let listed = offer(text.find("NEW, ").unwrap() + "NEW, ".len());
    assert_eq!(
        listed,
        controls
            .iter()
            .map(|c| Completion {
                replaces: Span::new(
                    file,
                    text.find("NEW, ").unwrap() + 5,
                    text.find("NEW, ").unwrap() + 5
                ),
                ..c.clone()
            })
            .collect::<Vec<_>>(),
        "after a comma, the same list"
    );

    // At a statement's start: the keywords of the block it is in.
    let keywords = offer(text.find("  \n}").unwrap() + 2);
    assert!(keywords.iter().all(|c| c.kind == CompletionKind::Keyword));
    assert!(keywords.iter().any(|c| c.label == "satisfies"));
    assert!(
        !keywords.iter().any(|c| c.label == "control"),
        "not a top-level item"
    );
    let top = offer(text.len());
    assert!(top.iter().any(|c| c.label == "control"));
    assert!(!top.iter().any(|c| c.label == "satisfies"));

    // Nothing inside a string, nor inside a character.
    assert!(offer(text.find("\"New\"").unwrap() + 2).is_empty());
    let accented = "# é\n";
    let file = workspace.set_file("accent.cw", accented);
    let compilation = workspace.compile();
    assert!(compilation.completions_at(file, 3).is_empty());
}

#[test]
fn compile_of_a_source_set_keeps_its_ids() {
    let mut sources = SourceSet::new();
    for file in crosswalk::frameworks::builtin_sources() {
        sources.add(file);
    }
    let id = sources.add(crosswalk::source::SourceFile::new(
        "p.cw",
        "control C \"C\" { satisfies soc2@2017:CC8.1 equal }\n",
        false,
    ));
    let compilation = crosswalk::compile(sources);
    assert!(!compilation.has_errors(), "{:#?}", compilation.diagnostics);
    let text = compilation.sources.get(id).text.clone();
    let at = text.find("CC8.1").unwrap();
    assert_eq!(
        compilation.symbol_at(id, at),
        Some(Symbol::Requirement(cc8_1(&compilation)))
    );
}

/// The fixture files, read once.
fn fixtures() -> &'static [(PathBuf, String)] {
    static FILES: std::sync::OnceLock<Vec<(PathBuf, String)>> = std::sync::OnceLock::new();
    FILES.get_or_init(|| {
        all_fixture_files()
            .into_iter()
            .map(|p| {
                let text = std::fs::read_to_string(&p).unwrap();
                (p, text)
            })
            .collect()
    })
}

/// Each fixture compiled alone after the built-in catalogs (compiled once
/// per fixture).
fn fixture_compilation(index: usize) -> &'static (FileId, Compilation) {
    static COMPILED: std::sync::OnceLock<Vec<std::sync::OnceLock<(FileId, Compilation)>>> =
        std::sync::OnceLock::new();
    let cells = COMPILED.get_or_init(|| {
        fixtures()
            .iter()
            .map(|_| std::sync::OnceLock::default())
            .collect()
    });
    cells[index].get_or_init(|| {
        let (path, text) = &fixtures()[index];
        let mut workspace = Workspace::new();
        let name = display_name(path.strip_prefix(root()).unwrap_or(Path::new("input.cw")));
        let id = workspace.set_file(&name, text.as_str());
        (id, workspace.compile())
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn symbol_at_never_panics(file in 0usize..10_000, offset in 0usize..200_000) {
        let index = file % fixtures().len();
        let (id, compilation) = fixture_compilation(index);
        let len = fixtures()[index].1.len();
        // Every offset of the file and a little past its end, character
        // boundaries or not.
        let offset = offset % (len + 3);
        let symbol = compilation.symbol_at(*id, offset);
        if let Some(symbol) = symbol {
            // What is found is named there or defined there.
            let spans = compilation.references(symbol);
            let definition = compilation.definition(symbol);
            prop_assert!(
                spans.iter().chain(definition.iter()).any(|s| s.file == *id
                    && s.start as usize <= offset
                    && offset <= s.end as usize)
            );
        }
        let _ = compilation.completions_at(*id, offset);
        // Other files' offsets, and a file that is not there.
        let _ = compilation.symbol_at(FileId(0), offset);
        let _ = compilation.symbol_at(FileId(u32::MAX), offset);
        let _ = compilation.completions_at(FileId(u32::MAX), offset);
    }
}

#[test]
fn queries_at_every_offset_inside_multi_byte_characters() {
    // Every fixture with non-ASCII text, at every offset that is not a
    // character boundary, and a file made for it at every offset.
    let made = "# ✓ Überprüfung\ncontrol MB-1 \"Zugriffsprüfung ✓\" {\n  owner \"Sécurité\"\n  satisfies soc2@2017:CC8.1 equal { note \"日本\" }\n}\n";
    let mut workspace = Workspace::new();
    let file = workspace.set_file("made.cw", made);
    let compilation = workspace.compile();
    assert!(!compilation.has_errors(), "{:#?}", compilation.diagnostics);
    let mut named = 0;
    for offset in 0..made.len() + 3 {
        let symbol = compilation.symbol_at(file, offset);
        named += usize::from(symbol.is_some());
        if !made.is_char_boundary(offset.min(made.len())) {
            assert_eq!(symbol, None, "no name holds a multi-byte character");
            assert!(compilation.completions_at(file, offset).is_empty());
        }
        let _ = compilation.completions_at(file, offset);
    }
    assert!(named > 0, "the reference and the control are found");

    let mut checked = 0;
    for (index, (_, text)) in fixtures().iter().enumerate() {
        if text.is_ascii() {
            continue;
        }
        let (id, compilation) = fixture_compilation(index);
        for offset in (0..text.len()).filter(|&i| !text.is_char_boundary(i)) {
            let _ = compilation.symbol_at(*id, offset);
            assert!(compilation.completions_at(*id, offset).is_empty());
            checked += 1;
        }
    }
    assert!(checked > 0, "some fixture has non-ASCII text");
}

#[test]
fn the_name_tables_agree_with_the_model() {
    // What `explain` and the CLI's `--framework` look up by scanning the
    // model, the tables answer directly.
    use crosswalk::resolve::model::{ControlId, FrameworkId, RiskId};
    let compilation = example_workspace().compile();
    let (model, names) = (&compilation.model, &compilation.names);
    for (i, control) in model.controls.iter().enumerate() {
        assert_eq!(
            names.control(&control.id),
            Some(ControlId(u32::try_from(i).unwrap()))
        );
    }
    for (i, risk) in model.risks.iter().enumerate() {
        assert_eq!(
            names.risk(&risk.id),
            Some(RiskId(u32::try_from(i).unwrap()))
        );
    }
    assert_eq!(names.control("no-such-control"), None);
    for (i, framework) in model.frameworks.iter().enumerate() {
        let id = FrameworkId(u32::try_from(i).unwrap());
        assert_eq!(
            names.framework(&framework.name, Some(&framework.version)),
            Some(id)
        );
        let versions = names.versions(&framework.name);
        assert!(
            versions
                .iter()
                .any(|(v, f)| *v == framework.version && *f == id)
        );
        let bare = names.framework(&framework.name, None);
        assert_eq!(
            bare.is_some(),
            versions.len() == 1,
            "a bare name only when one version"
        );
        for &entry in &framework.entries {
            let requirement = model.requirement(entry);
            assert_eq!(names.requirement(id, &requirement.id), Some(entry));
            assert!(names.requirements_named(&requirement.id).contains(&entry));
        }
    }
    let mut sorted = names.framework_names();
    sorted.dedup();
    assert_eq!(sorted, names.framework_names(), "sorted, each once");
}
