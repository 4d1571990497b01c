//! The parts of an OSCAL catalog that import reads, as typed structs that
//! borrow their strings from the input wherever the text needs no
//! unescaping (JSON and YAML); XML builds the same structs (`xml.rs`).
//!
//! Field names follow the OSCAL 1.x catalog model (the 1.2.2 metaschema,
//! `oscal_catalog_metaschema.xml` and `oscal_control-common_metaschema.xml`).
//! Fields import does not use (links, back-matter, roles, parties) are
//! skipped by serde without being built.

use std::borrow::Cow;

use serde::Deserialize;
use serde::de::IgnoredAny;

/// A string borrowed from the input when it needs no unescaping, owned
/// otherwise. (A plain `Cow<str>` field borrows only when serde sees the
/// `Cow` itself, never inside an `Option` or a `Vec`; this type borrows
/// everywhere.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Str<'a>(pub Cow<'a, str>);

impl Str<'_> {
    /// An owned string.
    pub fn owned(text: impl Into<String>) -> Str<'static> {
        Str(Cow::Owned(text.into()))
    }
}

impl std::ops::Deref for Str<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Str<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Str<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Str<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Str<'_>> for str {
    fn eq(&self, other: &Str<'_>) -> bool {
        *self == *other.0
    }
}

impl PartialEq<Str<'_>> for &str {
    fn eq(&self, other: &Str<'_>) -> bool {
        **self == *other.0
    }
}

impl std::fmt::Display for Str<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Str<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Str(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Str(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(Str(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// The root of an OSCAL document: a catalog, or another model import
/// rejects with a clear message.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Document<'a> {
    /// The catalog.
    #[serde(borrow)]
    pub catalog: Option<Catalog<'a>>,
    /// A profile (needs resolving into a catalog first).
    pub profile: Option<IgnoredAny>,
    /// A component definition.
    pub component_definition: Option<IgnoredAny>,
    /// A system security plan.
    pub system_security_plan: Option<IgnoredAny>,
    /// A mapping collection (imported as crosswalks).
    #[serde(borrow)]
    pub mapping_collection: Option<super::mapping::MappingCollection<'a>>,
    /// Whether the document is a mapping collection in XML, which import
    /// does not read.
    #[serde(skip)]
    pub xml_mapping_collection: bool,
}

impl Document<'_> {
    /// The OSCAL model the document holds when it is not a catalog.
    pub fn other_model(&self) -> Option<&'static str> {
        if self.profile.is_some() {
            Some("profile")
        } else if self.component_definition.is_some() {
            Some("component-definition")
        } else if self.system_security_plan.is_some() {
            Some("system-security-plan")
        } else if self.mapping_collection.is_some() || self.xml_mapping_collection {
            Some("mapping-collection")
        } else {
            None
        }
    }
}

/// `catalog`: metadata, groups and controls.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Catalog<'a> {
    /// The catalog's UUID.
    #[serde(borrow, default)]
    pub uuid: Str<'a>,
    /// Title, version, OSCAL version.
    #[serde(borrow)]
    pub metadata: Metadata<'a>,
    /// Parameters defined for the whole catalog.
    #[serde(borrow, default)]
    pub params: Vec<Param<'a>>,
    /// Controls outside any group.
    #[serde(borrow, default)]
    pub controls: Vec<Control<'a>>,
    /// Groups (families).
    #[serde(borrow, default)]
    pub groups: Vec<Group<'a>>,
}

/// `metadata`: only what import uses.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Metadata<'a> {
    /// The document's title.
    #[serde(borrow)]
    pub title: Str<'a>,
    /// The document's own version (`5.0.1`).
    #[serde(borrow)]
    pub version: Str<'a>,
    /// The OSCAL version it follows (`1.0.0`).
    #[serde(borrow)]
    pub oscal_version: Str<'a>,
    /// Properties (kept for completeness; import reads none today).
    #[serde(borrow, default)]
    pub props: Vec<Prop<'a>>,
}

/// `group`: a family of controls, possibly nested.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Group<'a> {
    /// Identifier (optional in OSCAL).
    #[serde(borrow, default)]
    pub id: Option<Str<'a>>,
    /// Heading.
    #[serde(borrow)]
    pub title: Str<'a>,
    /// Parameters shared by the group's controls.
    #[serde(borrow, default)]
    pub params: Vec<Param<'a>>,
    /// Properties (`label`, `status`).
    #[serde(borrow, default)]
    pub props: Vec<Prop<'a>>,
    /// Nested groups.
    #[serde(borrow, default)]
    pub groups: Vec<Group<'a>>,
    /// Controls.
    #[serde(borrow, default)]
    pub controls: Vec<Control<'a>>,
}

/// `control`: a control or a control enhancement (a control inside a
/// control).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Control<'a> {
    /// Identifier (`ac-2.1`).
    #[serde(borrow)]
    pub id: Str<'a>,
    /// Heading.
    #[serde(borrow)]
    pub title: Str<'a>,
    /// Parameters its text inserts.
    #[serde(borrow, default)]
    pub params: Vec<Param<'a>>,
    /// Properties (`label`, `sort-id`, `status`).
    #[serde(borrow, default)]
    pub props: Vec<Prop<'a>>,
    /// Links (`incorporated-into`, `moved-to` for withdrawn controls).
    #[serde(borrow, default)]
    pub links: Vec<Link<'a>>,
    /// Statement, guidance and other parts.
    #[serde(borrow, default)]
    pub parts: Vec<Part<'a>>,
    /// Enhancements.
    #[serde(borrow, default)]
    pub controls: Vec<Control<'a>>,
}

