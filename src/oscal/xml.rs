//! OSCAL XML → the typed structs of [`super::catalog`].
//!
//! quick-xml reads the events; a small tree of elements is built (an XML
//! catalog is a few MB) and then read into the same structs the JSON and
//! YAML paths deserialize, so import has one code path after parsing. Prose
//! (`<p>`, lists, inline markup) becomes plain text, one line per block, with
//! `<insert type="param" id-ref="…"/>` written as the JSON form
//! `{{ insert: param, … }}`.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::catalog::{
    Catalog, Constraint, Control, Document, Group, Guideline, Link, Metadata, Param, Part, Prop,
    Select, Str,
};
use super::error::MAX_NESTING;

/// An XML document that could not be read as a catalog.
#[derive(Debug)]
pub struct XmlError {
    /// Byte offset of the problem.
    pub offset: usize,
    /// What is wrong.
    pub message: String,
    /// The element path (`catalog/group[3]/control[7]`), when the XML is
    /// well formed but not a catalog.
    pub path: Option<String>,
    /// Whether the document ends early.
    pub truncated: bool,
    /// Whether elements nest deeper than [`MAX_NESTING`].
    pub too_deep: bool,
}

struct Element {
    name: String,
    attributes: Vec<(String, String)>,
    children: Vec<Node>,
    offset: usize,
}

enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn elements<'e>(&'e self, name: &'e str) -> impl Iterator<Item = &'e Element> + 'e {
        self.children.iter().filter_map(move |c| match c {
            Node::Element(e) if e.name == name => Some(e),
            _ => None,
        })
    }

    fn element<'e>(&'e self, name: &'e str) -> Option<&'e Element> {
        self.elements(name).next()
    }

    /// The text inside, markup dropped, white space collapsed.
    fn text(&self) -> String {
        let mut out = String::new();
        self.collect_inline(&mut out);
        collapse(&out)
    }

    fn collect_inline(&self, out: &mut String) {
        for child in &self.children {
            match child {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) if e.name == "insert" => {
                    let kind = e.attribute("type").unwrap_or("param");
                    let id = e.attribute("id-ref").unwrap_or("");
                    out.push_str("{{ insert: ");
                    out.push_str(kind);
                    out.push_str(", ");
                    out.push_str(id);
                    out.push_str(" }}");
                }
                // The JSON form of OSCAL prose is Markdown: write the same.
                Node::Element(e) if e.name == "a" => {
                    out.push('[');
                    e.collect_inline(out);
                    out.push_str("](");
                    out.push_str(e.attribute("href").unwrap_or(""));
                    out.push(')');
                }
                Node::Element(e) => {
                    let mark = match e.name.as_str() {
                        "em" | "i" => "*",
                        "strong" | "b" => "**",
                        "code" => "`",
                        "q" => "\"",
                        _ => "",
                    };
                    out.push_str(mark);
                    e.collect_inline(out);
                    out.push_str(mark);
                }
            }
        }
    }

    /// Prose: the block children other than the structural ones, one line
    /// per paragraph or list item.
    fn prose(&self) -> Option<String> {
        let mut lines = Vec::new();
        for child in &self.children {
            if let Node::Element(e) = child {
                e.blocks(&mut lines);
            }
        }
        (!lines.is_empty()).then(|| lines.join("\n"))
    }

    fn blocks(&self, lines: &mut Vec<String>) {
        match self.name.as_str() {
            "p" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "pre" | "blockquote" => {
                let text = self.text();
                if !text.is_empty() {
                    lines.push(text);
                }
            }
            "ol" | "ul" | "table" | "tr" => {
                for child in &self.children {
                    if let Node::Element(e) = child {
                        e.blocks(lines);
                    }
                }
            }
            "td" | "th" => lines.push(self.text()),
            _ => {}
        }
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads an OSCAL XML document.
pub fn parse(text: &str) -> Result<Document<'static>, XmlError> {
    let root = tree(text)?;
    if root.name != "catalog" {
        let mut document = Document::default();
        match root.name.as_str() {
            "profile" => document.profile = Some(serde::de::IgnoredAny),
            "component-definition" => document.component_definition = Some(serde::de::IgnoredAny),
            "system-security-plan" => document.system_security_plan = Some(serde::de::IgnoredAny),
            "mapping-collection" => document.xml_mapping_collection = true,
            _ => {}
        }
        return Ok(document);
    }
    Ok(Document {
        catalog: Some(catalog(&root)?),
        ..Document::default()
    })
}

