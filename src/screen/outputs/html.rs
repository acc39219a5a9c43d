//! The HTML reports: `html/index.html` (every package, sortable and
//! filterable) and one page per package (its findings by verdict with their
//! evidence, its documents and the kinds found in them). Offline and
//! self-contained: inline CSS, one inline script whose hash the page's
//! Content-Security-Policy names, so no other script can run — on top of
//! escaping every text that comes from a document or a file name.

use std::fmt::Write as _;

use base64::Engine;
use sha2::{Digest, Sha256};

use super::{Row, cells, headers, status_text, verdict_text};
use crate::evaluate::{Finding, FindingStatus, Verdict};
use crate::report::{Report, doc_status_text};

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A snippet with its match (between the first 【 and the next 】) marked.
fn snippet(s: &str) -> String {
    match s
        .split_once('【')
        .and_then(|(a, rest)| rest.split_once('】').map(|(m, b)| (a, m, b)))
    {
        Some((a, m, b)) => format!("{}<mark>{}</mark>{}", esc(a), esc(m), esc(b)),
        None => esc(s),
    }
}

const STYLE: &str = "body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:1.5em;color:#222}\
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}table{border-collapse:collapse;width:100%}\
th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top;font-size:.92em}\
th{background:#dde4ee;cursor:pointer}.pass{background:#c6efce}.review{background:#ffeb9c}.fail{background:#ffc7ce}\
.finding{border-left:4px solid #999;padding:.3em .8em;margin:.6em 0}.finding.fail{border-color:#c00;background:#fff5f5}\
.finding.review,.finding.warning{border-color:#d90;background:#fffbea}.finding.pass,.finding.not_applicable{border-color:#3a3;background:#f7fff7}\
.ev{color:#444;font-size:.9em;margin-left:1em}mark{background:#ffe066}.muted{color:#777}\
.controls{margin:.8em 0}.controls input{width:20em;padding:3px}";

const SCRIPT: &str = "(function(){document.documentElement.setAttribute('data-ready','1');\
var t=document.getElementById('packages');if(!t)return;\
var q=document.getElementById('q'),v=document.getElementById('v');\
function f(){var s=q.value.toLowerCase(),w=v.value;for(var i=0;i<t.tBodies[0].rows.length;i++){\
var r=t.tBodies[0].rows[i];var ok=(!s||r.textContent.toLowerCase().indexOf(s)>=0)&&(!w||r.getAttribute('data-verdict')===w);r.hidden=!ok;}}\
q.addEventListener('input',f);v.addEventListener('change',f);\
var hs=t.tHead.rows[0].cells;for(var k=0;k<hs.length;k++){(function(i,th){th.addEventListener('click',function(){\
var rows=Array.prototype.slice.call(t.tBodies[0].rows);var d=th.getAttribute('data-dir')==='asc'?-1:1;th.setAttribute('data-dir',d>0?'asc':'desc');\
rows.sort(function(a,b){var x=a.cells[i].textContent,y=b.cells[i].textContent,nx=parseFloat(x),ny=parseFloat(y);\
if(!isNaN(nx)&&!isNaN(ny))return(nx-ny)*d;return x.localeCompare(y,'zh')*d;});\
rows.forEach(function(r){t.tBodies[0].appendChild(r);});});})(k,hs[k]);}})();";

fn script_hash() -> String {
    let digest = Sha256::digest(SCRIPT.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(digest)
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{}'; img-src data:; base-uri 'none'; form-action 'none'\">\
<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{}</title><style>{STYLE}</style></head>\n<body>\n{body}\n<script>{SCRIPT}</script>\n</body></html>\n",
        script_hash(),
        esc(title)
    )
}

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Pass => "pass",
        Verdict::Review => "review",
        Verdict::Fail => "fail",
    }
}

/// The index of a run: counts per verdict and every package's row.
pub fn index(title: &str, rows: &[Row]) -> String {
    let count = |v: Verdict| rows.iter().filter(|r| r.verdict == v).count();
    let mut b = String::new();
    let _ = writeln!(b, "<h1>{}</h1>", esc(title));
    let _ = writeln!(
        b,
        "<p>共 {} 个申报包：<span class=\"pass\">通过 {}</span>　<span class=\"review\">需人工复核 {}</span>　<span class=\"fail\">不通过 {}</span></p>",
        rows.len(),
        count(Verdict::Pass),
        count(Verdict::Review),
        count(Verdict::Fail)
    );
    let _ = writeln!(
        b,
        "<div class=\"controls\">筛选：<input id=\"q\" type=\"search\" placeholder=\"单位名称、代码、原因…\"> 结论：<select id=\"v\"><option value=\"\">全部</option><option value=\"fail\">不通过</option><option value=\"review\">需人工复核</option><option value=\"pass\">通过</option></select> <span class=\"muted\">点击表头排序</span></div>"
    );
    let _ = writeln!(b, "<table id=\"packages\"><thead><tr>");
    let h = headers(rows);
    let page_col = h.len().saturating_sub(1);
    let verdict_col = h.iter().position(|x| x == "结论");
    for (i, x) in h.iter().enumerate() {
        if i != page_col {
            let _ = write!(b, "<th>{}</th>", esc(x));
        }
    }
    let _ = writeln!(b, "</tr></thead><tbody>");
    for row in rows {
        let class = verdict_class(row.verdict);
        let _ = write!(b, "<tr data-verdict=\"{class}\">");
        let c = cells(row);
        for (i, cell) in c.iter().enumerate() {
            if i == page_col {
                continue;
            }
            if i == 0 {
                let _ = write!(
                    b,
                    "<td><a href=\"{}\">{}</a></td>",
                    esc(row.page.strip_prefix("html/").unwrap_or(&row.page)),
                    esc(cell)
                );
            } else if Some(i) == verdict_col {
                let _ = write!(b, "<td class=\"{class}\">{}</td>", esc(cell));
            } else {
                let _ = write!(b, "<td>{}</td>", esc(cell));
            }
        }
        let _ = writeln!(b, "</tr>");
    }
    let _ = writeln!(b, "</tbody></table>");
    page(title, &b)
}

