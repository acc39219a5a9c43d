//! Rules about documents as such: `signed` (a material that must carry a seal
//! needs a document of its kind in a format that can show one), `mentions`
//! (a document of some kinds must name the applicant), and the finding for a
//! document that could not be read completely.

use super::check::contains_misread;
use super::{Ctx, Evidence, Finding, FindingStatus, broken, finding, unreadable_counts};
use crate::classify::{Certainty, DocFacts};
use crate::extract::{DocKind, Document, PageQuality, Status};
use crate::rules::set::IssuerSeal;
use crate::rules::{Rule, RuleBody, Severity};
use crate::validate::org_name::normalise_org_name;

pub fn evaluate(cx: &Ctx, rule: &Rule) -> Vec<Finding> {
    match &rule.body {
        RuleBody::Signed { kinds, sealable } => kinds
            .iter()
            .map(|&k| signed(cx, rule, k, sealable))
            .collect(),
        RuleBody::Sealed { kinds, issuer_seal } => kinds
            .iter()
            .map(|&k| sealed(cx, rule, k, issuer_seal.as_ref()))
            .collect(),
        RuleBody::Mentions {
            kinds,
            fields,
            ocr_misread,
        } => mentions(cx, rule, kinds, fields, *ocr_misread),
        _ => Vec::new(),
    }
}

fn signed(cx: &Ctx, rule: &Rule, kind: usize, sealable: &[DocKind]) -> Finding {
    let title = cx.rules.kind_title(kind).to_string();
    let docs: Vec<&DocFacts> = cx.facts.with_kind(kind).map(|(d, _)| d).collect();
    let can_show = |d: &DocFacts| {
        cx.docs
            .get(d.doc)
            .is_some_and(|doc| sealable.contains(&doc.kind))
    };
    let mut f = if docs.is_empty() {
        finding(
            rule,
            FindingStatus::NotApplicable,
            format!("未找到{title}"),
            Some(title),
        )
    } else if docs.iter().any(|d| can_show(d)) {
        finding(
            rule,
            FindingStatus::Pass,
            format!("{title}有可显示签章的文件"),
            Some(title),
        )
    } else {
        finding(
            rule,
            broken(rule),
            rule.message.replace("{item}", &title),
            Some(title),
        )
    };
    f.evidence = docs.iter().map(|d| cx.kind_evidence(d, kind)).collect();
    f
}

/// A material that must be stamped: some document of its kind, readable and
/// in a format that shows a seal (a PDF or an image), has a seal on a page of
/// the kind. None found is `review` (seal detection can miss a pale or
/// black-and-white stamp), naming the documents and pages looked at.
/// With `issuer`, a seal printed over its issuer's name (a licence's
/// registration authority) does not count.
fn sealed(cx: &Ctx, rule: &Rule, kind: usize, issuer: Option<&IssuerSeal>) -> Finding {
    let title = cx.rules.kind_title(kind).to_string();
    let docs: Vec<(&DocFacts, &Document, Vec<usize>)> = cx
        .facts
        .with_kind(kind)
        .filter(|(_, c)| *c != Certainty::NameOnly)
        .filter_map(|(d, _)| {
            let doc = cx.docs.get(d.doc)?;
            if !matches!(doc.kind, DocKind::Pdf | DocKind::Image) {
                return None;
            }
            let pages: Vec<usize> = d
                .sections
                .iter()
                .filter(|s| {
                    s.kinds
                        .iter()
                        .any(|(k, c)| *k == kind && *c != Certainty::NameOnly)
                })
                .flat_map(|s| s.first_page..=s.last_page.max(s.first_page))
                .collect();
            Some((d, doc, pages))
        })
        .collect();
    let on_pages =
        |s: &crate::extract::Seal, pages: &[usize]| pages.is_empty() || pages.contains(&s.page);
    let issuers = |s: &crate::extract::Seal| issuer.is_some_and(|i| i.is_issuers(&s.over));
    let seal_on = |doc: &Document, pages: &[usize]| {
        doc.seals
            .iter()
            .find(|s| on_pages(s, pages) && !issuers(s))
            .cloned()
    };
    let found: Vec<(&DocFacts, crate::extract::Seal)> = docs
        .iter()
        .filter_map(|(d, doc, pages)| seal_on(doc, pages).map(|s| (*d, s)))
        .collect();
    let mut f = if docs.is_empty() {
        finding(
            rule,
            FindingStatus::NotApplicable,
            format!("未找到可显示签章的{title}"),
            Some(title.clone()),
        )
    } else if let Some((d, s)) = found.first() {
        let mut f = finding(
            rule,
            FindingStatus::Pass,
            format!("{title}第{}页检测到印章", s.page),
            Some(title.clone()),
        );
        let mut e = cx.kind_evidence(d, kind);
        e.page = Some(s.page);
        e.snippet = format!(
            "印章位置 ({:.0}, {:.0})–({:.0}, {:.0})，{}",
            s.bbox[0],
            s.bbox[1],
            s.bbox[2],
            s.bbox[3],
            match s.source {
                crate::extract::SealSource::Image => "图像中的红色圆章",
                crate::extract::SealSource::Vector => "矢量绘制的红色圆章",
                crate::extract::SealSource::GrayImage =>
                    "黑白或灰度扫描件上的圆形印章（颜色无法核对）",
            }
        );
        f.evidence = vec![e];
        return f;
    } else {
        finding(
            rule,
            broken(rule),
            rule.message.replace("{item}", &title),
            Some(title.clone()),
        )
    };
    for (d, doc, pages) in &docs {
        let issuer_only = doc.seals.iter().find(|s| on_pages(s, pages) && issuers(s));
        f.candidates.push(super::Candidate {
            path: cx.path(d).to_string(),
            reason: if let Some(s) = issuer_only {
                format!(
                    "第{}页只有签发机关的印章（印章下文字：{}），未检测到申报单位公章",
                    s.page, s.over
                )
            } else if pages.is_empty() {
                "未检测到印章".into()
            } else {
                format!(
                    "第{}页未检测到印章",
                    pages
                        .iter()
                        .map(|p| p.to_string())
                        .collect::<Vec<_>>()
                        .join("、")
                )
            },
        });
    }
    f
}

