//! `rules`: what each rule requires or checks, with its for_each items,
//! parameters substituted (`$name`) and operands type-checked.

use std::collections::BTreeMap;

use serde_json::Value;

use super::params::param_of;
use super::{Ctx, Parsed, each_file};
use crate::extract::DocKind;
use crate::rules::Diagnostic;
use crate::rules::model::{
    self, CheckDef, ColumnsDef, DocFormatDef, KindRef, PredicateDef, RuleDef, SeverityDef,
    WhenMissingDef,
};
use crate::rules::set::{
    Condition, ConditionOp, Field, FieldRef, ForEach, IssuerSeal, Kind, Param, Predicate, Rule,
    RuleBody, Severity, Table, TableMatch, ValueType, WhenMissing,
};
use crate::validate::date::{Date, last_fiscal_years};

/// What rules may refer to.
pub struct Scope<'a> {
    pub kinds: &'a [Kind],
    pub fields: &'a [Field],
    pub tables: &'a [Table],
    pub params: &'a [(String, Param)],
}

pub fn compile(files: &[Parsed], scope: &Scope, diags: &mut Vec<Diagnostic>) -> Vec<Rule> {
    let mut rules: Vec<Rule> = Vec::new();
    each_file(files, diags, |cx, file| {
        for (i, r) in file.rules.iter().enumerate() {
            let p = format!("/rules/{i}");
            if rules.iter().any(|o| o.id == r.id) {
                cx.err(&format!("{p}/id"), format!("规则 id `{}` 重复", r.id));
            }
            if let Some(body) = body(cx, &p, r, scope) {
                rules.push(Rule {
                    id: r.id.clone(),
                    title: r.title.clone(),
                    clause: r.clause.clone(),
                    severity: match r.severity {
                        SeverityDef::Error => Severity::Error,
                        SeverityDef::Review => Severity::Review,
                        SeverityDef::Warning => Severity::Warning,
                    },
                    message: r.message.clone(),
                    body,
                    origin: cx.origin(&p),
                });
            }
        }
    });
    rules
}

impl Scope<'_> {
    fn kind(&self, cx: &mut Ctx, ptr: &str, id: &str) -> Option<usize> {
        let found = self.kinds.iter().position(|k| k.id == id);
        if found.is_none() {
            cx.err(ptr, format!("未知的材料类型 `{id}`"));
        }
        found
    }

    fn field(&self, cx: &mut Ctx, ptr: &str, id: &str) -> Option<usize> {
        let found = self.fields.iter().position(|f| f.id == id);
        if found.is_none() {
            cx.err(ptr, format!("未知字段 `{id}`"));
        }
        found
    }

    fn record_groups(&self, field: Option<usize>) -> Vec<String> {
        field
            .and_then(|f| self.fields[f].ty.record())
            .map(|r| r.groups.iter().map(|g| g.name.clone()).collect())
            .unwrap_or_default()
    }

    /// A value, with `$name` replaced by the parameter.
    fn operand(&self, cx: &mut Ctx, ptr: &str, v: &Value) -> Option<Param> {
        if let Value::String(s) = v
            && let Some(name) = s.strip_prefix('$')
        {
            let found = self
                .params
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, p)| p.clone());
            if found.is_none() {
                cx.err(ptr, format!("未定义的参数 `${name}`"));
            }
            return found;
        }
        let p = param_of(v);
        if p.is_none() {
            cx.err(ptr, "需要标量或标量列表".into());
        }
        p
    }

    fn number(&self, cx: &mut Ctx, ptr: &str, v: &Value) -> Option<f64> {
        match self.operand(cx, ptr, v)? {
            Param::Number(n) => Some(n),
            other => {
                cx.err(ptr, format!("需要数值，得到 {other:?}"));
                None
            }
        }
    }

    fn date(&self, cx: &mut Ctx, ptr: &str, v: &Value) -> Option<Date> {
        match self.operand(cx, ptr, v)? {
            Param::Date(d) => Some(d),
            other => {
                cx.err(ptr, format!("需要日期（YYYY-MM-DD），得到 {other:?}"));
                None
            }
        }
    }

    fn text(&self, cx: &mut Ctx, ptr: &str, v: &Value) -> Option<String> {
        match self.operand(cx, ptr, v)? {
            Param::Text(s) => Some(s),
            Param::Number(n) => Some(fmt_number(n)),
            Param::Date(d) => Some(d.to_string()),
            Param::Bool(b) => Some(b.to_string()),
            Param::List(_) => {
                cx.err(ptr, "需要单个值，得到列表".into());
                None
            }
        }
    }

    fn texts(&self, cx: &mut Ctx, ptr: &str, values: &[Value]) -> Vec<String> {
        let mut out = Vec::new();
        for (i, v) in values.iter().enumerate() {
            let ptr = format!("{ptr}/{i}");
            match self.operand(cx, &ptr, v) {
                Some(Param::List(items)) => out.extend(items.iter().map(param_text)),
                Some(p) => out.push(param_text(&p)),
                None => {}
            }
        }
        out
    }
}

