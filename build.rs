//! Embeds the built-in framework catalogs: every `frameworks/*.cw` file, in
//! sorted order, so adding a catalog is only adding a file.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&root).join("frameworks");
    println!("cargo:rerun-if-changed=frameworks");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("the frameworks/ folder exists")
        .map(|entry| entry.expect("readable folder entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "cw"))
        .map(|path| {
            path.file_name()
                .expect("a file name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    let mut code = String::from(
        "/// Built-in catalogs: (name shown in diagnostics, text).\npub(crate) const FILES: &[(&str, &str)] = &[\n",
    );
    for name in &names {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            code,
            "    (\"builtin:frameworks/{name}\", include_str!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a String");
    }
    code.push_str("];\n");
    let out =
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_frameworks.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}