impl Control<'_> {
    /// The official label (`AC-2(1)`).
    pub fn label(&self) -> Option<&str> {
        label(&self.props)
    }

    /// Whether the catalog marks it withdrawn (`status` property, in any
    /// case: SP 800-53 rev4 writes `Withdrawn`).
    pub fn is_withdrawn(&self) -> bool {
        self.props.iter().any(|p| {
            p.name == "status" && p.value.trim().eq_ignore_ascii_case("withdrawn") && is_oscal(p)
        })
    }
}

/// The value of the first property named `name`.
pub fn prop<'p>(props: &'p [Prop<'_>], name: &str) -> Option<&'p str> {
    props.iter().find(|p| p.name == name).map(|p| &*p.value)
}

/// `prop`: a name and value.
#[derive(Debug, Default, Deserialize)]
pub struct Prop<'a> {
    /// Name (`label`, `status`).
    #[serde(borrow)]
    pub name: Str<'a>,
    /// Value.
    #[serde(borrow)]
    pub value: Str<'a>,
    /// The namespace of the name (OSCAL's own when absent).
    #[serde(borrow, default)]
    pub ns: Option<Str<'a>>,
    /// A class (`zero-padded`, `sp800-53a` for alternative labels).
    #[serde(borrow, default)]
    pub class: Option<Str<'a>>,
}

/// The official label: the `label` property without a class (SP 800-53
/// 5.1 also gives `zero-padded` and `sp800-53a` forms), else the first.
pub fn label<'p>(props: &'p [Prop<'_>]) -> Option<&'p str> {
    let labels = || props.iter().filter(|p| p.name == "label" && is_oscal(p));
    labels()
        .find(|p| p.class.is_none())
        .or_else(|| labels().next())
        .map(|p| &*p.value)
}

/// Whether a property is in OSCAL's own namespace.
fn is_oscal(prop: &Prop<'_>) -> bool {
    prop.ns
        .as_deref()
        .is_none_or(|ns| ns == "http://csrc.nist.gov/ns/oscal")
}

/// The value of the first property named `name` in crosswalk's own
/// namespace (written by `export oscal`).
pub fn own_prop<'p>(props: &'p [Prop<'_>], name: &str) -> Option<&'p str> {
    props
        .iter()
        .find(|p| p.name == name && p.ns.as_deref() == Some(super::export::NAMESPACE))
        .map(|p| &*p.value)
}

/// `link`: a reference to another object.
#[derive(Debug, Default, Deserialize)]
pub struct Link<'a> {
    /// Target (`#ac-6`).
    #[serde(borrow)]
    pub href: Str<'a>,
    /// Relation (`incorporated-into`, `moved-to`, `related`).
    #[serde(borrow, default)]
    pub rel: Option<Str<'a>>,
}

/// `param`: a value the organisation fills in.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Param<'a> {
    /// Identifier (`ac-1_prm_1`, `ac-01_odp.01`).
    #[serde(borrow)]
    pub id: Str<'a>,
    /// What to fill in (`organization-defined frequency`).
    #[serde(borrow, default)]
    pub label: Option<Str<'a>>,
    /// Guidance on the value.
    #[serde(borrow, default)]
    pub guidelines: Vec<Guideline<'a>>,
    /// A choice among given values.
    #[serde(borrow, default)]
    pub select: Option<Select<'a>>,
    /// The values set for it, as a baseline or a tailored profile sets
    /// them (`at least annually`).
    #[serde(borrow, default)]
    pub values: Vec<Str<'a>>,
    /// Constraints on its value.
    #[serde(borrow, default)]
    pub constraints: Vec<Constraint<'a>>,
}

/// `constraint`: a rule the parameter's value must follow.
#[derive(Debug, Default, Deserialize)]
pub struct Constraint<'a> {
    /// The rule, in prose.
    #[serde(borrow, default)]
    pub description: Option<Str<'a>>,
}

/// `guideline`: prose about a parameter.
#[derive(Debug, Default, Deserialize)]
pub struct Guideline<'a> {
    /// The prose.
    #[serde(borrow)]
    pub prose: Str<'a>,
}

/// `select`: how many of which choices.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Select<'a> {
    /// `one` or `one-or-more`.
    #[serde(borrow, default)]
    pub how_many: Option<Str<'a>>,
    /// The choices (may insert other parameters).
    #[serde(borrow, default)]
    pub choice: Vec<Str<'a>>,
}

/// `part`: a statement, item, guidance or other text of a control.
#[derive(Debug, Default, Deserialize)]
pub struct Part<'a> {
    /// Identifier.
    #[serde(borrow, default)]
    pub id: Option<Str<'a>>,
    /// `statement`, `item`, `guidance`, …
    #[serde(borrow)]
    pub name: Str<'a>,
    /// A heading.
    #[serde(borrow, default)]
    pub title: Option<Str<'a>>,
    /// Properties (`label`).
    #[serde(borrow, default)]
    pub props: Vec<Prop<'a>>,
    /// The text, with `{{ insert: param, ID }}` placeholders.
    #[serde(borrow, default)]
    pub prose: Option<Str<'a>>,
    /// Sub-parts.
    #[serde(borrow, default)]
    pub parts: Vec<Part<'a>>,
}