fn fmt_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

fn param_text(p: &Param) -> String {
    match p {
        Param::Text(s) => s.clone(),
        Param::Number(n) => fmt_number(*n),
        Param::Date(d) => d.to_string(),
        Param::Bool(b) => b.to_string(),
        Param::List(items) => items.iter().map(param_text).collect::<Vec<_>>().join(","),
    }
}

fn needs_item(cx: &mut Ctx, p: &str, r: &RuleDef, what: &str) {
    if !r.message.contains("{item}") {
        cx.err(
            &format!("{p}/message"),
            format!("{what}规则的 message 必须用 `{{item}}` 指明对象"),
        );
    }
}

/// Kind ids of a list at JSON pointer `at`, each checked (unknown ids are
/// errors at their position).
fn kind_list(cx: &mut Ctx, scope: &Scope, at: &str, ids: &[String]) -> Vec<usize> {
    ids.iter()
        .enumerate()
        .filter_map(|(j, k)| scope.kind(cx, &format!("{at}/{j}"), k))
        .collect()
}

fn body(cx: &mut Ctx, p: &str, r: &RuleDef, scope: &Scope) -> Option<RuleBody> {
    let bodies = [
        r.require.is_some(),
        r.check.is_some(),
        r.signed.is_some(),
        r.sealed.is_some(),
        r.records.is_some(),
        r.mentions.is_some(),
        r.batch_unique.is_some(),
    ];
    if bodies.iter().filter(|b| **b).count() != 1 {
        cx.err(
            p,
            "规则需要且只能有 require、check、signed、sealed、records、mentions、batch_unique 之一"
                .into(),
        );
        return None;
    }
    let for_each = for_each(cx, p, r, scope);
    if let Some(req) = &r.require {
        return require(cx, p, r, req, for_each, scope);
    }
    if for_each.is_some() && r.records.is_none() {
        needs_item(cx, p, r, "for_each ");
    }
    if let Some(check) = &r.check {
        if for_each.is_some() {
            cx.err(&format!("{p}/for_each"), "check 规则不用 for_each".into());
        }
        return self::check(cx, p, check, scope);
    }
    if let Some(rec) = &r.records {
        needs_item(cx, p, r, "records ");
        return records(cx, p, rec, for_each, scope);
    }
    if let Some(signed) = &r.signed {
        needs_item(cx, p, r, "signed ");
        let kinds = kind_list(cx, scope, &format!("{p}/signed/kinds"), &signed.kinds);
        let sealable = signed
            .sealable
            .clone()
            .unwrap_or_else(|| vec![DocFormatDef::Pdf, DocFormatDef::Image])
            .iter()
            .map(|f| match f {
                DocFormatDef::Pdf => DocKind::Pdf,
                DocFormatDef::Image => DocKind::Image,
                DocFormatDef::Docx => DocKind::Docx,
                DocFormatDef::Doc => DocKind::Doc,
                DocFormatDef::Text => DocKind::Text,
            })
            .collect();
        return Some(RuleBody::Signed { kinds, sealable });
    }
    if let Some(sealed) = &r.sealed {
        needs_item(cx, p, r, "sealed ");
        let kinds = kind_list(cx, scope, &format!("{p}/sealed/kinds"), &sealed.kinds);
        let issuer_seal = sealed.issuer_seal.as_ref().and_then(|i| {
            let over = cx.regex(&format!("{p}/sealed/issuer_seal/over"), &i.over)?;
            let unless = match &i.unless {
                Some(u) => Some(cx.regex(&format!("{p}/sealed/issuer_seal/unless"), u)?),
                None => None,
            };
            Some(IssuerSeal { over, unless })
        });
        return Some(RuleBody::Sealed { kinds, issuer_seal });
    }
    if let Some(m) = &r.mentions {
        needs_item(cx, p, r, "mentions ");
        let kinds = m
            .kinds
            .iter()
            .enumerate()
            .filter_map(|(j, k)| scope.kind(cx, &format!("{p}/mentions/kinds/{j}"), k))
            .collect();
        let fields: Vec<usize> = m
            .fields
            .iter()
            .enumerate()
            .filter_map(|(j, f)| scope.field(cx, &format!("{p}/mentions/fields/{j}"), f))
            .collect();
        for (j, &f) in fields.iter().enumerate() {
            if scope.fields[f].ty.record().is_some() {
                cx.err(
                    &format!("{p}/mentions/fields/{j}"),
                    "mentions 的字段不能是记录字段".into(),
                );
            }
        }
        return Some(RuleBody::Mentions {
            kinds,
            fields,
            ocr_misread: m.ocr_misread,
        });
    }
    if let Some(bu) = &r.batch_unique {
        needs_item(cx, p, r, "batch_unique ");
        let field = scope.field(cx, &format!("{p}/batch_unique/field"), &bu.field);
        let by = scope.field(cx, &format!("{p}/batch_unique/by"), &bu.by);
        let groups = scope.record_groups(field);
        if field.is_some() && groups.is_empty() {
            cx.err(
                &format!("{p}/batch_unique/field"),
                "batch_unique 需要记录字段".into(),
            );
        }
        for k in &bu.key {
            if !groups.is_empty() && !groups.contains(k) {
                cx.err(
                    &format!("{p}/batch_unique/key"),
                    format!("字段没有分组 `{k}`"),
                );
            }
        }
        return Some(RuleBody::BatchUnique {
            field: field?,
            key: bu.key.clone(),
            by: by?,
            markers: bu
                .resubmission_markers
                .iter()
                .map(|m| crate::normalize::compact(m))
                .collect(),
        });
    }
    None
}

