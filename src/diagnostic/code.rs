//! What a diagnostic code is: its name, its severity and what it means.
//!
//! Each stage lists the codes it raises in a `CODES` table beside the
//! constants (`syntax::error::CODES`, `resolve::error::CODES`, one per lint
//! check, …); [`crate::codes`] gathers them into the one registry that
//! generates the README's table.

use super::Severity;

/// One diagnostic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    /// The stable name, `crosswalk::stage::name`.
    pub name: &'static str,
    /// The severity every diagnostic with this code has.
    pub severity: Severity,
    /// What it means, in one line (Markdown: the README's table shows it).
    pub meaning: &'static str,
}

impl Code {
    /// An error code.
    pub const fn error(name: &'static str, meaning: &'static str) -> Self {
        Self {
            name,
            severity: Severity::Error,
            meaning,
        }
    }

    /// A warning code.
    pub const fn warning(name: &'static str, meaning: &'static str) -> Self {
        Self {
            name,
            severity: Severity::Warning,
            meaning,
        }
    }
}
