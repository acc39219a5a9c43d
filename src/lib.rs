//! prescreen pre-screens application packages submitted under notice
//! 沪人社职〔2024〕447号: it unpacks each package (`unpack`), extracts the text
//! of every document (`extract`), classifies the documents (`classify`),
//! evaluates the declarative rules of `rules/` (`rules`, `evaluate`) and
//! reports a verdict with evidence (`report`); `pipeline` chains the stages.
//! One module per stage; see ARCHITECTURE.md for the map.

pub mod cache;
pub mod cases;
pub mod classify;
pub mod encoding;
pub mod evaluate;
pub mod explain;
pub mod extract;
pub mod normalize;
pub mod pipeline;
pub mod report;
pub mod rules;
pub mod screen;
pub mod unpack;
pub mod validate;