/// A `min`: a positive integer or a parameter holding one (default 1).
fn count(cx: &mut Ctx, ptr: &str, v: Option<&Value>, scope: &Scope) -> Option<usize> {
    let Some(v) = v else {
        return Some(1);
    };
    let n = scope.number(cx, ptr, v)?;
    if n < 1.0 || n.fract() != 0.0 {
        cx.err(ptr, format!("须为正整数，得到 {n}"));
        return None;
    }
    Some(n as usize)
}

fn for_each(cx: &mut Ctx, p: &str, r: &RuleDef, scope: &Scope) -> Option<ForEach> {
    let fe = r.for_each.as_ref()?;
    let ptr = format!("{p}/for_each");
    match (&fe.fiscal_years, &fe.field) {
        (Some(fy), None) => {
            let fp = format!("{ptr}/fiscal_years");
            let count = scope.number(cx, &format!("{fp}/count"), &fy.count);
            let as_of = scope.date(cx, &format!("{fp}/as_of"), &fy.as_of);
            let from = scope.text(cx, &format!("{fp}/available_from"), &fy.available_from);
            let from = from.and_then(|s| {
                let md = s
                    .split_once('-')
                    .and_then(|(m, d)| Some((m.parse::<u32>().ok()?, d.parse::<u32>().ok()?)))
                    .filter(|&(m, d)| Date::new(2024, m, d).is_some());
                if md.is_none() {
                    cx.err(
                        &format!("{fp}/available_from"),
                        format!("`{s}` 不是 MM-DD 形式的月日"),
                    );
                }
                md
            });
            let (count, as_of, from) = (count?, as_of?, from?);
            if count < 1.0 || count.fract() != 0.0 {
                cx.err(
                    &format!("{fp}/count"),
                    format!("年数须为正整数，得到 {count}"),
                );
                return None;
            }
            Some(ForEach::FiscalYears(last_fiscal_years(
                as_of,
                count as u32,
                from,
            )))
        }
        (None, Some(f)) => {
            let field = scope.field(cx, &format!("{ptr}/field"), f)?;
            if scope.fields[field].ty.record().is_none() {
                cx.err(
                    &format!("{ptr}/field"),
                    "for_each 的字段必须是记录字段".into(),
                );
                return None;
            }
            Some(ForEach::Field(field))
        }
        _ => {
            cx.err(
                &ptr,
                "for_each 需要 fiscal_years 或 field（二者选一）".into(),
            );
            None
        }
    }
}

