//! The integration tests: one test crate, compiled once.
//!
//! - `architecture`: the top-level modules depend on each other without a
//!   cycle.
//! - `codes`: the registry of diagnostic codes against the README, the
//!   source and every snapshotted diagnostic.
//! - `check`: `crosswalk check` on every fixture, snapshotted as text and JSON.
//! - `format`: `crosswalk fmt` round trips and comment preservation.
//! - `hostile`: hostile `.cw` files (deep nesting, long lines, thousands of
//!   diagnostics) end with a diagnostic, in bounded output.
//! - `catalogs`: built-in catalogs against the official identifier lists.
//! - `properties`: random and truncated input never panics.
//! - `recovery`: a syntax error costs only the item it is in.
//! - `determinism`: same input, byte-identical output, in any file order.
//! - `build`: the documents, their escaping, XLSX and the browser check.
//! - `html_pages`: no raw Markdown in the HTML pages, every internal link
//!   lands on an element id, ids unique within a page.
//! - `cli`: the other commands, end to end.
//! - `help`: every command's help without Markdown backticks; `diff`'s help
//!   describes both modes.
//! - `install`: shell completions and manual pages.
//! - `recipes`: the pre-commit hooks and the CI recipe: their crosswalk
//!   command lines parse with the real command line.
//! - `evidence`: the evidence request list end to end (frequencies,
//!   retention, number cells, the HTML page, the sampling warning).
//! - `filesystem`: reading input and writing output safely (links, pipes,
//!   encodings, staging).
//! - `oscal`: OSCAL import (SP 800-53 in three syntaxes, diagnostics),
//!   export, the round trip and trestle validation.
//! - `paths`: names and versions that become file names; nothing written
//!   outside the output folder.
//! - `oscal_bombs`: OSCAL import of hostile catalogs (cycles, depth, aliases).
//! - `applicability`: the ISO/IEC 42001 Statement of Applicability against
//!   clause 6.1.3 (stated justifications and statuses, its header, warnings).
//! - `section_three`: SOC 2 Section III against the description criteria,
//!   and the carved-out coverage status.
//! - `workspace`: stable file ids, re-parsing only what changed, precedence
//!   by key, and the language-server queries (symbol, definition,
//!   references, completions).
//! - `lsp`: `crosswalk lsp` at the protocol level (diagnostics, completion,
//!   hover, definition, references, rename, formatting, quick fixes).

mod applicability;
mod architecture;
mod build;
mod catalogs;
mod check;
mod cli;
mod codes;
mod coverage;
mod determinism;
mod diff;
mod evidence;
mod explain;
mod filesystem;
mod format;
mod help;
mod hostile;
mod html_pages;
mod init;
mod install;
mod lsp;
mod lsp_wire;
mod oscal;
mod oscal_bombs;
mod oscal_mapping;
mod paths;
mod properties;
mod recipes;
mod recovery;
mod risks;
mod section_three;
mod support;
mod workspace;
