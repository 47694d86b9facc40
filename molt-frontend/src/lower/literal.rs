//! The code points of string literals. The parser decodes `"\ud800"` (a lone
//! surrogate, a valid Python str) to U+FFFD, since its strings are Rust
//! `str`s; this module reads the literal's escapes in the source again to put
//! the surrogates back.

use crate::parse::ast::{self, StringFlags};

/// The code points of a (possibly implicitly concatenated) string literal.
pub(super) fn string_code_points(source: &str, value: &ast::StringLiteralValue) -> Vec<u32> {
    value
        .iter()
        .flat_map(|part| part_code_points(source, part))
        .collect()
}

/// The code points of one string literal.
pub(super) fn part_code_points(source: &str, part: &ast::StringLiteral) -> Vec<u32> {
    let decoded: Vec<u32> = part.value.chars().map(|c| c as u32).collect();
    if !part.value.contains('\u{fffd}') || part.flags.prefix().is_raw() {
        return decoded;
    }
    let start = usize::from(part.range.start() + part.flags.opener_len());
    let end = usize::from(part.range.end() - part.flags.closer_len());
    source
        .get(start..end)
        .and_then(|body| restore_surrogates(body, &decoded, false))
        .unwrap_or(decoded)
}

/// The code points of the literal text of an f-string (`raw` for `rf"..."`),
/// whose source doubles braces.
pub(super) fn fstring_literal_code_points(
    source: &str,
    literal: &ast::InterpolatedStringLiteralElement,
    raw: bool,
) -> Vec<u32> {
    let decoded: Vec<u32> = literal.value.chars().map(|c| c as u32).collect();
    if !literal.value.contains('\u{fffd}') || raw {
        return decoded;
    }
    let range = usize::from(literal.range.start())..usize::from(literal.range.end());
    source
        .get(range)
        .and_then(|body| restore_surrogates(body, &decoded, true))
        .unwrap_or(decoded)
}

/// Walks the body of a non-raw literal beside its decoded value, one escape
/// or character at a time, and replaces each U+FFFD that a `\u`/`\U` escape of
/// a surrogate produced. In f-string text (`fstring`) `{{` and `}}` stand for
/// one brace. `None` when the walk and the value disagree (then the parser's
/// value stands).
fn restore_surrogates(body: &str, value: &[u32], fstring: bool) -> Option<Vec<u32>> {
    let b: Vec<char> = body.chars().collect();
    let mut out = Vec::with_capacity(value.len());
    let mut v = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != '\\' {
            // A literal character; a source `\r\n` may have become `\n`.
            let doubled = fstring && (c == '{' || c == '}') && b.get(i + 1) == Some(&c);
            if doubled || (c == '\r' && b.get(i + 1) == Some(&'\n') && value.get(v) == Some(&0x0A))
            {
                i += 1;
            } else if value.get(v) != Some(&(c as u32)) {
                return None;
            }
            out.push(value[v]);
            v += 1;
            i += 1;
            continue;
        }
        let next = *b.get(i + 1)?;
        let len = match next {
            // A line continuation produces nothing.
            '\n' => {
                i += 2;
                continue;
            }
            '\r' => {
                i += if b.get(i + 2) == Some(&'\n') { 3 } else { 2 };
                continue;
            }
            'u' | 'U' => {
                let digits = if next == 'u' { 4 } else { 8 };
                let hex: String = b.get(i + 2..i + 2 + digits)?.iter().collect();
                let cp = u32::from_str_radix(&hex, 16).ok()?;
                let got = *value.get(v)?;
                out.push(if (0xD800..0xE000).contains(&cp) && got == 0xFFFD {
                    cp
                } else {
                    got
                });
                v += 1;
                i += 2 + digits;
                continue;
            }
            'N' => b[i..].iter().position(|&ch| ch == '}')? + 1,
            'x' => 4,
            '0'..='7' => {
                2 + b[i + 2..]
                    .iter()
                    .take(2)
                    .take_while(|ch| ('0'..='7').contains(ch))
                    .count()
            }
            '\\' | '\'' | '"' | 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' => 2,
            // An unknown escape keeps its backslash; the character after it
            // is read on its own.
            _ => 1,
        };
        out.push(*value.get(v)?);
        v += 1;
        i += len;
    }
    (v == value.len()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::restore_surrogates;

    fn w(s: &str) -> Vec<u32> {
        s.chars().map(|c| c as u32).collect()
    }

    #[test]
    fn surrogates_come_back() {
        let r = |body: &str, value: &str| restore_surrogates(body, &w(value), false);
        assert_eq!(r("\\ud800", "\u{fffd}"), Some(vec![0xD800]));
        assert_eq!(
            r(
                "a\\udc80\\U0000dfff\\ufffd\u{fffd}\\x41\\101\\n\\q",
                "a\u{fffd}\u{fffd}\u{fffd}\u{fffd}AA\n\\q"
            ),
            Some(vec![
                0x61, 0xDC80, 0xDFFF, 0xFFFD, 0xFFFD, 0x41, 0x41, 0x0A, 0x5C, 0x71
            ])
        );
        assert_eq!(
            r("\\N{REPLACEMENT CHARACTER}\\\n\\ud801", "\u{fffd}\u{fffd}"),
            Some(vec![0xFFFD, 0xD801])
        );
        assert_eq!(r("\\ud800x", "\u{fffd}"), None);
        assert_eq!(
            restore_surrogates("{{\\ud800}}", &w("{\u{fffd}}"), true),
            Some(vec![0x7B, 0xD800, 0x7D])
        );
    }
}
