//! prescreen pre-screens application packages submitted under notice
//! 沪人社职〔2024〕447号: it unpacks each package, extracts the text of every
//! document, (later) classifies documents and evaluates declarative rules, and
//! reports a verdict with evidence. One module per pipeline stage; see
//! ARCHITECTURE.md for the map.

pub mod classify;
pub mod evaluate;
pub mod extract;
pub mod normalize;
pub mod pipeline;
pub mod report;
pub mod rules;
pub mod unpack;
pub mod validate;