fn missing(element: &Element, path: &str, what: &str) -> XmlError {
    XmlError {
        offset: element.offset,
        message: format!("missing {what}"),
        path: Some(path.to_owned()),
        truncated: false,
        too_deep: false,
    }
}

fn required_attribute(element: &Element, path: &str, name: &str) -> Result<Str<'static>, XmlError> {
    element
        .attribute(name)
        .map(Str::owned)
        .ok_or_else(|| missing(element, path, &format!("attribute `{name}`")))
}

fn required_child(element: &Element, path: &str, name: &str) -> Result<Str<'static>, XmlError> {
    element
        .element(name)
        .map(|e| Str::owned(e.text()))
        .ok_or_else(|| missing(element, path, &format!("element `<{name}>`")))
}

fn owned(value: Option<&str>) -> Option<Str<'static>> {
    value.map(Str::owned)
}

fn catalog(root: &Element) -> Result<Catalog<'static>, XmlError> {
    let path = "catalog";
    let meta = root
        .element("metadata")
        .ok_or_else(|| missing(root, path, "element `<metadata>`"))?;
    let meta_path = "catalog/metadata";
    let metadata = Metadata {
        title: required_child(meta, meta_path, "title")?,
        version: required_child(meta, meta_path, "version")?,
        oscal_version: required_child(meta, meta_path, "oscal-version")?,
        props: props(meta),
    };
    Ok(Catalog {
        uuid: owned(root.attribute("uuid")).unwrap_or_default(),
        metadata,
        params: params(root, path)?,
        controls: indexed(root, "control", path, control)?,
        groups: indexed(root, "group", path, group)?,
    })
}

fn indexed<T>(
    parent: &Element,
    name: &str,
    path: &str,
    read: fn(&Element, &str) -> Result<T, XmlError>,
) -> Result<Vec<T>, XmlError> {
    parent
        .elements(name)
        .enumerate()
        .map(|(i, e)| read(e, &format!("{path}/{name}[{}]", i + 1)))
        .collect()
}

fn group(element: &Element, path: &str) -> Result<Group<'static>, XmlError> {
    Ok(Group {
        id: owned(element.attribute("id")),
        title: required_child(element, path, "title")?,
        params: params(element, path)?,
        props: props(element),
        groups: indexed(element, "group", path, group)?,
        controls: indexed(element, "control", path, control)?,
    })
}

fn control(element: &Element, path: &str) -> Result<Control<'static>, XmlError> {
    Ok(Control {
        id: required_attribute(element, path, "id")?,
        title: required_child(element, path, "title")?,
        params: params(element, path)?,
        props: props(element),
        links: element
            .elements("link")
            .map(|l| Link {
                href: owned(l.attribute("href")).unwrap_or_default(),
                rel: owned(l.attribute("rel")),
            })
            .collect(),
        parts: indexed(element, "part", path, part)?,
        controls: indexed(element, "control", path, control)?,
    })
}

fn props(element: &Element) -> Vec<Prop<'static>> {
    element
        .elements("prop")
        .map(|p| Prop {
            name: owned(p.attribute("name")).unwrap_or_default(),
            value: owned(p.attribute("value")).unwrap_or_default(),
            ns: owned(p.attribute("ns")),
            class: owned(p.attribute("class")),
        })
        .collect()
}

fn params(element: &Element, path: &str) -> Result<Vec<Param<'static>>, XmlError> {
    indexed(element, "param", path, |p, path| {
        Ok(Param {
            id: required_attribute(p, path, "id")?,
            label: p.element("label").map(|l| Str::owned(l.text())),
            guidelines: p
                .elements("guideline")
                .map(|g| Guideline {
                    prose: Str::owned(g.prose().unwrap_or_default()),
                })
                .collect(),
            select: p.element("select").map(|s| Select {
                how_many: owned(s.attribute("how-many")),
                choice: s.elements("choice").map(|c| Str::owned(c.text())).collect(),
            }),
            values: p.elements("value").map(|v| Str::owned(v.text())).collect(),
            constraints: p
                .elements("constraint")
                .map(|c| Constraint {
                    description: c
                        .element("description")
                        .and_then(Element::prose)
                        .map(Str::owned),
                })
                .collect(),
        })
    })
}

