//! Credit codes read from OCR text are checked against the package: a read
//! whose check characters fail, on a page read by OCR (ours, or a scan's own
//! invisible OCR layer), that differs in at most two characters from exactly
//! one code read elsewhere in the package that passes them, is that code
//! misread (3 for 8, L for 1, a speck read as a letter that pushes the rest
//! along: at most two edits, Levenshtein). It takes that code as its repair; the snippet
//! still shows what was read. A code typed wrong in a text document is not
//! repaired: it is the applicant's, and a person looks.

use std::collections::BTreeSet;

use super::{Classified, FieldHit};
use crate::extract::{Document, PageQuality};
use crate::validate::credit_code::{self, CreditCodeCheck};

/// Most edits (substitutions, insertions, deletions) an OCR read may be
/// from the code it is taken for.
const MAX_DIFFERENT: usize = 2;

/// Repairs failing OCR reads of credit codes by agreement (module comment).
pub fn agree_codes(facts: &mut Classified, docs: &[Document]) {
    let valid: BTreeSet<String> = facts
        .docs
        .iter()
        .flat_map(|d| d.fields.iter())
        .filter_map(|h| h.check.as_ref())
        .filter(|c| c.is_valid())
        .map(|c| c.code.clone())
        .collect();
    if valid.is_empty() {
        return;
    }
    for d in &mut facts.docs {
        let Some(doc) = docs.get(d.doc) else {
            continue;
        };
        for h in &mut d.fields {
            let on_ocr = doc
                .page_quality
                .get(h.page.saturating_sub(1))
                .is_some_and(PageQuality::by_ocr);
            if on_ocr {
                repair(h, &valid);
            }
        }
    }
}

fn repair(h: &mut FieldHit, valid: &BTreeSet<String>) {
    let Some(read) = h.check.as_ref().filter(|c| c.valid_code().is_none()) else {
        return;
    };
    let near: Vec<&String> = valid
        .iter()
        .filter(|v| strsim::levenshtein(v, &read.code) <= MAX_DIFFERENT)
        .collect();
    let [code] = near.as_slice() else {
        return;
    };
    let fixed = credit_code::check(code);
    h.value = (*code).clone();
    for (part, value) in [
        ("authority", fixed.authority.map(|a| a.to_string())),
        ("category", fixed.category.clone()),
        ("division", fixed.division.clone()),
    ] {
        match value {
            Some(v) => h.parts.insert(part.into(), v),
            None => h.parts.remove(part),
        };
    }
    h.check = Some(CreditCodeCheck {
        input: read.input.clone(),
        code: read.code.clone(),
        well_formed: read.well_formed,
        mod31_ok: read.mod31_ok,
        org_check_ok: read.org_check_ok,
        repaired: Some((*code).clone()),
        ..fixed
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::DocFacts;
    use crate::extract::quality::PageQuality;

    fn hit(code: &str) -> FieldHit {
        let check = credit_code::check(code);
        FieldHit {
            field: 0,
            field_id: "credit_code".into(),
            section: 0,
            page: 1,
            raw: code.into(),
            value: check.valid_code().unwrap_or(&check.code).to_string(),
            parts: Default::default(),
            snippet: String::new(),
            check: Some(check),
            inherited: Vec::new(),
        }
    }

    fn doc(path: &str, ocr: bool) -> Document {
        let text = "统一社会信用代码";
        Document {
            path: path.into(),
            kind: crate::extract::DocKind::Pdf,
            status: crate::extract::Status::Ok,
            reason: None,
            detail: None,
            note: None,
            sha256: String::new(),
            size: 0,
            pages: vec![text.into()],
            page_quality: vec![PageQuality {
                ocr: ocr.then_some(90.0),
                ..crate::extract::quality::assess(text, 0, 0.0, 0)
            }],
            seals: Vec::new(),
            hidden: Vec::new(),
            millis: 0,
        }
    }

    fn facts(reads: &[&str]) -> Classified {
        Classified {
            docs: reads
                .iter()
                .enumerate()
                .map(|(i, c)| DocFacts {
                    doc: i,
                    sections: Vec::new(),
                    fields: vec![hit(c)],
                    readable: true,
                    unreadable: false,
                    ocr: None,
                })
                .collect(),
        }
    }

    #[test]
    fn an_ocr_misread_takes_the_code_the_package_agrees_on() {
        // 91310115MA1FL0A00C is valid; 3 for 8 is an OCR misread.
        let mut f = facts(&["91310115MA1FL0A00C", "91310115MA1FL0A00G"]);
        let docs = [doc("申请表.pdf", false), doc("scan.pdf", true)];
        agree_codes(&mut f, &docs);
        let h = &f.docs[1].fields[0];
        assert_eq!(h.value, "91310115MA1FL0A00C");
        assert!(h.check.as_ref().is_some_and(|c| c.valid_code().is_some()));
    }

    #[test]
    fn a_typo_in_a_text_document_is_not_repaired() {
        let mut f = facts(&["91310115MA1FL0A00C", "91310115MA1FL0A00G"]);
        let docs = [doc("申请表.pdf", false), doc("营业执照.pdf", false)];
        agree_codes(&mut f, &docs);
        assert_eq!(f.docs[1].fields[0].value, "91310115MA1FL0A00G");
    }

    #[test]
    fn a_read_far_from_every_valid_code_is_not_repaired() {
        let mut f = facts(&["91310115MA1FL0A00C", "91310000ABCDEFGH9X"]);
        let docs = [doc("申请表.pdf", false), doc("scan.pdf", true)];
        agree_codes(&mut f, &docs);
        assert_eq!(f.docs[1].fields[0].value, "91310000ABCDEFGH9X");
    }
}
