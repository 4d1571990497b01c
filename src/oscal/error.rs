//! Diagnostic codes of OSCAL import, each raised in one place.

use crate::diagnostic::Code;

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
/// The document nests deeper than [`MAX_NESTING`] levels (JSON arrays and
/// objects, YAML flow or block collections, XML elements), or parameters
/// insert parameters deeper than [`MAX_PARAMETER_NESTING`].
pub const TOO_DEEP: &str = "crosswalk::oscal::too_deep";
/// A parameter's choices insert the parameter itself, directly or through
/// other parameters.
pub const PARAMETER_CYCLE: &str = "crosswalk::oscal::parameter_cycle";
/// Inserting parameters into parameters would write more text than the
/// budget allows (a catalog whose choices insert the same parameters many
/// times over, each level multiplying the text).
pub const PARAMETER_EXPANSION_TOO_LARGE: &str = "crosswalk::oscal::parameter_expansion_too_large";
/// The YAML document uses an alias (`*name`), which would repeat a part of
/// the document wherever it appears.
pub const YAML_ALIAS: &str = "crosswalk::oscal::yaml_alias";

/// A mapping collection's source or target resource names no framework
/// import can tell.
pub const UNKNOWN_RESOURCE: &str = "crosswalk::oscal::unknown_resource";
/// A map's relationship is not one of OSCAL's tokens.
pub const UNKNOWN_RELATIONSHIP: &str = "crosswalk::oscal::unknown_relationship";
/// A map names a requirement its built-in framework does not have.
pub const UNKNOWN_MAPPED_ID: &str = "crosswalk::oscal::unknown_mapped_id";
/// Two maps give the same pair different relationships.
pub const CONFLICTING_PAIR: &str = "crosswalk::oscal::conflicting_pair";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[
    Code::error(SYNTAX, "an OSCAL file is not well-formed JSON, YAML or XML"),
    Code::error(
        TRUNCATED,
        "an OSCAL file ends in the middle of the document",
    ),
    Code::error(
        INVALID,
        "a field is missing or of the wrong type; the message gives its path (`catalog.groups[3].controls[7].id`)",
    ),
    Code::error(
        NOT_A_CATALOG,
        "the document is a profile, component definition or other model, not a catalog",
    ),
    Code::error(
        UNSUPPORTED_VERSION,
        "`metadata.oscal-version` is not an OSCAL 1.x version (`1.1.3` and `v1.2.2` are)",
    ),
    Code::error(
        DUPLICATE_ID,
        "two groups or controls of a catalog share an `id`",
    ),
    Code::error(
        TOO_DEEP,
        "the catalog nests more than 100 levels (JSON arrays and objects, YAML collections, XML elements), or parameters insert parameters more than 16 levels deep",
    ),
    Code::error(
        PARAMETER_CYCLE,
        "a parameter's choices insert the parameter itself, directly or through others; the cycle is named",
    ),
    Code::error(
        PARAMETER_EXPANSION_TOO_LARGE,
        "parameter placeholders would expand to more than 1 MiB beyond the file's size",
    ),
    Code::error(
        UNKNOWN_RESOURCE,
        "a mapping collection's source or target resource names no framework: give `--source` / `--target`, or its catalog at a local relative path",
    ),
    Code::warning(
        UNKNOWN_RELATIONSHIP,
        "a map's relationship is not an OSCAL token (`equal-to`, `subset-of`, …); the map is left out",
    ),
    Code::warning(
        UNKNOWN_MAPPED_ID,
        "a map names a requirement its built-in framework does not have; the pair is left out",
    ),
    Code::warning(
        CONFLICTING_PAIR,
        "two maps give the same pair different relationships; the first is kept",
    ),
    Code::error(
        YAML_ALIAS,
        "a YAML catalog uses an alias (`*name`), which import does not expand",
    ),
];

/// How many levels a document may nest: real catalogs nest about 16 (the
/// SP 800-53 JSON), and `serde_json` and `serde_yaml_ng` stop at 128.
pub const MAX_NESTING: usize = 100;
/// How deep parameters may insert parameters into their choices (SP 800-53
/// goes one level deep).
pub const MAX_PARAMETER_NESTING: usize = 16;
/// The text parameters may expand to in all, on top of the size of the
/// input (SP 800-53's placeholders come to 78 KB for its 3.2 MB).
pub const PARAMETER_EXPANSION_BUDGET: usize = 1 << 20;
