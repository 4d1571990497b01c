//! OSCAL in and out: catalogs imported as frameworks in our language
//! ([`import()`]), and a project exported as a component definition with
//! one mapping collection per framework ([`export()`]).
//!
//! Field names and allowed tokens follow the OSCAL 1.2.2 metaschema.

pub mod catalog;
pub mod error;
pub mod export;
pub mod import;
pub mod mapping;
pub mod nesting;
pub mod parse;
mod xml;

pub use export::{ExportedFile, export};
pub use import::{ImportOptions, Imported, ImportedDocument, import, import_document};
pub use mapping::{ImportedMapping, MappingOptions};
pub use parse::Syntax;
