//! Resolution diagnostics: their stable codes.

use crate::diagnostic::Code;

/// A reference names a framework that is not loaded.
pub const UNKNOWN_FRAMEWORK: &str = "crosswalk::resolve::unknown_framework";
/// A reference names a version of a framework that is not loaded.
pub const UNKNOWN_VERSION: &str = "crosswalk::resolve::unknown_version";
/// A reference leaves the version out, and several versions are loaded.
pub const AMBIGUOUS_VERSION: &str = "crosswalk::resolve::ambiguous_version";
/// A reference names a requirement its framework does not define.
pub const UNKNOWN_REQUIREMENT: &str = "crosswalk::resolve::unknown_requirement";
/// A control maps to a group rather than to a requirement.
pub const MAPPING_TO_GROUP: &str = "crosswalk::resolve::mapping_to_group";
/// A control mitigates a risk that is not defined.
pub const UNKNOWN_RISK: &str = "crosswalk::resolve::unknown_risk";
/// Two frameworks share a name and version.
pub const DUPLICATE_FRAMEWORK: &str = "crosswalk::resolve::duplicate_framework";
/// A framework's name is too long to be part of a file name.
pub const INVALID_FRAMEWORK_NAME: &str = "crosswalk::resolve::invalid_framework_name";
/// A framework's version has a character, or a length, that cannot be part
/// of a file name or a reference.
pub const INVALID_FRAMEWORK_VERSION: &str = "crosswalk::resolve::invalid_framework_version";
/// Two frameworks' `name@version` differ only in case: their documents
/// would be one file on a case-insensitive file system.
pub const FRAMEWORK_CASE_CLASH: &str = "crosswalk::resolve::framework_case_clash";
/// Two groups or requirements of one framework share an identifier.
pub const DUPLICATE_REQUIREMENT: &str = "crosswalk::resolve::duplicate_requirement";
/// Two controls share an identifier.
pub const DUPLICATE_CONTROL: &str = "crosswalk::resolve::duplicate_control";
/// Two risks share an identifier.
pub const DUPLICATE_RISK: &str = "crosswalk::resolve::duplicate_risk";
/// A property that takes one value is given twice in one block.
pub const DUPLICATE_PROPERTY: &str = "crosswalk::resolve::duplicate_property";
/// An exclusion's justification is empty.
pub const EMPTY_JUSTIFICATION: &str = "crosswalk::resolve::empty_justification";
/// A crosswalk leads from a framework version to itself.
pub const SELF_CROSSWALK: &str = "crosswalk::resolve::self_crosswalk";
/// A `basis` names an entry that neither itself nor through a group
/// carries a `basis:` tag: not an Annex III point or Art. 6(1).
pub const NOT_A_CLASSIFICATION_BASIS: &str = "crosswalk::resolve::not_a_classification_basis";
/// A `role:`, `tier:`, `basis:`, `use:` or `category:` tag with a value
/// outside its vocabulary.
pub const UNKNOWN_TAG_VALUE: &str = "crosswalk::resolve::unknown_tag_value";
/// A built-in crosswalk lost pairs because the project replaced one of its
/// frameworks with a catalog lacking their identifiers (a warning).
pub const CROSSWALK_PAIRS_DROPPED: &str = "crosswalk::resolve::crosswalk_pairs_dropped";
/// The built-in AI risk library lost links to requirements because the
/// project replaced a catalog with one lacking their identifiers (a warning).
pub const RISK_TOUCHES_DROPPED: &str = "crosswalk::resolve::risk_touches_dropped";
/// A risk both touches requirements of a framework and says it touches
/// nothing there (`touches-none`).
pub const CONTRADICTORY_TOUCHES: &str = "crosswalk::resolve::contradictory_touches";
/// A control maps to the same requirement twice (with the same
/// relationship or with two different ones).
pub const DUPLICATE_MAPPING: &str = "crosswalk::resolve::duplicate_mapping";
/// A requirement is excluded twice: by two `exclude` statements, or by one
/// of its own and one of a group it belongs to.
pub const DUPLICATE_EXCLUSION: &str = "crosswalk::resolve::duplicate_exclusion";
/// A conclusion names a control that is not defined.
pub const UNKNOWN_CONTROL: &str = "crosswalk::resolve::unknown_control";
/// A conclusion names a control that does not map to its requirement, or
/// maps to it with a relationship that meets none of it.
pub const CONCLUSION_CONTROL_UNMAPPED: &str = "crosswalk::resolve::conclusion_control_unmapped";
/// A conclusion names one control only, or the same control twice.
pub const CONCLUSION_NEEDS_CONTROLS: &str = "crosswalk::resolve::conclusion_needs_controls";
/// A conclusion lacks `met-by`, `because`, `reviewer` or `date`.
pub const INCOMPLETE_CONCLUSION: &str = "crosswalk::resolve::incomplete_conclusion";
/// Two conclusions for one requirement.
pub const DUPLICATE_CONCLUSION: &str = "crosswalk::resolve::duplicate_conclusion";
/// An evidence item's retention is `N m`: months or minutes?
pub const AMBIGUOUS_RETENTION: &str = "crosswalk::resolve::ambiguous_retention";
/// An evidence item's retention is not a whole number and a unit.
pub const INVALID_RETENTION: &str = "crosswalk::resolve::invalid_retention";
/// Two `statement-of-applicability` blocks for one framework version.
pub const DUPLICATE_STATEMENT_OF_APPLICABILITY: &str =
    "crosswalk::resolve::duplicate_statement_of_applicability";
