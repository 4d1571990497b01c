//! The built-in framework catalogs and crosswalks, compiled into the binary
//! from the repository's `frameworks/` folder.
//!
//! Each catalog is read into a [`SourceFile`] once per process and shared:
//! every [`Workspace`](crate::workspace::Workspace) holds catalog `i` under
//! the file id `FileId(i)`, and parses it once per process too: or rather
//! decodes its tree from the [`precompiled`] form compiled in beside it,
//! when that form was made from these very texts.

use std::sync::{Arc, OnceLock};

use crate::source::{FileId, SourceFile};

pub mod precompiled;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/builtin_frameworks.rs"));
}

/// The built-in catalog files, shared, in sorted name order: catalog `i`
/// has the file id `FileId(i)` in every workspace.
pub fn builtin_files() -> &'static [Arc<SourceFile>] {
    static FILES: OnceLock<Vec<Arc<SourceFile>>> = OnceLock::new();
    FILES.get_or_init(|| {
        embedded::FILES
            .iter()
            .map(|(name, text)| Arc::new(SourceFile::new(*name, *text, true)))
            .collect()
    })
}

/// Which built-in catalog `file`, held under `id`, is: the same shared text
/// at the same id (so its parse can be shared), if any.
pub fn builtin_index(id: FileId, file: &SourceFile) -> Option<usize> {
    let index = id.0 as usize;
    builtin_files()
        .get(index)
        .filter(|c| file.builtin && Arc::ptr_eq(&c.text, &file.text))
        .map(|_| index)
}

/// The built-in catalog files, in sorted name order (their texts are
/// shared, not copied).
pub fn builtin_sources() -> Vec<SourceFile> {
    builtin_files()
        .iter()
        .map(|c| SourceFile::clone(c))
        .collect()
}
