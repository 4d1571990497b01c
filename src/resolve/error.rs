//! Resolution diagnostics: their stable codes.

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