fn require(
    cx: &mut Ctx,
    p: &str,
    r: &RuleDef,
    req: &model::RequireDef,
    for_each: Option<ForEach>,
    scope: &Scope,
) -> Option<RuleBody> {
    let kinds: Vec<usize> = match &req.kind {
        KindRef::One(k) => scope
            .kind(cx, &format!("{p}/require/kind"), k)
            .into_iter()
            .collect(),
        KindRef::AnyOf { any_of } => any_of
            .iter()
            .enumerate()
            .filter_map(|(j, k)| scope.kind(cx, &format!("{p}/require/kind/any_of/{j}"), k))
            .collect(),
    };
    if matches!(for_each, Some(ForEach::Field(_))) {
        cx.err(
            &format!("{p}/for_each"),
            "require 只能按 fiscal_years 逐项".into(),
        );
    }
    if for_each.is_some() {
        needs_item(cx, p, r, "for_each ");
    }
    let field = match &req.field {
        Some(fid) => {
            let f = scope.field(cx, &format!("{p}/require/field"), fid);
            if for_each.is_none() {
                cx.err(
                    &format!("{p}/require/field"),
                    "`field` 需要 for_each 的逐项值来比较".into(),
                );
            }
            if let Some(f) = f
                && !kinds.iter().any(|k| scope.fields[f].kinds.contains(k))
            {
                cx.err(
                    &format!("{p}/require/field"),
                    format!("字段 `{fid}` 不从这些材料类型中读取"),
                );
            }
            Some(f?)
        }
        None => None,
    };
    let min = count(cx, &format!("{p}/require/min"), req.min.as_ref(), scope)?;
    if kinds.is_empty() {
        return None;
    }
    Some(RuleBody::Require {
        for_each,
        kinds,
        min,
        field,
    })
}

