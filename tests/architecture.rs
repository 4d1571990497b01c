//! The shape of the tree: the top-level modules of the library depend on
//! each other without a cycle, so each stage can be read, tested and
//! changed with only the stages below it in mind.
//!
//! Dependencies are read from the source: every `crate::NAME` path in a
//! module's files, where `NAME` is a top-level module declared in
//! `src/lib.rs`. Test code (from a `#[cfg(test)]` line to the end of its
//! file) is left out: a test may compile a whole project.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{before_tests, files_under};

/// The top-level modules `src/lib.rs` declares (`pub mod NAME;`, with or
/// without a `#[cfg]` line before it).
fn top_level_modules(lib: &str) -> Vec<String> {
    lib.lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = line
                .strip_prefix("pub mod ")
                .or_else(|| line.strip_prefix("mod "))?;
            Some(rest.strip_suffix(';')?.trim().to_owned())
        })
        .collect()
}

/// Every `.rs` file of a module: `src/NAME.rs` or everything under
/// `src/NAME/`.
fn module_files(src: &Path, name: &str) -> Vec<PathBuf> {
    let file = src.join(format!("{name}.rs"));
    if file.is_file() {
        vec![file]
    } else {
        files_under(&src.join(name), ".rs")
    }
}

/// The code of a file without its tests and its comments (a doc link to
/// a module above is a pointer for the reader, not a dependency).
fn without_tests(text: &str) -> String {
    before_tests(text)
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules a piece of code names with `crate::NAME`.
fn named_modules<'a>(code: &str, modules: &'a [String]) -> BTreeSet<&'a str> {
    let mut named = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        // `crate::` inside a longer path (`mycrate::`) is not ours.
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(m) = modules.iter().find(|m| **m == rest[..end]) {
            named.insert(m.as_str());
        }
    }
    named
}

/// The dependency graph of the library's top-level modules.
fn dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = fs::read_to_string(src.join("lib.rs")).expect("src/lib.rs");
    let modules = top_level_modules(&lib);
    assert!(modules.len() > 5, "src/lib.rs declares {modules:?}");
    modules
        .iter()
        .map(|module| {
            let mut uses = BTreeSet::new();
            for file in module_files(&src, module) {
                let text = fs::read_to_string(&file).expect("a source file");
                uses.extend(
                    named_modules(&without_tests(&text), &modules)
                        .into_iter()
                        .filter(|m| m != module)
                        .map(str::to_owned),
                );
            }
            (module.clone(), uses)
        })
        .collect()
}

/// A cycle in the graph, as the list of modules around it, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        marks: &mut BTreeMap<String, Mark>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        marks.insert(node.to_owned(), Mark::Open);
        stack.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            match marks.get(next) {
                Some(Mark::Open) => {
                    let from = stack.iter().position(|n| n == next).expect("on the stack");
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(Mark::Done) => {}
                None => {
                    if let Some(cycle) = visit(next, graph, marks, stack) {
                        return Some(cycle);
                    }
                }
            }
        }
        stack.pop();
        marks.insert(node.to_owned(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    for node in graph.keys() {
        if !marks.contains_key(node)
            && let Some(cycle) = visit(node, graph, &mut marks, &mut Vec::new())
        {
            return Some(cycle);
        }
    }
    None
}

#[test]
fn top_level_modules_depend_on_each_other_without_a_cycle() {
    let graph = dependencies();
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "the top-level modules depend on each other in a cycle: {}\nevery dependency: {graph:#?}",
            cycle.join(" → ")
        );
    }
    // The stages below depend on none above them.
    for low in ["source", "syntax", "vocabulary"] {
        for high in ["analysis", "lint", "render", "graph"] {
            assert!(
                !graph[low].contains(high),
                "`{low}` depends on `{high}`: {:?}",
                graph[low]
            );
        }
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle_and_the_reader_skips_tests() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.into_iter().map(str::to_owned).collect()))
    .collect();
    assert_eq!(
        find_cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    let mut acyclic = graph.clone();
    acyclic.get_mut("c").expect("c").clear();
    assert_eq!(find_cycle(&acyclic), None);

    let modules = vec!["graph".to_owned(), "render".to_owned()];
    let code = "use crate::graph::Node;\nlet x = mycrate::render::f();\n/// [`crate::render`]\n#[cfg(test)]\nuse crate::render::X;";
    assert_eq!(
        named_modules(&without_tests(code), &modules),
        BTreeSet::from(["graph"])
    );
    assert_eq!(
        top_level_modules(
            "//! doc\npub mod a;\n#[cfg(feature = \"cli\")]\npub mod cli;\nmod b;\nuse x;"
        ),
        vec!["a", "cli", "b"]
    );
}

#[test]
fn only_the_command_line_uses_clap() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = fs::read_to_string(src.join("lib.rs")).expect("src/lib.rs");
    let mut users = Vec::new();
    for module in top_level_modules(&lib).iter().filter(|m| *m != "cli") {
        for file in module_files(&src, module) {
            let text = fs::read_to_string(&file).expect("a source file");
            if without_tests(&text).contains("clap") {
                users.push(file.display().to_string());
            }
        }
    }
    assert!(
        users.is_empty(),
        "library modules that name clap (the library builds without it): {users:?}"
    );
    assert!(
        lib.contains("#[cfg(feature = \"cli\")]\npub mod cli;"),
        "the command line is behind the `cli` feature"
    );
}
