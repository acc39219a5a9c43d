//! Rule-file loading: any text as one rule file next to the embedded ones
//! (replacing the file it names), compiled and checked; errors are fine,
//! panics are not.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut files = prescreen::rules::embedded_texts();
    if let Some(f) = files.iter_mut().find(|(name, _)| name.ends_with("catalogue.yaml")) {
        f.1 = text.to_string();
    }
    let _ = prescreen::rules::load_texts(files);
});