fn check(cx: &mut Ctx, p: &str, c: &CheckDef, scope: &Scope) -> Option<RuleBody> {
    let cp = format!("{p}/check");
    let (fid, part) = match c.field.split_once('.') {
        Some((f, part)) => (f, Some(part.to_string())),
        None => (c.field.as_str(), None),
    };
    let field = scope.field(cx, &format!("{cp}/field"), fid)?;
    let ty = &scope.fields[field].ty;
    if let Some(part) = &part
        && !ty.parts().contains(part)
    {
        cx.err(
            &format!("{cp}/field"),
            format!("{} 类型的字段 `{fid}` 没有部分 `{part}`", ty.name()),
        );
        return None;
    }
    let is_record = ty.record().is_some();
    let numeric = matches!(ty, ValueType::Count { .. } | ValueType::Year) && part.is_none()
        || matches!(ty, ValueType::Date) && part.as_deref() == Some("year");
    let is_date = matches!(ty, ValueType::Date) && part.is_none();
    let value = |cx: &mut Ctx| -> Option<&Value> {
        let v = c.value.as_ref();
        if v.is_none() {
            cx.err(
                &cp,
                format!("谓词 `{:?}` 需要 `value`", c.predicate).to_lowercase(),
            );
        }
        v
    };
    let regex = |cx: &mut Ctx| -> Option<regex::Regex> {
        match &c.regex {
            Some(re) => cx.regex(&format!("{cp}/regex"), re),
            None => {
                cx.err(&cp, "该谓词需要 `regex`".into());
                None
            }
        }
    };
    use PredicateDef as P;
    let type_error = |cx: &mut Ctx, want: &str| {
        cx.err(
            &format!("{cp}/predicate"),
            format!("该谓词需要{want}字段，`{}` 不是", c.field),
        );
    };
    let predicate = match c.predicate {
        P::Present => Some(Predicate::Present),
        P::Consistent => Some(Predicate::Consistent),
        P::Valid => {
            if !matches!(ty, ValueType::CreditCode) || part.is_some() {
                type_error(cx, " credit_code ");
            }
            Some(Predicate::Valid)
        }
        P::Equals | P::NotEquals | P::StartsWith | P::NotStartsWith => {
            let v = {
                let v0 = value(cx)?;
                scope.text(cx, &format!("{cp}/value"), v0)?
            };
            Some(match c.predicate {
                P::Equals => Predicate::Equals(v),
                P::NotEquals => Predicate::NotEquals(v),
                P::StartsWith => Predicate::StartsWith(v),
                _ => Predicate::NotStartsWith(v),
            })
        }
        P::In | P::NotIn => {
            let vs = scope.texts(cx, &format!("{cp}/values"), &c.values);
            if vs.is_empty() {
                cx.err(&cp, "in / not_in 需要非空的 `values`".into());
            }
            Some(if c.predicate == P::In {
                Predicate::In(vs)
            } else {
                Predicate::NotIn(vs)
            })
        }
        P::Matches => regex(cx).map(Predicate::Matches),
        P::NotMatches => regex(cx).map(Predicate::NotMatches),
        P::AtLeast | P::AtMost => {
            if !numeric {
                type_error(cx, "数值（count、year 或 date.year）");
            }
            let n = {
                let v0 = value(cx)?;
                scope.number(cx, &format!("{cp}/value"), v0)?
            };
            Some(if c.predicate == P::AtLeast {
                Predicate::AtLeast(n)
            } else {
                Predicate::AtMost(n)
            })
        }
        P::OnOrAfter | P::Before | P::Within => {
            if !is_date {
                type_error(cx, "日期（date）");
            }
            let d = {
                let v0 = value(cx)?;
                scope.date(cx, &format!("{cp}/value"), v0)?
            };
            match c.predicate {
                P::OnOrAfter => Some(Predicate::OnOrAfter(d)),
                P::Before => Some(Predicate::Before(d)),
                _ => {
                    let Some(days) = &c.days else {
                        cx.err(&cp, "within 需要 `days`".into());
                        return None;
                    };
                    let days = scope.number(cx, &format!("{cp}/days"), days)?;
                    Some(Predicate::Within {
                        of: d,
                        days: days as i64,
                    })
                }
            }
        }
        P::InTable => in_table(cx, &cp, c, field, scope).map(Predicate::InTable),
    };
    if is_record
        && part.is_none()
        && !matches!(c.predicate, P::Present | P::Consistent | P::InTable)
    {
        cx.err(
            &format!("{cp}/field"),
            "记录字段需指明分组（field.group），除非谓词是 present、consistent 或 in_table".into(),
        );
    }
    let when_missing = c.when_missing.map(|w| match w {
        WhenMissingDef::NotApplicable => WhenMissing::NotApplicable,
        WhenMissingDef::Review => WhenMissing::Review,
        WhenMissingDef::Fail => WhenMissing::Fail,
    });
    if c.ocr_misread > 0 && !matches!(c.predicate, P::Consistent) {
        cx.err(
            &format!("{cp}/ocr_misread"),
            "ocr_misread 只用于 consistent（in_table 的写在 where 条件里）".into(),
        );
    }
    if c.ocr_misread > 3 {
        cx.err(&format!("{cp}/ocr_misread"), "ocr_misread 最多为 3".into());
    }
    Some(RuleBody::Check {
        field: FieldRef { field, part },
        predicate: predicate?,
        when_missing,
        ocr_misread: c.ocr_misread,
    })
}

