//! Output file names made from input: the one function that turns a text
//! (a framework's `name@version`) into a safe file name, the check that a
//! relative output path stays inside its folder, and the set of one
//! output's paths that refuses two which would be the same file.
//!
//! Resolution refuses framework names and versions that could not be file
//! names (`crosswalk::resolve::invalid_framework_version`); what is here is
//! the second line: whatever text reaches it, the name it gives is safe.

use std::collections::HashMap;
use std::path::{Component, Path};

/// The longest name [`safe_name`] gives, in bytes: room for the longest
/// valid `name@version` (64 + 1 + 64), and with an extension and a
/// temporary suffix still well below `NAME_MAX` (255 bytes).
pub const MAX_NAME: usize = 160;

/// Windows device names: reserved as a file name's stem on every folder.
const RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// `text` as a file name safe on every file system: ASCII lower-case
/// letters, digits and `.`, `-`, `_`, `@`; every other character becomes
/// `-` and upper case becomes lower case, so names that differ only in case
/// are equal here, as they are on a case-insensitive file system. The name
/// is never empty and never starts with `.` (so it is never `.` or `..`,
/// nor hidden), is never a Windows device name, and has at most
/// [`MAX_NAME`] bytes: a longer text is cut and ends in a hash of the whole,
/// so two long texts keep apart. `soc2@2017` stays `soc2@2017`.
pub fn safe_name(text: &str) -> String {
    let mut name: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@') {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if name.is_empty() {
        name.push('-');
    }
    if name.starts_with('.') {
        name.replace_range(..1, "-");
    }
    let stem = name.split('.').next().unwrap_or(&name);
    if RESERVED.contains(&stem) {
        name.insert(stem.len(), '_');
    }
    if name.len() > MAX_NAME {
        // Every character is ASCII by now: any byte is a char boundary.
        let hash = format!("-{:016x}", fnv1a(text.as_bytes()));
        name.truncate(MAX_NAME - hash.len());
        name.push_str(&hash);
    }
    name
}

/// The 64-bit FNV-1a hash: small, stable across runs and platforms.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether `relative`, a path with `/` separators, stays inside the folder
/// it is joined to: not empty, not absolute, no drive or other prefix, no
/// `\` or `:`, no control character, and every part a plain name (no empty
/// part, no `.` or `..`).
pub fn is_contained(relative: &str) -> bool {
    !relative.is_empty()
        && !relative
            .chars()
            .any(|c| c.is_control() || c == '\\' || c == ':')
        && relative
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
        && Path::new(relative)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

/// The paths of one output, each claimed once: a path that leaves the
/// folder, or that names the same file as one claimed before on a
/// case-insensitive file system, is refused with a message naming both.
#[derive(Debug, Default)]
pub struct OutputNames {
    /// Every path claimed, by its case-folded form.
    claimed: HashMap<String, String>,
}

impl OutputNames {
    /// Claims `path` (relative to the output folder, `/` separators).
    pub fn claim(&mut self, path: &str) -> Result<(), String> {
        if !is_contained(path) {
            return Err(format!(
                "`{}` is not a path inside the output folder: nothing was written",
                path.escape_debug()
            ));
        }
        let folded = path.to_lowercase();
        if let Some(first) = self.claimed.get(&folded) {
            if first == path {
                return Err(format!(
                    "two documents would both be `{path}`: nothing was written"
                ));
            }
            return Err(format!(
                "`{first}` and `{path}` would be the same file (names are compared without case on macOS and Windows): nothing was written"
            ));
        }
        self.claimed.insert(folded, path.to_owned());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn framework_keys_keep_their_form() {
        assert_eq!(safe_name("soc2@2017"), "soc2@2017");
        assert_eq!(
            safe_name("nist-sp-800-53-rev5@5.0.1"),
            "nist-sp-800-53-rev5@5.0.1"
        );
        assert_eq!(safe_name("soc2-2017"), "soc2-2017");
    }

    #[test]
    fn unsafe_text_is_made_safe() {
        assert_eq!(
            safe_name("acme@1/../../../../victim"),
            "acme@1-..-..-..-..-victim"
        );
        assert_eq!(safe_name(".."), "-.");
        assert_eq!(safe_name("."), "-");
        assert_eq!(safe_name(""), "-");
        assert_eq!(safe_name("A"), "a");
        assert_eq!(safe_name("a\\b:c\u{0}d"), "a-b-c-d");
        assert_eq!(safe_name("CON"), "con_");
        assert_eq!(safe_name("nul.json"), "nul_.json");
        assert_eq!(safe_name("console"), "console");
    }

    #[test]
    fn long_text_is_cut_and_kept_apart() {
        let long = "1".repeat(300);
        let longer = "1".repeat(301);
        assert_eq!(safe_name(&long).len(), MAX_NAME);
        assert_ne!(safe_name(&long), safe_name(&longer));
        assert_eq!(safe_name(&"x".repeat(MAX_NAME)), "x".repeat(MAX_NAME));
    }

    #[test]
    fn contained_paths() {
        for good in [
            "index.html",
            "control-matrix/soc2-2017.html",
            "a/b/c",
            "..a",
            "a..b",
        ] {
            assert!(is_contained(good), "{good}");
        }
        for bad in [
            "",
            "/etc/passwd",
            "../victim.json",
            "catalogs/acme@1/../../../../victim.json",
            "a/./b",
            "a//b",
            "a/",
            "..",
            ".",
            "a\\..\\b",
            "C:/x",
            "C:x",
            "\\\\server\\share",
            "a\nb",
        ] {
            assert!(!is_contained(bad), "{bad:?}");
        }
    }

    #[test]
    fn names_that_differ_only_in_case_are_refused() {
        let mut names = OutputNames::default();
        names.claim("mappings/acme@A.json").unwrap();
        names.claim("mappings/acme@b.json").unwrap();
        let error = names.claim("mappings/acme@a.json").unwrap_err();
        assert!(error.contains("`mappings/acme@A.json` and `mappings/acme@a.json`"));
        let error = names.claim("mappings/acme@b.json").unwrap_err();
        assert!(error.contains("two documents would both be `mappings/acme@b.json`"));
        assert!(names.claim("../x").is_err());
    }

    proptest! {
        #[test]
        fn any_text_gives_a_safe_name(text in any::<String>()) {
            let name = safe_name(&text);
            prop_assert!(!name.is_empty() && name.len() <= MAX_NAME);
            prop_assert!(name.bytes().all(|b| b.is_ascii_lowercase()
                || b.is_ascii_digit()
                || matches!(b, b'.' | b'-' | b'_' | b'@')));
            prop_assert!(name != "." && name != ".." && !name.starts_with('.'));
            prop_assert!(is_contained(&name));
            prop_assert_eq!(safe_name(&name), name.clone());
        }

        #[test]
        fn file_like_text_gives_a_safe_name(text in "[./\\\\a-zA-Z0-9@:-]{0,400}") {
            let name = safe_name(&text);
            prop_assert!(!name.is_empty() && name.len() <= MAX_NAME);
            prop_assert!(is_contained(&name));
            prop_assert!(name != "." && name != "..");
        }
    }
}
