//! `kinds`: document kinds and the weighted evidence that recognises them.

use super::params::Settings;
use super::{Parsed, each_file};
use crate::rules::Diagnostic;
use crate::rules::model::Place;
use crate::rules::set::{Evidence, Kind};

pub fn compile(files: &[Parsed], settings: &Settings, diags: &mut Vec<Diagnostic>) -> Vec<Kind> {
    let w = settings.weights;
    let mut kinds: Vec<Kind> = Vec::new();
    each_file(files, diags, |cx, file| {
        for (i, k) in file.kinds.iter().enumerate() {
            let p = format!("/kinds/{i}");
            if kinds.iter().any(|o| o.id == k.id) {
                cx.err(&format!("{p}/id"), format!("材料类型 id `{}` 重复", k.id));
            }
            let e = &k.evidence;
            let mut evidence = Vec::new();
            for (place, defs, weight, key) in [
                (Place::Title, &e.title, w.title, "title"),
                (Place::Issuer, &e.issuer, w.issuer, "issuer"),
                (Place::Body, &e.body, w.body, "body"),
                (Place::FileName, &e.file_name, w.file_name, "file_name"),
            ] {
                for pattern in cx.patterns(&format!("{p}/evidence/{key}"), defs, weight) {
                    evidence.push(Evidence { place, pattern });
                }
            }
            let min_score = k.min_score.unwrap_or(settings.classification.min_score);
            let content_max: f64 = evidence
                .iter()
                .filter(|e| e.place != Place::FileName && e.pattern.weight > 0.0)
                .map(|e| e.pattern.weight)
                .sum();
            if content_max < min_score {
                cx.err(
                    &format!("{p}/evidence"),
                    format!(
                        "正文证据的权重之和 {content_max} 低于 min_score {min_score}：这类材料永远无法凭内容识别"
                    ),
                );
            }
            kinds.push(Kind {
                id: k.id.clone(),
                title: k.title.clone(),
                evidence,
                min_score,
                holds: Vec::new(),
                origin: cx.origin(&p),
            });
        }
    });
    // `holds` may name a kind of a later file.
    each_file(files, diags, |cx, file| {
        for (i, k) in file.kinds.iter().enumerate() {
            let mut holds = Vec::new();
            for (j, h) in k.holds.iter().enumerate() {
                match kinds.iter().position(|o| o.id == *h) {
                    Some(x) => holds.push(x),
                    None => cx.err(
                        &format!("/kinds/{i}/holds/{j}"),
                        format!("未定义的材料类型 `{h}`"),
                    ),
                }
            }
            if let Some(own) = kinds.iter_mut().find(|o| o.id == k.id) {
                own.holds = holds;
            }
        }
    });
    kinds
}
