//! Data sections: `tables` (rows of a YAML list in a data file) and
//! `vocabularies` (terms standing for values, from a data file or a table).

use std::collections::HashMap;

use serde_json::Value;

use super::{Ctx, Parsed, each_file};
use crate::normalize;
use crate::rules::Diagnostic;
use crate::rules::model::VocabularyDef;
use crate::rules::set::{Table, Vocabulary, strings_of, value_text};

/// A data file that cannot be used.
#[derive(Debug, thiserror::Error)]
enum DataFileError {
    #[error("找不到数据文件 `{0}`")]
    Missing(String),
    #[error("数据文件 `{path}`：{message}")]
    Yaml { path: String, message: String },
}

/// Reads a YAML data file (from `data`, keyed by path) as JSON.
fn data_file(
    data: &HashMap<String, String>,
    rule_file: &str,
    file: &str,
) -> Result<Value, DataFileError> {
    let dir = rule_file.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    let path = if dir.is_empty() {
        file.to_string()
    } else {
        format!("{dir}/{file}")
    };
    let text = data
        .get(&path)
        .ok_or_else(|| DataFileError::Missing(path.clone()))?;
    serde_saphyr::from_str::<Value>(text).map_err(|e| DataFileError::Yaml {
        path,
        message: e.to_string(),
    })
}

fn list_of(doc: &Value, key: &str) -> Option<Vec<serde_json::Map<String, Value>>> {
    doc.get(key)?
        .as_array()?
        .iter()
        .map(|row| row.as_object().cloned())
        .collect()
}

pub fn compile(
    files: &[Parsed],
    data: &HashMap<String, String>,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Table>, Vec<Vocabulary>) {
    let mut tables: Vec<Table> = Vec::new();
    each_file(files, diags, |cx, file| {
        for (i, t) in file.tables.iter().enumerate() {
            let p = format!("/tables/{i}");
            if tables.iter().any(|o| o.id == t.id) {
                cx.err(&format!("{p}/id"), format!("表 id `{}` 重复", t.id));
            }
            match data_file(data, &cx.source.name, &t.file) {
                Ok(doc) => match list_of(&doc, &t.list) {
                    Some(rows) => tables.push(Table {
                        id: t.id.clone(),
                        title: t.title.clone().unwrap_or_else(|| t.id.clone()),
                        rows,
                    }),
                    None => cx.err(
                        &format!("{p}/list"),
                        format!("{} 中的 `{}` 不是由映射组成的列表", t.file, t.list),
                    ),
                },
                Err(e) => cx.err(&format!("{p}/file"), e.to_string()),
            }
        }
    });
    let mut vocabularies: Vec<Vocabulary> = Vec::new();
    each_file(files, diags, |cx, file| {
        for (i, v) in file.vocabularies.iter().enumerate() {
            let p = format!("/vocabularies/{i}");
            if vocabularies.iter().any(|o| o.id == v.id) {
                cx.err(&format!("{p}/id"), format!("词表 id `{}` 重复", v.id));
            }
            if let Some(vocab) = vocabulary(cx, &p, v, data, &tables) {
                vocabularies.push(vocab);
            }
        }
    });
    (tables, vocabularies)
}

fn vocabulary(
    cx: &mut Ctx,
    p: &str,
    v: &VocabularyDef,
    data: &HashMap<String, String>,
    tables: &[Table],
) -> Option<Vocabulary> {
    let (entries, doc) = match (&v.file, &v.list, &v.table) {
        (Some(file), Some(list), None) => {
            let doc = match data_file(data, &cx.source.name, file) {
                Ok(doc) => doc,
                Err(e) => {
                    cx.err(&format!("{p}/file"), e.to_string());
                    return None;
                }
            };
            let Some(entries) = list_of(&doc, list) else {
                cx.err(
                    &format!("{p}/list"),
                    format!("{file} 中的 `{list}` 不是由映射组成的列表"),
                );
                return None;
            };
            (entries, Some(doc))
        }
        (None, None, Some(table)) => match tables.iter().find(|t| t.id == *table) {
            Some(t) => (t.rows.clone(), None),
            None => {
                cx.err(&format!("{p}/table"), format!("未知的表 `{table}`"));
                return None;
            }
        },
        _ => {
            cx.err(
                p,
                "词表需要 `file` 和 `list`，或者 `table`（二者选一）".into(),
            );
            return None;
        }
    };
    let mut terms = Vec::new();
    let mut display = Vec::new();
    for entry in &entries {
        let value = match &v.value {
            Some(key) => match entry.get(key).and_then(value_text) {
                Some(value) => Some(value),
                None => {
                    cx.err(&format!("{p}/value"), format!("有条目缺少 `{key}`"));
                    continue;
                }
            },
            None => None,
        };
        for key in &v.terms {
            for term in strings_of(entry.get(key)) {
                let value = value.clone().unwrap_or_else(|| term.clone());
                terms.push((normalize::compact(&term), value));
            }
        }
        if let Some(value) = value
            && !v.display.is_empty()
        {
            let shown: Vec<String> = v
                .display
                .iter()
                .flat_map(|k| strings_of(entry.get(k)))
                .collect();
            display.push((value, shown.join("/")));
        }
    }
    if terms.is_empty() {
        cx.err(&format!("{p}/terms"), "词表没有任何词条".into());
    }
    let excluded = match (&v.exclude, &doc) {
        (Some(x), Some(doc)) => list_of(doc, &x.list)
            .unwrap_or_default()
            .iter()
            .flat_map(|e| strings_of(e.get(&x.term)))
            .map(|t| normalize::compact(&t))
            .collect(),
        (Some(_), None) => {
            cx.err(
                &format!("{p}/exclude"),
                "`exclude` 只用于来自数据文件的词表".into(),
            );
            Vec::new()
        }
        _ => Vec::new(),
    };
    Some(Vocabulary::new(v.id.clone(), terms, excluded, display))
}
