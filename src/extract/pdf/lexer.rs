//! A streaming tokenizer for PDF content streams.
//!
//! It turns the bytes of a content stream into `(operands, operator)` pairs for
//! the interpreter. It is iterative (no recursion, so nesting depth cannot
//! overflow the stack), never allocates more than the input size, and skips
//! inline image data. It is *not* a general PDF object parser: arrays are
//! flattened one level (enough for `TJ`), dictionaries keep only their top-level
//! entries (enough for marked-content properties).

/// One operand of a content-stream operator.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    Number(f64),
    Name(Vec<u8>),
    String(Vec<u8>),
    /// Elements of an array; nested arrays are flattened into it.
    Array(Vec<Operand>),
    /// Top-level entries of a dictionary; nested dictionaries become `Null`.
    Dict(Vec<(Vec<u8>, Operand)>),
    Bool(bool),
    Null,
}

impl Operand {
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Operand::Number(n) => Some(*n),
            _ => None,
        }
    }
}

/// Cap on operands kept per operator; extra operands are dropped (a real
/// operator takes at most 6, `SCN` a few more).
/// Tokens looked ahead for the `]` closing an array that holds an operator.
const STRAY_LOOKAHEAD: usize = 64;
const MAX_OPERANDS: usize = 64;
/// Cap on elements kept in one array operand.
const MAX_ARRAY: usize = 1 << 20;

pub struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
    operands: Vec<Operand>,
}

fn is_whitespace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(b: u8) -> bool {
    !is_whitespace(b) && !is_delimiter(b)
}

enum Token<'a> {
    Operand(Operand),
    ArrayStart,
    ArrayEnd,
    DictStart,
    DictEnd,
    Keyword(&'a [u8]),
}

