//! The built-in framework catalogs and crosswalks, compiled into the binary
//! from the repository's `frameworks/` folder.

use crate::source::SourceFile;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/builtin_frameworks.rs"));
}

/// The built-in catalog files, in sorted name order.
pub fn builtin_sources() -> Vec<SourceFile> {
    embedded::FILES
        .iter()
        .map(|(name, text)| SourceFile::new(*name, *text, true))
        .collect()
}
