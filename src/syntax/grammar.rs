//! The pest parser generated from `grammar/crosswalk.pest`.

#![allow(missing_docs)] // The derive generates the undocumented `Rule` enum.

use pest_derive::Parser;

/// The parser for `.cw` files; `Rule::file` is the entry rule.
#[derive(Parser)]
#[grammar = "../grammar/crosswalk.pest"]
pub struct CrosswalkParser;
