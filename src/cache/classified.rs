//! Classification results in the cache, so that re-screening after a rule
//! edit does not classify again when the edit leaves classification alone
//! (a parameter, a rule's severity or message, a new check).
//!
//! One entry per package: its documents' [`DocFacts`], under a key made of
//! the rule set's classifier fingerprint ([`RuleSet::classifier_fingerprint`]:
//! the classify code, kinds, fields, vocabularies and classification
//! settings) and everything classification reads of each document (path,
//! format, status, content hash, page texts, page quality). Indices into the
//! rule set, which the stored form leaves out, are restored from ids; an
//! entry that does not fit is classified again.

use sha2::{Digest, Sha256};

use super::Cache;
use crate::classify::{self, Classified, DocFacts};
use crate::extract::Document;
use crate::rules::RuleSet;

/// The key of a package's classification.
fn key(rules: &RuleSet, docs: &[Document]) -> String {
    let mut h = Sha256::new();
    h.update(b"classified|");
    h.update(rules.classifier_fingerprint().as_bytes());
    for d in docs {
        h.update(
            format!(
                "\n{}\0{:?}|{:?}|{:?}|{}|{}|{:?}",
                d.path,
                d.kind,
                d.status,
                d.reason,
                d.sha256,
                d.pages.len(),
                d.page_quality
            )
            .as_bytes(),
        );
        for p in &d.pages {
            h.update((p.len() as u64).to_le_bytes());
            h.update(p.as_bytes());
        }
    }
    crate::extract::hex(&h.finalize())
}

/// `classify::classify` through the cache.
pub fn classify(rules: &RuleSet, docs: &[Document], cache: Option<&Cache>) -> Classified {
    let Some(cache) = cache else {
        return classify::classify(rules, docs);
    };
    let key = key(rules, docs);
    if let Some(found) = cache
        .read_entry(&key)
        .and_then(|bytes| super::decode::<Vec<DocFacts>>(&bytes))
        .and_then(|facts| restore(rules, docs, facts))
    {
        return found;
    }
    let classified = classify::classify(rules, docs);
    if let Some(bytes) = super::encode(&classified.docs) {
        cache.write_entry(&key, &bytes);
    }
    classified
}

/// Puts back what the stored form leaves out: document, kind and field
/// indices. `None` when an id is no longer in the set.
fn restore(rules: &RuleSet, docs: &[Document], mut facts: Vec<DocFacts>) -> Option<Classified> {
    if facts.len() != docs.len() {
        return None;
    }
    for (i, f) in facts.iter_mut().enumerate() {
        f.doc = i;
        for s in &mut f.sections {
            for score in &mut s.scores {
                score.kind = rules.kind(&score.kind_id)?;
            }
        }
        for hit in &mut f.fields {
            hit.field = rules.field(&hit.field_id)?;
        }
    }
    Some(Classified { docs: facts })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::DEFAULT_MAX_BYTES;
    use crate::extract::{DocKind, Status};

    fn text_doc(path: &str, pages: &[&str]) -> Document {
        Document {
            path: path.into(),
            kind: DocKind::Text,
            status: Status::Ok,
            reason: None,
            detail: None,
            note: None,
            sha256: crate::extract::sha256_hex(pages.concat().as_bytes()),
            size: 0,
            pages: pages.iter().map(|p| p.to_string()).collect(),
            page_quality: Vec::new(),
            seals: Vec::new(),
            hidden: Vec::new(),
            millis: 0,
        }
    }

    #[test]
    fn a_cached_classification_equals_a_fresh_one_and_follows_the_rules() {
        let dir = std::env::temp_dir().join(format!("prescreen-classified-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let cache = Cache::open(&dir, DEFAULT_MAX_BYTES).expect("cache");
        let rules = crate::rules::embedded().expect("rules");
        let docs = vec![
            text_doc(
                "申请表.txt",
                &[
                    "社会培训评价组织申请表\n单位名称：上海某某科技有限公司\n统一社会信用代码：91310115MA1K4LXXXX\n职业（工种）：养老护理员 等级：五级、四级",
                ],
            ),
            text_doc("承诺书.txt", &["承诺书\n本单位承诺所提交的材料真实有效。"]),
        ];
        // What reports show (the serialised form) and the indices the
        // evaluation uses are the same; positions inside the text, which
        // nothing after classification reads, are not stored.
        let same = |a: &Classified, b: &Classified| {
            serde_json::to_value(a).ok() == serde_json::to_value(b).ok()
                && a.docs.iter().zip(&b.docs).all(|(x, y)| {
                    x.doc == y.doc
                        && x.kinds().eq(y.kinds())
                        && x.fields
                            .iter()
                            .map(|h| h.field)
                            .eq(y.fields.iter().map(|h| h.field))
                        && x.sections.iter().zip(&y.sections).all(|(s, t)| {
                            s.scores
                                .iter()
                                .map(|k| k.kind)
                                .eq(t.scores.iter().map(|k| k.kind))
                        })
                })
        };
        let fresh = classify::classify(&rules, &docs);
        let first = classify(&rules, &docs, Some(&cache));
        let again = classify(&rules, &docs, Some(&cache));
        assert_eq!(first, fresh);
        assert!(same(&again, &fresh));
        assert!(!again.docs[0].fields.is_empty());
        // Something classification reads changes: the key changes.
        let mut renamed = docs.clone();
        renamed[1].path = "其他.txt".into();
        assert_ne!(key(&rules, &docs), key(&rules, &renamed));
        // A parameter is not something classification reads; a kind is.
        let mut edited = rules.clone();
        edited.classifier_fp = Default::default();
        edited.params.clear();
        assert_eq!(key(&rules, &docs), key(&edited, &docs));
        edited.kinds[0].min_score += 1.0;
        edited.classifier_fp = Default::default();
        assert_ne!(key(&rules, &docs), key(&edited, &docs));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
