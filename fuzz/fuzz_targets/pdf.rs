//! PDF extraction: any bytes through the PDF reader (text, images of pages
//! without text, seals), without the guarded thread, so a panic is a finding.
#![no_main]
use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;
use prescreen::extract::pdf::{PdfLimits, extract};

fuzz_target!(|data: &[u8]| {
    let limits = PdfLimits {
        deadline: Instant::now() + Duration::from_secs(5),
        max_stream_bytes: 16 << 20,
        max_pages: 50,
        max_glyphs_per_page: 100_000,
        scan_pages: 2,
        for_ocr: true,
    };
    let _ = extract(data, &limits);
});