fn in_table(
    cx: &mut Ctx,
    cp: &str,
    c: &CheckDef,
    field: usize,
    scope: &Scope,
) -> Option<TableMatch> {
    let Some(tid) = &c.table else {
        cx.err(cp, "in_table 需要 `table`".into());
        return None;
    };
    let table = scope.tables.iter().position(|t| t.id == *tid);
    if table.is_none() {
        cx.err(&format!("{cp}/table"), format!("未知的表 `{tid}`"));
    }
    if c.conditions.is_empty() {
        cx.err(cp, "in_table 需要 `where` 条件".into());
    }
    let groups = scope.record_groups(Some(field));
    let mut conditions = Vec::new();
    for (i, w) in c.conditions.iter().enumerate() {
        let wp = format!("{cp}/where/{i}");
        let ops: Vec<(ConditionOp, &String)> = [
            (ConditionOp::Equals, &w.equals),
            (ConditionOp::ContainedIn, &w.contained_in),
            (ConditionOp::Has, &w.has),
        ]
        .into_iter()
        .filter_map(|(op, g)| g.as_ref().map(|g| (op, g)))
        .collect();
        let [(op, group)] = ops.as_slice() else {
            cx.err(
                &wp,
                "条件需要且只能有 equals、contained_in、has 之一".into(),
            );
            continue;
        };
        let valid_group = if groups.is_empty() {
            group.as_str() == "value"
        } else {
            groups.contains(group)
        };
        if !valid_group {
            cx.err(
                &wp,
                format!("字段没有分组 `{group}`（非记录字段用 `value`）"),
            );
        }
        if w.ocr_misread > 0 && *op != ConditionOp::ContainedIn {
            cx.err(&wp, "ocr_misread 只能用于 contained_in 条件".into());
        }
        let columns = match &w.column {
            ColumnsDef::One(c) => vec![c.clone()],
            ColumnsDef::Any(cs) => cs.clone(),
        };
        conditions.push(Condition {
            columns,
            op: *op,
            group: (*group).clone(),
            optional: w.optional,
            ocr_misread: w.ocr_misread,
            ocr_misread_prefix: w
                .ocr_misread_prefix
                .as_ref()
                .and_then(|p| cx.regex(&format!("{wp}/ocr_misread_prefix"), p)),
            ocr_misread_keep: w.ocr_misread_keep.chars().collect(),
        });
    }
    Some(TableMatch {
        table: table?,
        conditions,
    })
}

fn records(
    cx: &mut Ctx,
    p: &str,
    rec: &model::RecordsDef,
    for_each: Option<ForEach>,
    scope: &Scope,
) -> Option<RuleBody> {
    let items = match for_each {
        Some(ForEach::Field(f)) => Some(f),
        _ => {
            cx.err(
                &format!("{p}/for_each"),
                "records 需要 `for_each: { field: … }`".into(),
            );
            None
        }
    };
    let field = scope.field(cx, &format!("{p}/records/field"), &rec.field);
    let (item_groups, record_groups) = (scope.record_groups(items), scope.record_groups(field));
    if field.is_some() && record_groups.is_empty() {
        cx.err(&format!("{p}/records/field"), "records 需要记录字段".into());
    }
    if !record_groups.is_empty() && !record_groups.contains(&rec.distinct) {
        cx.err(
            &format!("{p}/records/distinct"),
            format!("字段没有分组 `{}`", rec.distinct),
        );
    }
    let mut pairs = |key: &str, m: &BTreeMap<String, String>| -> Vec<(String, String)> {
        for (i, g) in m {
            if !item_groups.is_empty() && !item_groups.contains(i) {
                cx.err(
                    &format!("{p}/records/{key}"),
                    format!("for_each 字段没有分组 `{i}`"),
                );
            }
            if !record_groups.is_empty() && !record_groups.contains(g) {
                cx.err(
                    &format!("{p}/records/{key}"),
                    format!("records 字段没有分组 `{g}`"),
                );
            }
        }
        m.iter().map(|(a, b)| (a.clone(), b.clone())).collect()
    };
    let equal = pairs("equal", &rec.equal);
    let overlap = pairs("overlap", &rec.overlap);
    let min = count(cx, &format!("{p}/records/min"), rec.min.as_ref(), scope)?;
    Some(RuleBody::Records {
        items: items?,
        field: field?,
        distinct: rec.distinct.clone(),
        min,
        equal,
        overlap,
    })
}
