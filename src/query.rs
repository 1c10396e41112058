//! The widget's state in a URL query (`?lang=&subject=&scenario=&content=&category=`, each key
//! after the host's `url-prefix` if it set one): read on load, written on every change. Pure
//! string work, so it is tested natively.

use crate::rules::{Answers, Category, Content, Lang, Scenario, Subject};

/// The query keys the widget owns; every other parameter belongs to the host page.
pub const KEYS: [&str; 5] = ["lang", "subject", "scenario", "content", "category"];

/// What a query asked for. `invalid` names the keys whose values were not recognised; their
/// values are dropped, never echoed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub lang: Option<Lang>,
    pub answers: Answers,
    pub invalid: Vec<&'static str>,
}

impl Parsed {
    /// Drops a content that does not belong to the scenario, since a content only means
    /// something inside its own scenario's table. Returns the dropped content.
    pub fn drop_foreign_content(&mut self) -> Option<Content> {
        let content = self.answers.content?;
        if self.answers.normalized() == self.answers {
            return None;
        }
        self.answers.content = None;
        Some(content)
    }
}

/// The longest value worth matching. Every id is short ASCII and fits with its hyphens
/// percent-encoded, so a longer value is invalid without any decoding or comparing: a crafted
/// link or attribute costs no more than a glance at its length to reject.
pub const MAX_VALUE_LEN: usize = 64;

/// Reads one value per key (the first one wins), for a query with or without its leading `?`.
/// Only that one `?` is a delimiter: in `??foo=1` the host page has a parameter `?foo`.
///
/// A key is the widget's only when written exactly as `prefix` and one of [`KEYS`]; `Lang`,
/// `%6Cang` or `lang+` are the host's, so that `parse` and [`write`] always agree on which
/// parameters they own (the widget itself never writes another form). Under a prefix, `lang`
/// is the host's too.
pub fn parse(search: &str, prefix: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut seen: Vec<&str> = Vec::new();
    for segment in segments(strip_delimiter(search)) {
        let Some(key) = own_key(segment, prefix) else {
            continue;
        };
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let value = segment.split_once('=').map_or("", |(_, v)| v);
        if value.is_empty() {
            continue;
        }
        let known = value.len() <= MAX_VALUE_LEN && apply(&mut parsed, key, &percent_decode(value));
        if !known {
            parsed.invalid.push(key);
        }
    }
    if parsed.drop_foreign_content().is_some() {
        parsed.invalid.push("content");
    }
    parsed
}

/// Sets one of the widget's keys from a value: for the URL, the host's data attributes and
/// `decide()` alike. False when the key or the value is not a known one; a value longer than
/// [`MAX_VALUE_LEN`] is not even looked at.
pub fn apply(parsed: &mut Parsed, key: &str, value: &str) -> bool {
    let value = Some(value).filter(|v| v.len() <= MAX_VALUE_LEN);
    let a = &mut parsed.answers;
    match key {
        "lang" => {
            parsed.lang = value.and_then(Lang::from_tag);
            parsed.lang.is_some()
        }
        "subject" => {
            a.subject = value.and_then(Subject::from_id);
            a.subject.is_some()
        }
        "scenario" => {
            a.scenario = value.and_then(Scenario::from_id);
            a.scenario.is_some()
        }
        "content" => {
            a.content = value.and_then(Content::from_id);
            a.content.is_some()
        }
        "category" => {
            a.category = value.and_then(Category::from_id);
            a.category.is_some()
        }
        _ => false,
    }
}

/// The query for this state, with its leading `?`. The host page's own parameters stay byte
/// for byte and in order, empty ones (`a&&b`) included, and so does a value under one of the
/// widget's keys that is not one of its ids (the page's own `lang=fr`); only the widget's own
/// (as [`parse`] recognises them) are replaced, by this state's after them. A content foreign to the
/// scenario is left out, so that a link the widget writes is never one it would call invalid.
pub fn write(search: &str, prefix: &str, lang: Lang, answers: &Answers) -> String {
    write_query(strip_delimiter(search), prefix, lang, answers)
}