impl<'a> Lexer<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Lexer {
            data,
            pos: 0,
            operands: Vec::with_capacity(8),
        }
    }

    /// The next operator with its operands, or `None` at the end of the stream.
    /// The operand slice is valid until the next call.
    pub fn next_op(&mut self) -> Option<(&'a [u8], &[Operand])> {
        self.operands.clear();
        // Stack of open containers: arrays collect elements; dictionaries collect
        // alternating keys and values.
        let mut stack: Vec<(bool, Vec<Operand>)> = Vec::new();
        loop {
            let token = self.token()?;
            let operand = match token {
                Token::Keyword(kw) => {
                    match kw {
                        b"true" => Operand::Bool(true),
                        b"false" => Operand::Bool(false),
                        b"null" => Operand::Null,
                        _ if stack.is_empty() => {
                            if kw == b"BI" {
                                self.skip_inline_image();
                            }
                            return Some((kw, &self.operands));
                        }
                        // An operator inside an array that closes before the
                        // next operator (`[(a) 0 Tc (b)] TJ`, as some broken
                        // producers write): skipped, like poppler skips a bad
                        // element of a show array. Otherwise the array was
                        // never closed: drop the containers and emit it.
                        _ => {
                            if stack.last().is_some_and(|(dict, _)| !dict)
                                && self.array_closes_soon()
                            {
                                continue;
                            }
                            stack.clear();
                            return Some((kw, &self.operands));
                        }
                    }
                }
                Token::Operand(op) => op,
                Token::ArrayStart => {
                    if stack.len() < 32 {
                        stack.push((false, Vec::new()));
                    }
                    continue;
                }
                Token::DictStart => {
                    if stack.len() < 32 {
                        stack.push((true, Vec::new()));
                    }
                    continue;
                }
                Token::ArrayEnd | Token::DictEnd => match stack.pop() {
                    Some((false, items)) => Operand::Array(items),
                    Some((true, items)) => {
                        let mut dict = Vec::new();
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            if let Operand::Name(k) = k {
                                dict.push((k, v));
                            }
                        }
                        Operand::Dict(dict)
                    }
                    None => continue,
                },
            };
            match stack.last_mut() {
                Some((is_dict, items)) => {
                    if items.len() >= MAX_ARRAY {
                        continue;
                    }
                    match operand {
                        // Arrays nested in arrays are flattened (TJ never nests).
                        Operand::Array(inner) if !*is_dict => {
                            let room = MAX_ARRAY - items.len();
                            items.extend(inner.into_iter().take(room));
                        }
                        // Only top-level dictionary values are of interest.
                        Operand::Array(_) | Operand::Dict(_) => items.push(Operand::Null),
                        other => items.push(other),
                    }
                }
                None => {
                    if self.operands.len() < MAX_OPERANDS {
                        self.operands.push(operand);
                    }
                }
            }
        }
    }

    /// Whether a `]` comes within the next few tokens, before any operator
    /// or `[`. The position is left unchanged.
    fn array_closes_soon(&mut self) -> bool {
        let saved = self.pos;
        let mut closes = false;
        for _ in 0..STRAY_LOOKAHEAD {
            match self.token() {
                Some(Token::ArrayEnd) => {
                    closes = true;
                    break;
                }
                Some(Token::Operand(_)) => {}
                _ => break,
            }
        }
        self.pos = saved;
        closes
    }

    fn token(&mut self) -> Option<Token<'a>> {
        let data = self.data;
        loop {
            let &b = data.get(self.pos)?;
            if is_whitespace(b) {
                self.pos += 1;
                continue;
            }
            if b == b'%' {
                while let Some(&c) = data.get(self.pos) {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
                continue;
            }
            break;
        }
        let start = self.pos;
        let b = data[start];
        match b {
            b'[' => {
                self.pos += 1;
                Some(Token::ArrayStart)
            }
            b']' => {
                self.pos += 1;
                Some(Token::ArrayEnd)
            }
            b'{' | b'}' | b')' => {
                self.pos += 1;
                Some(Token::Operand(Operand::Null))
            }
            b'<' => {
                if data.get(start + 1) == Some(&b'<') {
                    self.pos += 2;
                    Some(Token::DictStart)
                } else {
                    Some(Token::Operand(Operand::String(self.hex_string())))
                }
            }
            b'>' => {
                self.pos += if data.get(start + 1) == Some(&b'>') {
                    2
                } else {
                    1
                };
                Some(Token::DictEnd)
            }
            b'(' => Some(Token::Operand(Operand::String(self.literal_string()))),
            b'/' => {
                self.pos += 1;
                let s = self.pos;
                while self.pos < data.len() && is_regular(data[self.pos]) {
                    self.pos += 1;
                }
                Some(Token::Operand(Operand::Name(decode_name(
                    &data[s..self.pos],
                ))))
            }
            _ => {
                while self.pos < data.len() && is_regular(data[self.pos]) {
                    self.pos += 1;
                }
                let word = &data[start..self.pos];
                if let Some(n) = parse_number(word) {
                    Some(Token::Operand(Operand::Number(n)))
                } else {
                    Some(Token::Keyword(word))
                }
            }
        }
    }

    fn hex_string(&mut self) -> Vec<u8> {
        let data = self.data;
        self.pos += 1;
        let mut out = Vec::new();
        let mut hi: Option<u8> = None;
        while let Some(&c) = data.get(self.pos) {
            self.pos += 1;
            if c == b'>' {
                break;
            }
            let v = match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => c - b'A' + 10,
                _ => continue,
            };
            match hi.take() {
                Some(h) => out.push(h << 4 | v),
                None => hi = Some(v),
            }
        }
        if let Some(h) = hi {
            out.push(h << 4);
        }
        out
    }

    fn literal_string(&mut self) -> Vec<u8> {
        let data = self.data;
        self.pos += 1;
        let mut out = Vec::new();
        let mut depth = 1usize;
        while let Some(&c) = data.get(self.pos) {
            self.pos += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(c);
                }
                b'\\' => {
                    let Some(&e) = data.get(self.pos) else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if data.get(self.pos) == Some(&b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match data.get(self.pos) {
                                    Some(&d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xff) as u8);
                        }
                        other => out.push(other),
                    }
                }
                _ => out.push(c),
            }
        }
        out
    }

    /// After `BI`: skip the image dictionary and data up to and including `EI`.
    fn skip_inline_image(&mut self) {
        let data = self.data;
        // Find the ID keyword.
        while self.pos < data.len() {
            let Some(tok) = self.token() else { return };
            if let Token::Keyword(b"ID") = tok {
                break;
            }
        }
        self.pos += 1; // the single whitespace after ID
        // Data ends at whitespace + "EI" + whitespace/end.
        while self.pos + 1 < data.len() {
            if data[self.pos] == b'E'
                && data[self.pos + 1] == b'I'
                && self.pos > 0
                && is_whitespace(data[self.pos - 1])
                && data.get(self.pos + 2).is_none_or(|&c| is_whitespace(c))
            {
                self.pos += 2;
                return;
            }
            self.pos += 1;
        }
        self.pos = data.len();
    }
}

