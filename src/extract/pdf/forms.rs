//! Filled-in form fields whose value has no appearance to draw: a field's
//! `/V` is its text when the widget has no appearance stream, or when the
//! form says its appearances are stale (`/NeedAppearances true`, as form
//! fillers that only set values write it). Otherwise the appearance stream
//! is what a viewer shows, and the interpreter reads that.

use lopdf::{Dictionary, Document, Object};

use super::fonts::resolve;
use super::inherited;
use super::interp::decode_text_string;

/// Field value text to place on the page, in the widget's rectangle.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldText {
    /// The widget's `/Rect`, normalised (default user space).
    pub rect: [f64; 4],
    pub text: String,
}

/// Most characters taken from one field value.
const MAX_CHARS: usize = 4000;

/// The document's form asks viewers to build appearances from the values.
pub fn need_appearances(doc: &Document) -> bool {
    let Ok(catalog) = doc.catalog() else {
        return false;
    };
    catalog
        .get(b"AcroForm")
        .ok()
        .and_then(|f| resolve(doc, f))
        .and_then(|f| f.as_dict().ok())
        .and_then(|f| f.get(b"NeedAppearances").ok())
        .and_then(|v| resolve(doc, v))
        .and_then(|v| v.as_bool().ok())
        .unwrap_or(false)
}

/// Whether the widget has a normal appearance stream to draw.
fn has_appearance(doc: &Document, widget: &Dictionary) -> bool {
    widget
        .get(b"AP")
        .ok()
        .and_then(|ap| resolve(doc, ap))
        .and_then(|ap| ap.as_dict().ok())
        .and_then(|ap| ap.get(b"N").ok())
        .and_then(|n| resolve(doc, n))
        .is_some_and(|n| matches!(n, Object::Stream(_) | Object::Dictionary(_)))
}

/// The text a text or choice field shows from its value, when its
/// appearance cannot be trusted to show it; `None` to draw the appearance
/// (or nothing) as usual.
pub fn field_text(
    doc: &Document,
    widget: &Dictionary,
    need_appearances: bool,
) -> Option<FieldText> {
    let is_widget = widget
        .get(b"Subtype")
        .ok()
        .and_then(|s| s.as_name().ok())
        .is_some_and(|s| s == b"Widget");
    if !is_widget || (has_appearance(doc, widget) && !need_appearances) {
        return None;
    }
    let kind = inherited(doc, widget, b"FT")?.as_name().ok()?;
    if kind != b"Tx" && kind != b"Ch" {
        return None;
    }
    // A password field never shows its value (field flag 14).
    let flags = inherited(doc, widget, b"Ff")
        .and_then(|f| f.as_i64().ok())
        .unwrap_or(0);
    if kind == b"Tx" && flags & (1 << 13) != 0 {
        return None;
    }
    let text = match inherited(doc, widget, b"V")? {
        Object::String(s, _) => decode_text_string(s),
        // A multiple-choice list: its selected options.
        Object::Array(items) => items
            .iter()
            .filter_map(|i| match resolve(doc, i)? {
                Object::String(s, _) => Some(decode_text_string(s)),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("、"),
        _ => return None,
    };
    let text: String = text.chars().take(MAX_CHARS).collect();
    if text.trim().is_empty() {
        return None;
    }
    let r: Vec<f64> = widget
        .get(b"Rect")
        .ok()
        .and_then(|r| resolve(doc, r))
        .and_then(|r| r.as_array().ok())?
        .iter()
        .filter_map(|o| resolve(doc, o)?.as_float().ok().map(f64::from))
        .collect();
    let [x0, y0, x1, y1] = <[f64; 4]>::try_from(r.as_slice()).ok()?;
    let rect = [x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1)];
    rect.iter()
        .all(|v| v.is_finite())
        .then_some(FieldText { rect, text })
}
