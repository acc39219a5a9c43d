//! Page and image pixels for OCR and seal detection: a `Raster` (gray or
//! RGB, 8 bits a sample), decoded from image files or assembled from a PDF
//! page's images, and the two views OCR and seal detection need — gray with
//! the red dropped, and a mask of seal-red pixels.

/// Most pixels decoded for one image or page (a 600 dpi A4 page is 35 Mpx).
pub const MAX_PIXELS: u64 = 40_000_000;

/// Pixels, row by row from the top, `channels` samples each (1 gray, 3 RGB).
#[derive(Debug, Clone, PartialEq)]
pub struct Raster {
    pub width: u32,
    pub height: u32,
    pub channels: u8,
    pub data: Vec<u8>,
}

impl Raster {
    /// A white raster.
    pub fn white(width: u32, height: u32, channels: u8) -> Raster {
        let n = width as usize * height as usize * channels as usize;
        Raster {
            width,
            height,
            channels,
            data: vec![255; n],
        }
    }

    /// The RGB of pixel (x, y); gray repeated for gray rasters.
    pub fn rgb(&self, x: u32, y: u32) -> [u8; 3] {
        let c = self.channels as usize;
        let i = (y as usize * self.width as usize + x as usize) * c;
        match self.data.get(i..i + c) {
            Some([g]) => [*g; 3],
            Some([r, g, b]) => [*r, *g, *b],
            _ => [255; 3],
        }
    }

    /// Gray levels with the seal-red pixels inside `boxes` (pixel boxes
    /// `[x0, y0, x1, y1)`, the seals found) turned white: colour dropout
    /// where a stamp lies over text, while red elsewhere (a 红头 letterhead, a
    /// red title) stays as dark gray text. Returns the pixels and how many
    /// were dropped.
    pub fn gray_without_seals(&self, boxes: &[[usize; 4]]) -> (Vec<u8>, usize) {
        if self.channels == 1 {
            return (self.data.clone(), 0);
        }
        let w = self.width as usize;
        let mut dropped = 0;
        let gray = self
            .data
            .chunks_exact(self.channels as usize)
            .enumerate()
            .map(|(i, p)| {
                let (r, g, b) = (p[0], p[1], p[2]);
                let (x, y) = (i % w, i / w);
                let in_seal = || {
                    boxes
                        .iter()
                        .any(|&[x0, y0, x1, y1]| x >= x0 && x < x1 && y >= y0 && y < y1)
                };
                if is_seal_red(r, g, b) && in_seal() {
                    dropped += 1;
                    255
                } else {
                    luma(r, g, b)
                }
            })
            .collect();
        (gray, dropped)
    }

    /// Seal-red pixels, row by row (empty for gray rasters).
    pub fn red_mask(&self) -> Vec<bool> {
        if self.channels < 3 {
            return Vec::new();
        }
        self.data
            .chunks_exact(self.channels as usize)
            .map(|p| is_seal_red(p[0], p[1], p[2]))
            .collect()
    }
}

/// Red as stamp ink is red, also where it lies over black text (dark red)
/// or is pale (a light stamp): red clearly above green and blue.
pub fn is_seal_red(r: u8, g: u8, b: u8) -> bool {
    let (r, g, b) = (r as i32, g as i32, b as i32);
    r >= 110 && r - g >= 60 && r - b >= 50
}

pub fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((299 * r as u32 + 587 * g as u32 + 114 * b as u32) / 1000) as u8
}

/// An uncompressed gray TIFF: what Tesseract reads from its input.
/// Not PGM: Leptonica reads a PGM a byte at a time through `fread`, which
/// costs a fifth of a page's OCR time; it reads a TIFF's strip at once
/// (same words, same boxes). `None` only when the encoder refuses the size.
pub fn tiff(width: u32, height: u32, gray: &[u8]) -> Option<Vec<u8>> {
    use image::ImageEncoder;
    let mut out = std::io::Cursor::new(Vec::with_capacity(gray.len() + 256));
    image::codecs::tiff::TiffEncoder::new(&mut out)
        .write_image(gray, width, height, image::ExtendedColorType::L8)
        .ok()?;
    Some(out.into_inner())
}

/// Decodes an image file (JPEG, PNG, TIFF): the first frame, as gray or RGB.
pub fn from_image_file(bytes: &[u8]) -> Result<Raster, String> {
    let format = image::guess_format(bytes).map_err(|_| "无法识别的图片格式".to_string())?;
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 4);
    reader.limits(limits);
    let img = reader
        .decode()
        .map_err(|e| format!("图片无法解码（{e}）"))?;
    if (img.width() as u64) * (img.height() as u64) > MAX_PIXELS {
        return Err(format!(
            "图片过大（{}×{}），未识别",
            img.width(),
            img.height()
        ));
    }
    let color = img.color();
    Ok(if color.has_color() {
        let rgb = img.into_rgb8();
        Raster {
            width: rgb.width(),
            height: rgb.height(),
            channels: 3,
            data: rgb.into_raw(),
        }
    } else {
        let gray = img.into_luma8();
        Raster {
            width: gray.width(),
            height: gray.height(),
            channels: 1,
            data: gray.into_raw(),
        }
    })
}

/// Share of dark pixels (below 128) under which a gray page image is a blank
/// sheet: a page number or a few specks of dust, no line of text (one line of
/// twenty characters at 200 dpi inks about 0.1% of an A4 page).
const BLANK_INK: f64 = 0.0004;

/// The gray image is (nearly) blank paper.
pub fn nearly_blank(gray: &[u8]) -> bool {
    if gray.is_empty() {
        return true;
    }
    let dark = gray.iter().filter(|&&v| v < 128).count();
    (dark as f64) < BLANK_INK * gray.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn red_is_dropped_inside_seals_black_and_gray_stay() {
        let r = Raster {
            width: 4,
            height: 1,
            channels: 3,
            data: vec![
                220, 30, 40, // stamp red
                0, 0, 0, // black text
                128, 128, 128, // gray
                120, 20, 20, // red over text (dark red)
            ],
        };
        let (gray, dropped) = r.gray_without_seals(&[[0, 0, 4, 1]]);
        assert_eq!(gray, [255, 0, 128, 255]);
        assert_eq!(dropped, 2);
        // Red outside every seal (a red letterhead) stays, as dark gray.
        let (gray, dropped) = r.gray_without_seals(&[[3, 0, 4, 1]]);
        assert_eq!(gray, [87, 0, 128, 255]);
        assert_eq!(dropped, 1);
        assert_eq!(r.red_mask(), [true, false, false, true]);
    }

    #[test]
    fn tiff_round_trips_gray_pixels() {
        let gray = [0u8, 255, 17, 200, 90, 3];
        let bytes = tiff(3, 2, &gray).expect("a small TIFF");
        assert!(bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*"));
        let back = from_image_file(&bytes).expect("reads back");
        assert_eq!((back.width, back.height, back.channels), (3, 2, 1));
        assert_eq!(back.data, gray);
    }

    #[test]
    fn not_an_image_is_an_error_not_a_panic() {
        assert!(from_image_file(b"not an image").is_err());
        assert!(from_image_file(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]).is_err());
    }
}
