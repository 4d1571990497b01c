//! Embeds the built-in framework catalogs (every `frameworks/*.cw` file) and
//! the document templates (every file of `output-templates/` but its
//! README), in sorted order, so adding one is only adding a file; and the
//! catalogs' precompiled trees (`frameworks/precompiled.bin`, see
//! `src/frameworks/precompiled.rs`) with the hash of the sources a blob
//! must have been made from to be used.

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
    precompiled(Path::new(&root), &out);
}

/// Writes `precompiled.rs`: `SOURCE_HASH`, the FNV-1a hash of every
/// catalog's name and text and of the grammar, and `BLOB`, the repository's
/// `frameworks/precompiled.bin` (empty when there is none, so the catalogs
/// are parsed).
fn precompiled(root: &Path, out: &Path) {
    let frameworks = root.join("frameworks");
    let mut inputs: Vec<(String, Vec<u8>)> = fs::read_dir(&frameworks)
        .expect("frameworks/ is readable")
        .map(|entry| entry.expect("readable folder entry").path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == "cw"))
        .map(|path| {
            let name = format!(
                "builtin:frameworks/{}",
                path.file_name().expect("a file name").to_string_lossy()
            );
            (name, fs::read(&path).expect("a readable catalog"))
        })
        .collect();
    inputs.sort();
    let grammar = root.join("grammar");
    let mut grammars: Vec<_> = fs::read_dir(&grammar)
        .expect("grammar/ is readable")
        .map(|entry| entry.expect("readable folder entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "pest"))
        .collect();
    grammars.sort();
    for path in grammars {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = format!(
            "grammar/{}",
            path.file_name().expect("a file name").to_string_lossy()
        );
        inputs.push((name, fs::read(&path).expect("a readable grammar")));
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for (name, bytes) in &inputs {
        feed(name.as_bytes());
        feed(&[0]);
        feed(bytes);
        // The length closes each input, so two inputs never run together.
        feed(&(bytes.len() as u64).to_le_bytes());
    }
    let blob = frameworks.join("precompiled.bin");
    println!("cargo:rerun-if-changed={}", blob.display());
    let bytes = fs::read(&blob).unwrap_or_default();
    fs::write(out.join("precompiled.bin"), bytes).expect("OUT_DIR is writable");
    let code = format!(
        "/// The hash of the catalog texts and grammar this build holds.\n\
         #[allow(clippy::unreadable_literal)]\n\
         pub(crate) const SOURCE_HASH: u64 = {hash:#x};\n\
         /// The precompiled trees of the catalogs (may be stale or empty).\n\
         pub(crate) const BLOB: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/precompiled.bin\"));\n"
    );
    fs::write(out.join("precompiled.rs"), code).expect("OUT_DIR is writable");
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