/// The folded text of a document's sections of `kind`; with `ocr_only`,
/// of its pages read by OCR only.
fn text_of(doc: &Document, facts: &DocFacts, kind: usize, ocr_only: bool) -> String {
    let mut out = String::new();
    for s in facts.sections.iter().filter(|s| {
        s.kinds
            .iter()
            .any(|(k, c)| *k == kind && *c != Certainty::NameOnly)
    }) {
        let first = s.first_page.saturating_sub(1);
        for (i, page) in doc
            .pages
            .iter()
            .enumerate()
            .skip(first)
            .take(s.last_page.saturating_sub(s.first_page) + 1)
        {
            let ocr = doc.page_quality.get(i).is_some_and(PageQuality::by_ocr);
            if ocr || !ocr_only {
                out.push_str(&normalise_org_name(page));
            }
        }
    }
    out
}

fn mentions(
    cx: &Ctx,
    rule: &Rule,
    kinds: &[usize],
    fields: &[usize],
    ocr_misread: usize,
) -> Vec<Finding> {
    let mut wanted: Vec<String> = Vec::new();
    for &f in fields {
        for (_, h) in cx.facts.values(f) {
            let v = normalise_org_name(&h.value);
            if v.chars().count() >= 4 && !wanted.contains(&v) {
                wanted.push(v);
            }
        }
    }
    let names: Vec<&str> = fields
        .iter()
        .map(|f| cx.rules.fields[*f].title.as_str())
        .collect();
    let mut out = Vec::new();
    for &kind in kinds {
        let title = cx.rules.kind_title(kind).to_string();
        for (d, c) in cx.facts.with_kind(kind) {
            if c == Certainty::NameOnly {
                continue;
            }
            let Some(doc) = cx.docs.get(d.doc) else {
                continue;
            };
            let item = format!("{title}（{}）", doc.path);
            let mut f = if wanted.is_empty() {
                finding(
                    rule,
                    FindingStatus::NotApplicable,
                    format!("未读到{}，无法核对{title}推荐的对象", names.join("或")),
                    Some(item),
                )
            } else {
                let text = text_of(doc, d, kind, false);
                let exact = wanted.iter().find(|w| text.contains(w.as_str()));
                // On pages read by OCR, a value with a few characters misread.
                let near = || {
                    let ocr = text_of(doc, d, kind, true);
                    wanted
                        .iter()
                        .find(|w| contains_misread(&ocr, w, ocr_misread, None, &[]))
                };
                let near = if exact.is_none() && ocr_misread > 0 {
                    near()
                } else {
                    None
                };
                match (exact, near) {
                    (Some(w), _) => finding(
                        rule,
                        FindingStatus::Pass,
                        format!("{title}提到了 {w}"),
                        Some(item),
                    ),
                    (None, Some(w)) => finding(
                        rule,
                        FindingStatus::Pass,
                        format!("{title}（扫描件OCR）提到了 {w}（允许个别字误读）"),
                        Some(item),
                    ),
                    (None, None) => finding(
                        rule,
                        broken(rule),
                        rule.message.replace("{item}", &item),
                        Some(item),
                    ),
                }
            };
            f.evidence = vec![cx.kind_evidence(d, kind)];
            out.push(f);
        }
    }
    out
}

