//! `fields`: values read from documents, by label and type or by pattern,
//! and record fields with their groups.

use super::{Ctx, Parsed, each_file};
use crate::normalize;
use crate::rules::Diagnostic;
use crate::rules::model::{FieldDef, FieldTypeDef, Place};
use crate::rules::set::{
    Field, Fill, Group, Kind, Marks, Record, Row, Table, ValueType, Vocabulary,
};

/// What fields may refer to.
pub struct Scope<'a> {
    pub kinds: &'a [Kind],
    pub vocabularies: &'a [Vocabulary],
    pub tables: &'a [Table],
}

/// Default characters after a label in which the value is looked for.
const DEFAULT_WINDOW: usize = 40;
/// Default characters a record's row reaches after its anchor.
const DEFAULT_ROW: usize = 120;

pub fn compile(files: &[Parsed], scope: &Scope, diags: &mut Vec<Diagnostic>) -> Vec<Field> {
    let mut fields: Vec<Field> = Vec::new();
    each_file(files, diags, |cx, file| {
        for (i, f) in file.fields.iter().enumerate() {
            let p = format!("/fields/{i}");
            if fields.iter().any(|o| o.id == f.id) {
                cx.err(&format!("{p}/id"), format!("字段 id `{}` 重复", f.id));
            }
            if let Some(field) = field(cx, &p, f, scope) {
                fields.push(field);
            }
        }
    });
    fields
}

fn vocab_ref(cx: &mut Ctx, ptr: &str, id: &str, scope: &Scope) -> Option<usize> {
    let found = scope.vocabularies.iter().position(|v| v.id == id);
    if found.is_none() {
        cx.err(ptr, format!("未知的词表 `{id}`"));
    }
    found
}

fn field(cx: &mut Ctx, p: &str, f: &FieldDef, scope: &Scope) -> Option<Field> {
    let mut kinds = Vec::new();
    for (j, k) in f.kinds.iter().enumerate() {
        match scope.kinds.iter().position(|o| o.id == *k) {
            Some(idx) => kinds.push(idx),
            None => cx.err(&format!("{p}/kinds/{j}"), format!("未知的材料类型 `{k}`")),
        }
    }
    let ty = match f.ty {
        FieldTypeDef::Text => ValueType::Text,
        FieldTypeDef::OrgName => ValueType::OrgName {
            suffixes: f
                .suffixes
                .as_deref()
                .and_then(|s| vocab_ref(cx, &format!("{p}/suffixes"), s, scope)),
        },
        FieldTypeDef::CreditCode => ValueType::CreditCode,
        FieldTypeDef::Date => ValueType::Date,
        FieldTypeDef::Year => ValueType::Year,
        FieldTypeDef::Count => ValueType::Count {
            zero: f.zero.iter().map(|z| normalize::compact(z)).collect(),
        },
        FieldTypeDef::Record => ValueType::Record(record(cx, p, f, scope)?),
    };
    if f.suffixes.is_some() && f.ty != FieldTypeDef::OrgName {
        cx.err(
            &format!("{p}/suffixes"),
            "`suffixes` 只用于 org_name 字段".into(),
        );
    }
    if f.wrapped_reach.is_some() && f.ty != FieldTypeDef::CreditCode {
        cx.err(
            &format!("{p}/wrapped_reach"),
            "`wrapped_reach` 只用于 credit_code 字段".into(),
        );
    }
    if !f.zero.is_empty() && f.ty != FieldTypeDef::Count {
        cx.err(&format!("{p}/zero"), "`zero` 只用于 count 字段".into());
    }
    let is_record = f.ty == FieldTypeDef::Record;
    if is_record && (!f.labels.is_empty() || !f.patterns.is_empty()) {
        cx.err(
            p,
            "记录字段用 `groups` 读取，不用 `labels` 或 `patterns`".into(),
        );
    }
    if !is_record && (!f.groups.is_empty() || f.row.is_some()) {
        cx.err(p, "`groups` 和 `row` 只用于记录字段（type: record）".into());
    }
    let labels = cx.patterns(&format!("{p}/labels"), &f.labels, 1.0);
    let patterns = cx.patterns(&format!("{p}/patterns"), &f.patterns, 1.0);
    if !is_record && labels.is_empty() && patterns.is_empty() && f.ty == FieldTypeDef::Text {
        cx.err(p, "text 字段需要 `labels` 或 `patterns`".into());
    }
    if f.place == Some(Place::FileName) {
        cx.err(
            &format!("{p}/in"),
            "字段不从文件名读取（file_name 只用于材料类型的证据）".into(),
        );
    }
    Some(Field {
        id: f.id.clone(),
        title: f.title.clone(),
        kinds,
        ty,
        labels,
        window: f.window.unwrap_or(DEFAULT_WINDOW),
        wrapped_reach: f.wrapped_reach,
        patterns,
        place: f.place.unwrap_or_default(),
        except: f.except.iter().map(|e| normalize::compact(e)).collect(),
        stop: f.stop.iter().map(|e| normalize::compact(e)).collect(),
        origin: cx.origin(p),
    })
}

