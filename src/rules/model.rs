//! The rule-file format as serde types: what `schemas/rules.schema.json`
//! describes, before compilation. Field names match the YAML keys; see the
//! schema for each field's meaning.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    pub ruleset: Option<RuleSetMeta>,
    pub parameters: Option<Parameters>,
    #[serde(default)]
    pub tables: Vec<TableDef>,
    #[serde(default)]
    pub vocabularies: Vec<VocabularyDef>,
    #[serde(default)]
    pub kinds: Vec<KindDef>,
    #[serde(default)]
    pub fields: Vec<FieldDef>,
    #[serde(default)]
    pub rules: Vec<RuleDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSetMeta {
    pub id: String,
    pub title: String,
    pub notice: Option<String>,
    pub applications: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Parameters {
    pub reference_date: Option<String>,
    pub audit_years: Option<u32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableDef {
    pub id: String,
    pub file: String,
    pub list: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VocabularyDef {
    pub id: String,
    pub file: String,
    pub list: String,
    pub value: String,
    pub terms: Vec<String>,
    pub exclude: Option<ExcludeDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExcludeDef {
    pub list: String,
    pub term: String,
}

/// How a record group is read: as text, or through a vocabulary.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum GroupDef {
    Text(String),
    Vocabulary { vocabulary: String },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindDef {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub path: Vec<String>,
    pub content: Option<ContentDef>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ContentDef {
    #[serde(default)]
    pub any: Vec<String>,
    #[serde(default)]
    pub all: Vec<String>,
    #[serde(default)]
    pub none: Vec<String>,
    pub head: Option<usize>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    pub id: String,
    pub title: String,
    pub kinds: Vec<String>,
    pub pattern: String,
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default)]
    pub groups: BTreeMap<String, GroupDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: String,
    pub title: String,
    pub clause: String,
    pub severity: String,
    pub message: String,
    pub for_each: Option<ForEachDef>,
    pub require: Option<RequireDef>,
    pub check: Option<CheckDef>,
    pub signed: Option<SignedDef>,
    pub records: Option<RecordsDef>,
    pub batch_unique: Option<BatchUniqueDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchUniqueDef {
    pub field: String,
    pub key: Vec<String>,
    pub by: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordsDef {
    pub field: String,
    pub distinct: String,
    pub min: Option<usize>,
    #[serde(default)]
    pub equal: BTreeMap<String, String>,
    #[serde(default)]
    pub overlap: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedDef {
    pub kinds: Vec<String>,
    pub editable: Option<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForEachDef {
    pub fiscal_years: Option<String>,
    pub field: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequireDef {
    pub kind: String,
    pub min: Option<usize>,
    pub field: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckDef {
    pub field: String,
    pub predicate: String,
    #[serde(default)]
    pub values: Vec<String>,
    pub regex: Option<String>,
    pub table: Option<String>,
    #[serde(default)]
    pub equal: BTreeMap<String, String>,
    #[serde(default)]
    pub contained: BTreeMap<String, String>,
    #[serde(default)]
    pub member: BTreeMap<String, String>,
}
