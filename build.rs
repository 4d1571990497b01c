//! Embeds the built-in framework catalogs (every `frameworks/*.cw` file) and
//! the document templates (every file of `output-templates/` but its
//! README), in sorted order, so adding one is only adding a file.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_owned();
    embed(
        &Path::new(&root).join("frameworks"),
        |name| Path::new(name).extension().is_some_and(|e| e == "cw"),
        "Built-in catalogs: (name shown in diagnostics, text).",
        "builtin:frameworks/",
        &out.join("builtin_frameworks.rs"),
    );
    embed(
        &Path::new(&root).join("output-templates"),
        |name| name != "README.md",
        "Built-in document templates: (template name, text).",
        "",
        &out.join("builtin_templates.rs"),
    );
}

/// Writes `pub(crate) const FILES: &[(&str, &str)]` listing the chosen files
/// of `dir`, each as (`prefix` + file name, its text).
fn embed(dir: &Path, wanted: impl Fn(&str) -> bool, doc: &str, prefix: &str, out: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", dir.display()))
        .map(|entry| entry.expect("readable folder entry").path())
        .filter(|path| path.is_file())
        .map(|path| {
            path.file_name()
                .expect("a file name")
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| wanted(name))
        .collect();
    names.sort();
    let mut code = format!("/// {doc}\npub(crate) const FILES: &[(&str, &str)] = &[\n");
    for name in &names {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            code,
            "    (\"{prefix}{name}\", include_str!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a String");
    }
    code.push_str("];\n");
    fs::write(out, code).expect("OUT_DIR is writable");
}