/// The page's address `href` with this state in its query: everything before the first `?`,
/// the host's parameters and the fragment (from the first `#`, so a `?` inside it is the
/// fragment's) are kept byte for byte.
pub fn share_link(href: &str, prefix: &str, lang: Lang, answers: &Answers) -> String {
    let (rest, fragment) = match href.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment)),
        None => (href, None),
    };
    // Split here rather than hand `?…` to `write`: the `?` found is the delimiter, and a second
    // one right after it (`page??foo=1`) belongs to the host's parameter.
    let (base, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut link = String::with_capacity(href.len() + 128);
    link.push_str(base);
    link.push_str(&write_query(query, prefix, lang, answers));
    if let Some(fragment) = fragment {
        link.push('#');
        link.push_str(fragment);
    }
    link
}

/// `write` for a query without its delimiter.
fn write_query(query: &str, prefix: &str, lang: Lang, answers: &Answers) -> String {
    let mut out = String::with_capacity(query.len() + 128);
    out.push('?');
    // A value under one of the widget's keys that it does not recognise is the host page's
    // (its own `lang=fr`, `category=news`): it stays, and the widget writes nothing of its own
    // under that key rather than overwrite it or stand beside it.
    let mut held: Vec<&str> = Vec::new();
    for segment in segments(query) {
        match own_key(segment, prefix) {
            Some(key) if is_ours(key, segment) => continue,
            Some(key) => {
                held.push(key);
                // A content means nothing without the widget's own scenario beside it.
                if key == "scenario" {
                    held.push("content");
                }
            }
            None => {}
        }
        out.push_str(segment);
        out.push('&');
    }
    let answers = answers.normalized();
    let ids = [
        ("lang", Some(lang.tag())),
        ("subject", answers.subject.map(Subject::id)),
        ("scenario", answers.scenario.map(Scenario::id)),
        ("content", answers.content.map(Content::id)),
        ("category", answers.category.map(Category::id)),
    ];
    for (key, id) in ids {
        if let (Some(id), false) = (id, held.contains(&key)) {
            out.push_str(prefix);
            out.push_str(key);
            out.push('=');
            out.push_str(id);
            out.push('&');
        }
    }
    out.pop();
    out
}

/// Whether a segment under one of the widget's keys is one the widget could have written: its
/// value, decoded, is one of that key's ids (or it has none).
fn is_ours(key: &str, segment: &str) -> bool {
    let value = segment.split_once('=').map_or("", |(_, v)| v);
    value.is_empty()
        || (value.len() <= MAX_VALUE_LEN
            && apply(&mut Parsed::default(), key, &percent_decode(value)))
}

/// Undoes URL encoding (`%2D`, `+`), as a link passed through a mail client or a redirect may
/// carry it. Only ASCII is decoded, since every id is ASCII; anything else stays as written and
/// then fails the id match.
fn percent_decode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '+' => out.push(' '),
            '%' => {
                let mut ahead = chars.clone();
                let hex = |c: Option<char>| c.and_then(|c| c.to_digit(16));
                match (hex(ahead.next()), hex(ahead.next())) {
                    (Some(h), Some(l)) if h < 8 => {
                        out.push(char::from((h * 16 + l) as u8));
                        chars = ahead;
                    }
                    _ => out.push('%'),
                }
            }
            c => out.push(c),
        }
    }
    out
}

fn strip_delimiter(search: &str) -> &str {
    search.strip_prefix('?').unwrap_or(search)
}

/// The `&`-separated parts of a query without its delimiter, empty ones included; an empty
/// query has none.
fn segments(query: &str) -> impl Iterator<Item = &str> {
    (!query.is_empty())
        .then(|| query.split('&'))
        .into_iter()
        .flatten()
}

/// The widget's key a segment is written under (the text before its first `=`, or all of it),
/// if it is exactly `prefix` and one of [`KEYS`].
fn own_key(segment: &str, prefix: &str) -> Option<&'static str> {
    let key = segment.split_once('=').map_or(segment, |(k, _)| k);
    let key = key.strip_prefix(prefix)?;
    KEYS.iter().copied().find(|k| *k == key)
}