fn record(cx: &mut Ctx, p: &str, f: &FieldDef, scope: &Scope) -> Option<Record> {
    if f.groups.is_empty() {
        cx.err(&format!("{p}/type"), "记录字段需要 `groups`".into());
        return None;
    }
    let mut groups = Vec::new();
    let mut anchors = Vec::new();
    for (name, g) in &f.groups {
        let gp = format!("{p}/groups/{name}");
        let pattern = g
            .pattern
            .as_deref()
            .and_then(|re| cx.regex(&format!("{gp}/pattern"), re));
        let vocabulary = g
            .vocabulary
            .as_deref()
            .and_then(|v| vocab_ref(cx, &format!("{gp}/vocabulary"), v, scope));
        if g.pattern.is_none() && g.vocabulary.is_none() {
            cx.err(&gp, "分组需要 `pattern` 或 `vocabulary`".into());
        }
        if (!g.ranges.is_empty() || !g.choices.is_empty() || g.marks.is_some())
            && g.vocabulary.is_none()
        {
            cx.err(
                &gp,
                "`ranges`、`choices` 和 `marks` 只用于带 `vocabulary` 的分组".into(),
            );
        }
        if !g.ranges.is_empty()
            && let Some(v) = vocabulary.and_then(|v| scope.vocabularies.get(v))
            && v.terms
                .iter()
                .any(|(_, value)| value.parse::<i64>().is_err())
        {
            cx.err(
                &format!("{gp}/ranges"),
                format!("词表 `{}` 的值不全是整数，无法展开范围", v.id),
            );
        }
        if g.anchor {
            anchors.push(groups.len());
            if g.inherit || g.optional {
                cx.err(&gp, "锚点分组不能是 `inherit` 或 `optional`".into());
            }
        }
        if g.wrapped.is_some() && !(g.anchor && f.row.as_ref().is_some_and(|r| r.line)) {
            cx.err(
                &format!("{gp}/wrapped"),
                "`wrapped` 只用于逐行（`row: { line: true }`）记录的锚点分组".into(),
            );
        }
        let wrapped = g.wrapped.as_ref().and_then(|w| {
            let head = cx.regex(&format!("{gp}/wrapped/head"), &w.head);
            let tail = cx.regex(&format!("{gp}/wrapped/tail"), &w.tail);
            head.zip(tail)
        });
        groups.push(Group {
            name: name.clone(),
            pattern,
            vocabulary,
            list: g.list,
            inherit: g.inherit,
            optional: g.optional,
            join: g.join.clone(),
            ranges: g.ranges.iter().map(|r| normalize::compact(r)).collect(),
            choices: g
                .choices
                .iter()
                .map(|c| normalize::compact(c))
                .filter(|c| !c.is_empty())
                .collect(),
            marks: g.marks.as_ref().map(|m| Marks {
                checked: m.checked.iter().map(|c| normalize::compact(c)).collect(),
                unchecked: m.unchecked.iter().map(|c| normalize::compact(c)).collect(),
                yes: m
                    .answers
                    .iter()
                    .flat_map(|a| &a.yes)
                    .map(|c| normalize::compact(c))
                    .filter(|c| !c.is_empty())
                    .collect(),
                no: m
                    .answers
                    .iter()
                    .flat_map(|a| &a.no)
                    .map(|c| normalize::compact(c))
                    .filter(|c| !c.is_empty())
                    .collect(),
            }),
            except: g.except.iter().map(|e| normalize::compact(e)).collect(),
            below: g.below,
            wrapped,
            fill: g.fill.as_ref().and_then(|fd| {
                let fp = format!("{gp}/fill");
                if !f.groups.get(&fd.matching.equals).is_some_and(|k| k.anchor) {
                    cx.err(
                        &fp,
                        format!(
                            "`fill` 按锚点分组查表：`{}` 不是本字段的锚点分组",
                            fd.matching.equals
                        ),
                    );
                }
                match scope.tables.iter().position(|t| t.id == fd.table) {
                    Some(table) => Some(Fill {
                        table,
                        column: fd.matching.column.clone(),
                        group: fd.matching.equals.clone(),
                        take: fd.take.clone(),
                        wrapped: fd.wrapped.clone(),
                    }),
                    None => {
                        cx.err(&fp, format!("未定义的数据表 `{}`", fd.table));
                        None
                    }
                }
            }),
        });
    }
    if anchors.len() != 1 {
        cx.err(
            &format!("{p}/groups"),
            format!(
                "记录字段需要恰好一个 `anchor: true` 的分组，现有 {} 个",
                anchors.len()
            ),
        );
        return None;
    }
    if groups[anchors[0]].list || groups[anchors[0]].join.is_some() {
        cx.err(
            &format!("{p}/groups"),
            "锚点分组不能是 `list` 或 `join`".into(),
        );
    }
    for g in &groups {
        if g.list && g.join.is_some() {
            cx.err(
                &format!("{p}/groups/{}", g.name),
                "`list` 和 `join` 只能选一".into(),
            );
        }
    }
    let row = f.row.clone().unwrap_or_default();
    Some(Record {
        groups,
        anchor: anchors[0],
        row: Row {
            line: row.line,
            spread: row.spread.unwrap_or(0),
            before: row.before.unwrap_or(0),
            max_chars: row.max_chars.unwrap_or(DEFAULT_ROW),
        },
        skip: row
            .skip
            .iter()
            .map(|s| normalize::compact(s))
            .filter(|s| !s.is_empty())
            .collect(),
    })
}
