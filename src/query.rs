//! The widget's state in a URL query (`?lang=&subject=&scenario=&content=&category=`): read on
//! load, written on every change. Pure string work, so it is tested natively.

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

/// Reads one value per key (the first one wins), for a query with or without its leading `?`.
pub fn parse(search: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut seen: Vec<&str> = Vec::new();
    for (key, value) in pairs(search) {
        let Some(key) = KEYS.iter().copied().find(|k| *k == key) else {
            continue;
        };
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        if value.is_empty() {
            continue;
        }
        let value = percent_decode(value);
        if !apply(&mut parsed, key, &value) {
            parsed.invalid.push(key);
        }
    }
    if parsed.drop_foreign_content().is_some() {
        parsed.invalid.push("content");
    }
    parsed
}

/// Sets one of the widget's keys from a value: for the URL, the host's data attributes and
/// `decide()` alike. False when the key or the value is not a known one.
pub fn apply(parsed: &mut Parsed, key: &str, value: &str) -> bool {
    let a = &mut parsed.answers;
    match key {
        "lang" => {
            parsed.lang = Lang::from_tag(value);
            parsed.lang.is_some()
        }
        "subject" => {
            a.subject = Subject::from_id(value);
            a.subject.is_some()
        }
        "scenario" => {
            a.scenario = Scenario::from_id(value);
            a.scenario.is_some()
        }
        "content" => {
            a.content = Content::from_id(value);
            a.content.is_some()
        }
        "category" => {
            a.category = Category::from_id(value);
            a.category.is_some()
        }
        _ => false,
    }
}

/// The query for this state, keeping the host page's own parameters in place and in order.
pub fn write(search: &str, lang: Lang, answers: &Answers) -> String {
    let mut out = String::from("?");
    for raw in pairs_raw(search) {
        let key = raw.split('=').next().unwrap_or("");
        if !KEYS.contains(&key) {
            out.push_str(raw);
            out.push('&');
        }
    }
    out.push_str("lang=");
    out.push_str(lang.tag());
    let ids = [
        ("subject", answers.subject.map(Subject::id)),
        ("scenario", answers.scenario.map(Scenario::id)),
        ("content", answers.content.map(Content::id)),
        ("category", answers.category.map(Category::id)),
    ];
    for (key, id) in ids {
        if let Some(id) = id {
            out.push('&');
            out.push_str(key);
            out.push('=');
            out.push_str(id);
        }
    }
    out
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

fn pairs_raw(search: &str) -> impl Iterator<Item = &str> {
    search
        .strip_prefix('?')
        .unwrap_or(search)
        .split('&')
        .filter(|p| !p.is_empty())
}

fn pairs(search: &str) -> impl Iterator<Item = (&str, &str)> {
    pairs_raw(search).map(|p| p.split_once('=').unwrap_or((p, "")))
}