fn finding_html(b: &mut String, f: &Finding) {
    let class = serde_json::to_value(f.status)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let item = f
        .item
        .as_deref()
        .map(|i| format!("（{}）", esc(i)))
        .unwrap_or_default();
    let clause = if f.clause.is_empty() {
        String::new()
    } else {
        format!(" <span class=\"muted\">依据：{}</span>", esc(&f.clause))
    };
    let _ = write!(
        b,
        "<div class=\"finding {class}\"><b>[{}] {} {}</b>{item}：{}{clause}",
        status_text(f.status),
        esc(&f.rule),
        esc(&f.title),
        esc(&f.message)
    );
    for e in &f.evidence {
        let page = e.page.map(|p| format!(" 第{p}页")).unwrap_or_default();
        let _ = write!(
            b,
            "<div class=\"ev\">证据：{}{page}　{}</div>",
            esc(&e.path),
            snippet(&e.snippet)
        );
    }
    for c in &f.candidates {
        if c.path.is_empty() {
            let _ = write!(b, "<div class=\"ev\">候选：{}</div>", esc(&c.reason));
        } else {
            let _ = write!(
                b,
                "<div class=\"ev\">候选：{} —— {}</div>",
                esc(&c.path),
                esc(&c.reason)
            );
        }
    }
    let _ = writeln!(b, "</div>");
}

/// One package's page.
pub fn package(report: &Report) -> String {
    let mut b = String::new();
    let class = verdict_class(report.verdict);
    let _ = writeln!(b, "<p><a href=\"index.html\">← 全部申报包</a></p>");
    let _ = writeln!(
        b,
        "<h1><span class=\"{class}\">【{}】</span> {}</h1>",
        verdict_text(report.verdict),
        esc(&report.package)
    );
    for f in &report.facts {
        let _ = writeln!(
            b,
            "<div>{}：{}</div>",
            esc(&f.title),
            esc(f.value.as_deref().unwrap_or("（未读到）"))
        );
    }
    if let Some(l) = &report.listing {
        for r in &l.rows {
            let _ = writeln!(b, "<div>{}：{}</div>", esc(&l.title), esc(&r.shown));
        }
    }
    let _ = writeln!(
        b,
        "<div class=\"muted\">规则集：{}（{}）</div>",
        esc(&report.ruleset.title),
        esc(&report.ruleset.id)
    );
    for (status, heading, open) in [
        (FindingStatus::Fail, "不符合", true),
        (FindingStatus::Review, "需人工复核", true),
        (FindingStatus::Warning, "提示", true),
        (FindingStatus::Pass, "符合", false),
        (FindingStatus::NotApplicable, "不适用", false),
    ] {
        let fs: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.status == status)
            .collect();
        if fs.is_empty() {
            continue;
        }
        let _ = writeln!(
            b,
            "<details{}><summary><h2 style=\"display:inline\">{heading}（{}）</h2></summary>",
            if open { " open" } else { "" },
            fs.len()
        );
        for f in fs {
            finding_html(&mut b, f);
        }
        let _ = writeln!(b, "</details>");
    }
    let _ = writeln!(
        b,
        "<h2>文件（{}）</h2><table><thead><tr><th>文件</th><th>状态</th><th>页数</th><th>识别为</th></tr></thead><tbody>",
        report.documents.len()
    );
    for d in &report.documents {
        let kinds: Vec<String> = d
            .kinds
            .iter()
            .map(|k| {
                let pages = if k.first_page == k.last_page {
                    format!("第{}页", k.first_page)
                } else {
                    format!("第{}-{}页", k.first_page, k.last_page)
                };
                let how = match k.certainty {
                    crate::classify::Certainty::Sure => "",
                    crate::classify::Certainty::Close => "（难以区分）",
                    crate::classify::Certainty::NameOnly => "（仅凭文件名）",
                    crate::classify::Certainty::LowOcr => "（OCR 置信度低）",
                };
                format!(
                    "{}{how}（{pages}）<div class=\"ev\">依据：{}</div>",
                    esc(&k.title),
                    snippet(&k.because)
                )
            })
            .collect();
        let _ = writeln!(
            b,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&d.path),
            doc_status_text(d.status),
            d.pages,
            if kinds.is_empty() {
                "<span class=\"muted\">未识别</span>".to_string()
            } else {
                kinds.join("")
            }
        );
    }
    let _ = writeln!(b, "</tbody></table>");
    if report.documents_omitted > 0 {
        let _ = writeln!(
            b,
            "<p class=\"muted\">另有 {} 个被拒绝的文件未逐一列出（原因见上方问题）。</p>",
            report.documents_omitted
        );
    }
    page(&report.package, &b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_the_match_marked() {
        assert_eq!(
            esc("<script>\"x\"&'"),
            "&lt;script&gt;&quot;x&quot;&amp;&#39;"
        );
        assert_eq!(snippet("a<b【c>】d"), "a&lt;b<mark>c&gt;</mark>d");
    }
}