/// A requirement is included twice: by two `include` statements, or by one
/// of its own and one of a group it belongs to.
pub const DUPLICATE_INCLUSION: &str = "crosswalk::resolve::duplicate_inclusion";
/// A requirement is both included and excluded (on its own or through a
/// group).
pub const INCLUDED_AND_EXCLUDED: &str = "crosswalk::resolve::included_and_excluded";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[
    Code::error(UNKNOWN_FRAMEWORK, "no loaded framework has that name"),
    Code::error(
        UNKNOWN_VERSION,
        "the framework is not loaded in that version",
    ),
    Code::error(
        AMBIGUOUS_VERSION,
        "the version is left out and several are loaded",
    ),
    Code::error(
        UNKNOWN_REQUIREMENT,
        "the framework has no such requirement (or crosswalk pair ID)",
    ),
    Code::error(
        MAPPING_TO_GROUP,
        "a control maps to a group, not a requirement",
    ),
    Code::error(
        UNKNOWN_RISK,
        "`mitigates` or `component-kind … implies` names an undefined risk",
    ),
    Code::error(
        DUPLICATE_FRAMEWORK,
        "a framework version defined twice (both places shown)",
    ),
    Code::error(
        INVALID_FRAMEWORK_NAME,
        "a framework name longer than 64 bytes (names become part of file names)",
    ),
    Code::error(
        INVALID_FRAMEWORK_VERSION,
        "a version that is not ASCII letters and digits in parts joined by single dots, or longer than 64 bytes (no `/`, `\\`, `..`, spaces, apostrophes, control characters)",
    ),
    Code::error(
        FRAMEWORK_CASE_CLASH,
        "two versions of a framework that differ only in case (`acme@A`, `acme@a`): their documents would be one file on macOS and Windows",
    ),
    Code::error(
        DUPLICATE_REQUIREMENT,
        "a requirement or group ID defined twice in one catalog (both places shown)",
    ),
    Code::error(
        DUPLICATE_CONTROL,
        "a control ID defined twice (both places shown)",
    ),
    Code::error(
        DUPLICATE_RISK,
        "a risk ID defined twice (both places shown)",
    ),
    Code::error(
        DUPLICATE_PROPERTY,
        "a one-value property given twice in a block",
    ),
    Code::error(
        EMPTY_JUSTIFICATION,
        "an exclusion, an inclusion, a `touches-none` or a conclusion without a reason",
    ),
    Code::error(
        SELF_CROSSWALK,
        "a crosswalk from a framework version to itself",
    ),
    Code::error(
        NOT_A_CLASSIFICATION_BASIS,
        "a `basis` reference names an entry that is not a classification basis (no `basis:` tag on it or its groups); the help lists those that are",
    ),
    Code::error(
        UNKNOWN_TAG_VALUE,
        "a `role:`, `tier:` or `category:` tag outside its vocabulary",
    ),
    Code::warning(
        CROSSWALK_PAIRS_DROPPED,
        "a project catalog replacing a built-in one lacks IDs a built-in crosswalk uses",
    ),
    Code::warning(
        RISK_TOUCHES_DROPPED,
        "a project catalog replacing a built-in one lacks IDs the built-in AI risk library touches",
    ),
    Code::error(
        CONTRADICTORY_TOUCHES,
        "a risk both `touches` a framework and says `touches-none` for it",
    ),
    Code::error(
        DUPLICATE_MAPPING,
        "a control maps to one requirement twice (two relationships, or the same twice); both places shown",
    ),
    Code::error(
        DUPLICATE_EXCLUSION,
        "a requirement excluded twice, or on its own and with its group; both places shown",
    ),
    Code::error(
        UNKNOWN_CONTROL,
        "a conclusion's `met-by` names an undefined control",
    ),
    Code::error(
        CONCLUSION_CONTROL_UNMAPPED,
        "a conclusion names a control that does not map to its requirement, or maps `related` or `no-relationship`; points at the control too",
    ),
    Code::error(
        CONCLUSION_NEEDS_CONTROLS,
        "a conclusion names one control only, or a control twice",
    ),
    Code::error(
        INCOMPLETE_CONCLUSION,
        "a conclusion lacks `met-by`, `because`, `reviewer` or `date`",
    ),
    Code::error(DUPLICATE_CONCLUSION, "two conclusions for one requirement"),
    Code::error(
        AMBIGUOUS_RETENTION,
        "an evidence `retention` such as `\"25m\"`: months or minutes? (write `25mo` or `25 months`)",
    ),
    Code::error(
        INVALID_RETENTION,
        "an evidence `retention` that is not a whole number and a unit (`90d`, `6w`, `18mo`, `5y`, `5 years`)",
    ),
    Code::error(
        DUPLICATE_STATEMENT_OF_APPLICABILITY,
        "two `statement-of-applicability` blocks for one framework version; both places shown",
    ),
    Code::error(
        DUPLICATE_INCLUSION,
        "a requirement included twice, or on its own and with its group; both places shown",
    ),
    Code::error(
        INCLUDED_AND_EXCLUDED,
        "a requirement both `include`d and `exclude`d (on its own or through a group); both places shown",
    ),
];
