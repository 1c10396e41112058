//! Finding a scenario from the words a visitor uses for their own business: few customers know
//! the source's ten labels, but a pet streamer types 宠物 and a dealer types 4S店.

use super::ids::Scenario;
use super::text::Lang;

/// The scenarios with a word that contains the query, or that the query contains, in either
/// language, in the source's order; English matches from the start of a word. An empty query
/// finds every scenario.
pub fn find_scenarios(query: &str) -> Vec<Scenario> {
    let query = fold(query);
    if query.is_empty() {
        return Scenario::ALL.to_vec();
    }
    Scenario::ALL
        .iter()
        .copied()
        .filter(|scenario| {
            let words = scenario.words();
            Lang::ALL
                .iter()
                .flat_map(|lang| words.get(*lang))
                .any(|word| matches(&fold(word), &query))
        })
        .collect()
}

/// The form a word and a query are compared in: trimmed, white space runs as one space, ASCII
/// in lower case, and the full-width forms Chinese input methods type (４Ｓ, ＳＨＯＰ) as the
/// ASCII they stand for. ASCII case only: the words' letters are English, and Unicode case
/// tables would weigh on the wasm.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn matches(word: &str, query: &str) -> bool {
    find(word.as_bytes(), query.as_bytes(), Bound::Start)
        || find(query.as_bytes(), word.as_bytes(), Bound::Whole)
}

/// Where an ASCII letter or digit at an end of the needle must not run on into another one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    /// At its start: a query finds the words it begins ("web" finds "webinar"), not the middle
    /// of one ("shop" does not find "workshop").
    Start,
    /// At both ends: a query contains a word only as a word ("fund" does not contain "fun",
    /// nor "scarf" "car").
    Whole,
}

/// Whether `needle` occurs in `hay` within the bound. Bytes, not a `str` searcher, which the
/// wasm would carry for this alone; UTF-8 never matches in the middle of a character, and a
/// Chinese character is a bound of its own.
fn find(hay: &[u8], needle: &[u8], bound: Bound) -> bool {
    let (Some(first), Some(last)) = (needle.first(), needle.last()) else {
        return false;
    };
    let word = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    hay.windows(needle.len()).enumerate().any(|(at, window)| {
        let runs_on = |end: &u8, next: Option<&u8>| end.is_ascii_alphanumeric() && word(next);
        let before = at.checked_sub(1).and_then(|i| hay.get(i));
        let after = hay.get(at + needle.len());
        window == needle
            && !runs_on(first, before)
            && !(bound == Bound::Whole && runs_on(last, after))
    })
}
