//! Archive reading: any bytes as a package named .zip, unpacked within the
//! default limits, then every entry's document kind detected.
#![no_main]
use libfuzzer_sys::fuzz_target;
use prescreen::unpack::{Limits, unpack_bytes};

fuzz_target!(|data: &[u8]| {
    let package = unpack_bytes("fuzz.zip", data, &Limits::default());
    for entry in &package.entries {
        if let Ok(bytes) = &entry.content {
            let _ = prescreen::extract::detect_kind(&entry.path, bytes);
        }
    }
});
