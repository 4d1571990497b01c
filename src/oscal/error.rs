//! Diagnostic codes of OSCAL import, each raised in one place.

/// The file is not well-formed JSON, YAML or XML.
pub const SYNTAX: &str = "crosswalk::oscal::syntax";
/// The file ends in the middle of the document.
pub const TRUNCATED: &str = "crosswalk::oscal::truncated";
/// The document does not have the shape of an OSCAL catalog (a missing or
/// mistyped field), with the path of the offending field.
pub const INVALID: &str = "crosswalk::oscal::invalid";
/// The document is another OSCAL model (profile, component definition…).
pub const NOT_A_CATALOG: &str = "crosswalk::oscal::not_a_catalog";
/// `metadata.oscal-version` names a version import does not read.
pub const UNSUPPORTED_VERSION: &str = "crosswalk::oscal::unsupported_version";
/// Two groups or controls share an `id`.
pub const DUPLICATE_ID: &str = "crosswalk::oscal::duplicate_id";