fn decode_name(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'#'
            && let (Some(h), Some(l)) = (
                raw.get(i + 1).and_then(|&c| hex_val(c)),
                raw.get(i + 2).and_then(|&c| hex_val(c)),
            )
        {
            out.push(h << 4 | l);
            i += 3;
            continue;
        }
        out.push(raw[i]);
        i += 1;
    }
    out
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Parses a PDF number (`12`, `-3.5`, `.5`, `4.`); lenient about doubled signs.
fn parse_number(word: &[u8]) -> Option<f64> {
    let first = *word.first()?;
    if !(first.is_ascii_digit() || matches!(first, b'+' | b'-' | b'.')) {
        return None;
    }
    let mut neg = false;
    let mut i = 0;
    while i < word.len() && matches!(word[i], b'+' | b'-') {
        neg ^= word[i] == b'-';
        i += 1;
    }
    let mut int: f64 = 0.0;
    let mut frac: f64 = 0.0;
    let mut scale = 1.0;
    let mut seen_digit = false;
    let mut seen_dot = false;
    for &c in &word[i..] {
        match c {
            b'0'..=b'9' => {
                seen_digit = true;
                if seen_dot {
                    scale /= 10.0;
                    frac += f64::from(c - b'0') * scale;
                } else {
                    int = int * 10.0 + f64::from(c - b'0');
                }
            }
            b'.' if !seen_dot => seen_dot = true,
            // "1.2.3" or "12-3": take what was read, like other readers do.
            _ => break,
        }
    }
    if !seen_digit {
        return if seen_dot || i > 0 { Some(0.0) } else { None };
    }
    let v = int + frac;
    let v = if neg { -v } else { v };
    if v.is_finite() { Some(v) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(src: &[u8]) -> Vec<(String, Vec<Operand>)> {
        let mut lx = Lexer::new(src);
        let mut out = Vec::new();
        while let Some((op, args)) = lx.next_op() {
            out.push((String::from_utf8_lossy(op).into_owned(), args.to_vec()));
        }
        out
    }

    #[test]
    fn tj_array_and_strings() {
        let got = ops(b"BT /F1 12 Tf [(A\\101) -250 <4E2D>] TJ ET");
        assert_eq!(got[1].0, "Tf");
        assert_eq!(
            got[1].1,
            vec![Operand::Name(b"F1".to_vec()), Operand::Number(12.0)]
        );
        assert_eq!(
            got[2].1,
            vec![Operand::Array(vec![
                Operand::String(b"AA".to_vec()),
                Operand::Number(-250.0),
                Operand::String(vec![0x4e, 0x2d]),
            ])]
        );
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let mut src = vec![b'['; 200_000];
        src.extend_from_slice(b" (x) Tj");
        let got = ops(&src);
        assert_eq!(got.last().map(|o| o.0.as_str()), Some("Tj"));
    }

    #[test]
    fn an_operator_inside_a_closed_array_is_skipped() {
        let got = ops(b"[(a) 5 0 Tc (b)] TJ (c) Tj");
        let names: Vec<_> = got.iter().map(|o| o.0.as_str()).collect();
        assert_eq!(names, vec!["TJ", "Tj"]);
        // Never closed: the operator is emitted.
        let got = ops(b"[(a) (b) Tj (c) Tj");
        let names: Vec<_> = got.iter().map(|o| o.0.as_str()).collect();
        assert_eq!(names, vec!["Tj", "Tj"]);
    }

    #[test]
    fn inline_image_is_skipped() {
        let got = ops(b"BI /W 2 /H 1 /BPC 8 /CS /G ID \x00EI\xff EI Q (a) Tj");
        let names: Vec<_> = got.iter().map(|o| o.0.as_str()).collect();
        assert_eq!(names, vec!["BI", "Q", "Tj"]);
    }

    #[test]
    fn marked_content_dict() {
        let got = ops(b"/Span <</ActualText (\xfe\xff\x4e\x2d) /MCID 3>> BDC");
        let Operand::Dict(d) = &got[0].1[1] else {
            panic!("no dict")
        };
        assert_eq!(d[0].0, b"ActualText".to_vec());
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number(b"-.5"), Some(-0.5));
        assert_eq!(parse_number(b"4."), Some(4.0));
        assert_eq!(parse_number(b"--3"), Some(3.0));
        assert_eq!(parse_number(b"Tj"), None);
    }
}