/// The finding for a document that could not be read completely: `review`
/// when it counts under the rule set's policy (`unmet`: something required is
/// not surely there), a `warning` otherwise.
pub fn unreadable(cx: &Ctx, f: &DocFacts, doc: &Document, unmet: bool) -> Finding {
    // An entry refused by the unpack stage (an unsafe path, a bomb) is
    // hostile or broken input: a person looks whatever else was found.
    let counts = doc.status == Status::Refused || unreadable_counts(cx.rules, unmet);
    let reason = doc
        .reason
        .clone()
        .unwrap_or_else(|| "文件无法完整读取".into());
    let named: Vec<&str> = f
        .kinds()
        .filter(|(_, _, c)| *c == Certainty::NameOnly)
        .map(|(_, k, _)| cx.rules.kind_title(k))
        .collect();
    let mut message = reason;
    if !named.is_empty() {
        message.push_str(&format!("；从文件名看可能是{}", named.join("、")));
    }
    if !counts {
        message.push_str("（所需材料均已在其他文件中找到，不影响结论）");
    }
    Finding {
        rule: "DOC".into(),
        title: "文件无法完整读取".into(),
        status: if counts {
            FindingStatus::Review
        } else {
            FindingStatus::Warning
        },
        severity: if counts {
            Severity::Review
        } else {
            Severity::Warning
        },
        message,
        clause: String::new(),
        item: None,
        evidence: vec![Evidence {
            path: doc.path.clone(),
            page: None,
            snippet: f
                .kinds()
                .map(|(_, k, _)| cx.rules.kind_title(k))
                .collect::<Vec<_>>()
                .join("、"),
        }],
        candidates: Vec::new(),
        self_verified: false,
    }
}

/// A warning for a document whose content and file name's extension
/// disagree: it was read by content, and staff should know.
pub fn misnamed(doc: &Document, note: &str) -> Finding {
    Finding {
        rule: "DOC".into(),
        title: "文件扩展名与内容不符".into(),
        status: FindingStatus::Warning,
        severity: Severity::Warning,
        message: note.to_string(),
        clause: String::new(),
        item: None,
        evidence: vec![Evidence {
            path: doc.path.clone(),
            page: None,
            snippet: String::new(),
        }],
        candidates: Vec::new(),
        self_verified: false,
    }
}

/// A warning for text nobody can see on the printed page: it was left out
/// of every rule's matching, and staff should know an applicant may have
/// tried to slip keywords past a screen.
pub fn hidden_text(doc: &Document) -> Option<Finding> {
    // Latin-only hidden text (TCPDF's invisible "Powered by TCPDF", a
    // line's tail past the margin) cannot carry a Chinese keyword: it is
    // still left out of matching, but staff are not told about it.
    if doc.hidden.iter().map(|h| h.han).sum::<usize>() < 2 {
        return None;
    }
    let first = doc.hidden.iter().find(|h| h.han > 0)?;
    let total: usize = doc.hidden.iter().map(|h| h.chars).sum();
    let mut ways: Vec<String> = Vec::new();
    for h in &doc.hidden {
        let way = format!("第{}页 {} 个字符{}", h.page, h.chars, h.how.label());
        if ways.len() < 5 {
            ways.push(way);
        }
    }
    if doc.hidden.len() > ways.len() {
        ways.push(format!("等 {} 处", doc.hidden.len()));
    }
    Some(Finding {
        rule: "DOC".into(),
        title: "文件含隐藏文字".into(),
        status: FindingStatus::Warning,
        severity: Severity::Warning,
        message: format!(
            "共 {total} 个字符在打印页面上看不见（{}），未参与任何核对，请人工查看是否有意隐藏",
            ways.join("；")
        ),
        clause: String::new(),
        item: None,
        evidence: vec![Evidence {
            path: doc.path.clone(),
            page: Some(first.page),
            snippet: first.sample.clone(),
        }],
        candidates: Vec::new(),
        self_verified: false,
    })
}
