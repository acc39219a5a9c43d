//! A rule file as read: a YAML tree whose every node remembers its line and
//! column, so schema and compile errors can point at the exact place. The tree
//! converts to JSON for schema validation and typed deserialisation; a JSON
//! pointer from either leads back to a position.

use serde::Deserialize;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

/// A YAML value with positions on its children.
#[derive(Debug, Clone)]
pub enum Node {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<Node>>),
    Map(Vec<(String, Spanned<Node>)>),
}

/// A 1-based line and column in a rule file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

fn pos_of<T>(s: &Spanned<T>) -> Pos {
    Pos {
        line: s.referenced.line() as u32,
        column: s.referenced.column() as u32,
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Node;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_unit<E>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_none<E>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
                Ok(Node::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
                Ok(Node::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
                i64::try_from(v)
                    .map(Node::Int)
                    .map_err(|_| E::custom("integer too large"))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
                Ok(Node::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Node, E> {
                Ok(Node::Str(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<Node, E> {
                Ok(Node::Str(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Spanned<Node>>()? {
                    items.push(item);
                }
                Ok(Node::Seq(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value = map.next_value::<Spanned<Node>>()?;
                    entries.push((key, value));
                }
                Ok(Node::Map(entries))
            }
        }
        d.deserialize_any(V)
    }
}

/// A parsed rule file: its name, text and tree.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
    pub root: Spanned<Node>,
}

impl Source {
    /// Parses YAML text. The error carries the position the parser gave.
    pub fn parse(name: &str, text: &str) -> Result<Source, (Pos, String)> {
        match serde_saphyr::from_str::<Spanned<Node>>(text) {
            Ok(root) => Ok(Source {
                name: name.to_string(),
                text: text.to_string(),
                root,
            }),
            Err(e) => {
                let pos = e
                    .location()
                    .map(|l| Pos {
                        line: l.line() as u32,
                        column: l.column() as u32,
                    })
                    .unwrap_or_default();
                Err((pos, e.to_string()))
            }
        }
    }

    /// The tree as JSON, for the schema and for typed deserialisation.
    pub fn to_json(&self) -> serde_json::Value {
        to_json(&self.root.value)
    }

    /// The position of the node a JSON pointer (`/rules/3/require/min`) names,
    /// or of its nearest existing ancestor.
    pub fn locate(&self, pointer: &str) -> Pos {
        let mut node = &self.root;
        let mut pos = pos_of(node);
        for raw in pointer.split('/').skip(1) {
            let seg = raw.replace("~1", "/").replace("~0", "~");
            let next = match &node.value {
                Node::Map(entries) => entries.iter().find(|(k, _)| *k == seg).map(|(_, v)| v),
                Node::Seq(items) => seg.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            };
            match next {
                Some(n) => {
                    node = n;
                    pos = pos_of(node);
                }
                None => break,
            }
        }
        pos
    }

    /// The text of a 1-based line, for rendering.
    pub fn line_text(&self, line: u32) -> &str {
        self.text
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .unwrap_or("")
    }
}

fn to_json(node: &Node) -> serde_json::Value {
    use serde_json::Value;
    match node {
        Node::Null => Value::Null,
        Node::Bool(b) => Value::Bool(*b),
        Node::Int(i) => Value::from(*i),
        Node::Float(f) => serde_json::Number::from_f64(*f)
            .map(Value::Number)
            .unwrap_or(Value::Null),
        Node::Str(s) => Value::String(s.clone()),
        Node::Seq(items) => Value::Array(items.iter().map(|i| to_json(&i.value)).collect()),
        Node::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), to_json(&v.value)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_follow_json_pointers() {
        let text =
            "rules:\n  - id: M01\n    require:\n      kind: application_form\n      min: 0\n";
        let src = Source::parse("t.yaml", text).expect("parses");
        assert_eq!(
            src.locate("/rules/0/require/min"),
            Pos {
                line: 5,
                column: 12
            }
        );
        assert_eq!(src.locate("/rules/0/id").line, 2);
        // A missing child points at its parent.
        assert_eq!(src.locate("/rules/0/require/nope").line, 4);
        assert_eq!(src.to_json()["rules"][0]["require"]["min"], 0);
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let err = Source::parse("bad.yaml", "rules:\n  - id: [unclosed\n").expect_err("bad yaml");
        assert!(err.0.line >= 2, "{err:?}");
    }
}