fn part(element: &Element, path: &str) -> Result<Part<'static>, XmlError> {
    Ok(Part {
        id: owned(element.attribute("id")),
        name: required_attribute(element, path, "name")?,
        title: element.element("title").map(|t| Str::owned(t.text())),
        props: props(element),
        prose: element.prose().map(Str::owned),
        parts: indexed(element, "part", path, part)?,
    })
}

/// Builds the element tree.
fn tree(text: &str) -> Result<Element, XmlError> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Element> = Vec::new();
    let position =
        |reader: &Reader<&[u8]>| usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
    let syntax = |offset: usize, message: String| XmlError {
        offset,
        message,
        path: None,
        truncated: false,
        too_deep: false,
    };
    loop {
        let offset = position(&reader);
        let event = reader.read_event().map_err(|e| {
            syntax(
                usize::try_from(reader.error_position()).unwrap_or(offset),
                e.to_string(),
            )
        })?;
        match event {
            // The tree is read recursively (and dropped so): its depth is
            // bounded here, as it is built.
            Event::Start(start) if stack.len() >= MAX_NESTING => {
                let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                return Err(XmlError {
                    offset,
                    message: format!("`<{name}>` is nested {} elements deep", stack.len() + 1),
                    path: None,
                    truncated: false,
                    too_deep: true,
                });
            }
            Event::Start(start) => stack.push(element(&start, offset)?),
            Event::Empty(start) => {
                let element = element(&start, offset)?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::Element(element)),
                    None => return Ok(element),
                }
            }
            Event::End(_) => {
                let Some(element) = stack.pop() else {
                    return Err(syntax(
                        offset,
                        "a closing tag with no opening tag".to_owned(),
                    ));
                };
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::Element(element)),
                    None => return Ok(element),
                }
            }
            Event::Text(t) => {
                if let Some(parent) = stack.last_mut() {
                    let decoded = t.decode().map_err(|e| syntax(offset, e.to_string()))?;
                    parent.children.push(Node::Text(decoded.into_owned()));
                }
            }
            Event::CData(t) => {
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(Node::Text(
                        String::from_utf8_lossy(&t.into_inner()).into_owned(),
                    ));
                }
            }
            Event::GeneralRef(r) => {
                let resolved = if r.is_char_ref() {
                    r.resolve_char_ref()
                        .map_err(|e| syntax(offset, e.to_string()))?
                        .map(String::from)
                } else {
                    let name = r.decode().map_err(|e| syntax(offset, e.to_string()))?;
                    match name.as_ref() {
                        "amp" => Some("&".to_owned()),
                        "lt" => Some("<".to_owned()),
                        "gt" => Some(">".to_owned()),
                        "quot" => Some("\"".to_owned()),
                        "apos" => Some("'".to_owned()),
                        other => {
                            return Err(syntax(offset, format!("unknown entity `&{other};`")));
                        }
                    }
                };
                if let (Some(parent), Some(text)) = (stack.last_mut(), resolved) {
                    parent.children.push(Node::Text(text));
                }
            }
            Event::Eof => {
                return Err(XmlError {
                    offset: text.len(),
                    message: match stack.last() {
                        Some(open) => format!("`<{}>` is never closed", open.name),
                        None => "the document has no root element".to_owned(),
                    },
                    path: None,
                    truncated: !stack.is_empty(),
                    too_deep: false,
                });
            }
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
}

/// An element from its start tag.
fn element(start: &BytesStart<'_>, offset: usize) -> Result<Element, XmlError> {
    let syntax = |message: String| XmlError {
        offset,
        message,
        path: None,
        truncated: false,
        too_deep: false,
    };
    let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|e| syntax(e.to_string()))?;
        let key = String::from_utf8_lossy(attribute.key.local_name().as_ref()).into_owned();
        let value = attribute
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| syntax(e.to_string()))?
            .into_owned();
        attributes.push((key, value));
    }
    Ok(Element {
        name,
        attributes,
        children: Vec::new(),
        offset,
    })
}
