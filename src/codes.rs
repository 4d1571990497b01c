//! The registry of diagnostic codes: every code the compiler raises, with
//! its severity and meaning, gathered from the `CODES` table each stage
//! keeps beside its constants. It generates the README's table of codes
//! ([`markdown_table`]); a test fails when the two disagree, when a code
//! constant in the source is missing here, or when a diagnostic is raised
//! with another severity than its entry says.

use std::fmt::Write as _;

use crate::diagnostic::Code;

/// Every code, stage by stage in pipeline order (syntax, input, resolution,
/// lint, the analyses, render, OSCAL, the command line), each stage's codes in the
/// order it lists them.
pub fn all() -> Vec<&'static Code> {
    let codes = [
        crate::syntax::error::CODES,
        crate::project::CODES,
        crate::resolve::error::CODES,
    ]
    .into_iter()
    .flatten()
    .chain(crate::lint::codes())
    .chain(crate::analysis::codes())
    .chain(crate::render::templates::CODES)
    .chain(crate::oscal::error::CODES);
    #[cfg(feature = "cli")]
    let codes = codes.chain(crate::cli::CODES);
    codes.collect()
}

/// The entry of one code.
pub fn lookup(name: &str) -> Option<&'static Code> {
    all().into_iter().find(|code| code.name == name)
}

/// The README's table: code, severity, meaning.
pub fn markdown_table() -> String {
    let mut table = String::from("| code | severity | meaning |\n|---|---|---|\n");
    for code in all() {
        let _ = writeln!(
            table,
            "| `{}` | {} | {} |",
            code.name, code.severity, code.meaning
        );
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    #[test]
    fn every_code_is_named_once_in_its_stage_with_a_one_line_meaning() {
        let codes = all();
        let mut names: Vec<&str> = codes.iter().map(|c| c.name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "a code is registered twice");
        for code in codes {
            let stage = code
                .name
                .strip_prefix("crosswalk::")
                .and_then(|rest| rest.split_once("::"));
            let Some((stage, name)) = stage else {
                panic!("`{}` is not `crosswalk::stage::name`", code.name);
            };
            assert!(
                !stage.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "`{}`",
                code.name
            );
            assert!(
                !code.meaning.trim().is_empty()
                    && !code.meaning.contains('\n')
                    && !code.meaning.contains('|'),
                "`{}`: the meaning must be one line without `|`",
                code.name
            );
        }
    }

    #[test]
    fn lookup_finds_a_code_with_its_severity() {
        let code = lookup("crosswalk::resolve::unknown_requirement").expect("registered");
        assert_eq!(code.severity, Severity::Error);
        let code = lookup("crosswalk::lint::unmapped_control").expect("registered");
        assert_eq!(code.severity, Severity::Warning);
        assert!(lookup("crosswalk::lint::no_such_code").is_none());
        assert!(markdown_table().contains("| `crosswalk::lint::unmapped_control` | warning |"));
    }
}
