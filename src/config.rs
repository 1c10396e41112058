//! A widget's configuration from its host element's data attributes (or the options given to
//! `mount`), matched against the known ids only. Pure, so it is tested natively.

use crate::form::Form;
use crate::query::{self, Parsed};
use crate::rules::{Answers, Lang};
use crate::settings;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub lang: Lang,
    pub answers: Answers,
    /// Whether this widget keeps its state in the page's URL.
    pub sync_url: bool,
    /// What the widget's parameters in the URL start with: `lss-` for `?lss-scenario=`.
    pub url_prefix: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: Lang::Zh,
            answers: Answers::default(),
            sync_url: true,
            url_prefix: String::new(),
        }
    }
}

/// A setting that was not understood and was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The attribute or option as the host wrote it, e.g. `data-scenario`.
    pub name: String,
    /// What the console may show of the value: [`quote`] of it, never the value itself.
    excerpt: String,
}

impl Warning {
    pub fn new(name: String, value: &str) -> Warning {
        Warning {
            name,
            excerpt: quote(value),
        }
    }

    /// The value as quoted in the message: escaped, and cut after [`QUOTE_CHARS`] characters.
    pub fn excerpt(&self) -> &str {
        &self.excerpt
    }

    pub fn message(&self) -> String {
        format!(
            "live-scheme-selector: ignoring {}=\"{}\": not a known value; using the default.",
            self.name, self.excerpt
        )
    }
}

/// How many characters of a value a warning shows: enough to spot a typo in any id.
pub const QUOTE_CHARS: usize = 40;

/// A value as a console message may show it: at most [`QUOTE_CHARS`] of its characters, with
/// quotes, backslashes, control and non-ASCII characters escaped (`\"`, `\\`, `\n`, `\u{4e2d}`) and
/// `…` after a cut. Whatever a page puts in an attribute or option, the message stays short, on
/// one line, and cannot fake the end of the quote.
pub fn quote(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    for c in chars.by_ref().take(QUOTE_CHARS) {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            ' '..='~' => out.push(c),
            c => out.extend(c.escape_unicode()),
        }
    }
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

/// Reads `lang`, `subject`, `scenario`, `content`, `category`, `sync-url` and `url-prefix`
/// through `get`, naming each as `prefix` + key in warnings (`data-` for attributes, `` for
/// options). Values longer than any id are rejected unread (see [`query::MAX_VALUE_LEN`]).
pub fn read(prefix: &str, get: impl Fn(&str) -> Option<String>) -> (Config, Vec<Warning>) {
    let mut config = Config::default();
    let mut warnings = Vec::new();
    let mut warn =
        |key: &str, value: &str| warnings.push(Warning::new(format!("{prefix}{key}"), value));
    let mut parsed = Parsed::default();
    for key in query::KEYS {
        if let Some(value) = get(key) {
            let trimmed = value.trim();
            if !trimmed.is_empty() && !query::apply(&mut parsed, key, trimmed) {
                warn(key, &value);
            }
        }
    }
    if let Some(content) = parsed.drop_foreign_content() {
        warn("content", content.id());
    }
    if let Some(value) = get(settings::SYNC_URL) {
        if !value.trim().is_empty() {
            match settings::sync_url(&value) {
                Some(sync) => config.sync_url = sync,
                None => warn(settings::SYNC_URL, &value),
            }
        }
    }
    if let Some(value) = get(settings::URL_PREFIX) {
        match settings::url_prefix(&value) {
            Some(prefix) => config.url_prefix = prefix.to_owned(),
            None => warn(settings::URL_PREFIX, &value),
        }
    }
    config.lang = parsed.lang.unwrap_or(config.lang);
    config.answers = parsed.answers;
    (config, warnings)
}

/// The form a widget starts with: its configuration, overridden by what the page's URL says
/// when the widget owns the URL.
pub fn start(config: &Config, url: Option<&Parsed>) -> Form {
    let mut form = Form::new(config.lang, config.answers);
    if let Some(url) = url {
        let (a, u) = (&mut form.answers, &url.answers);
        form.lang = url.lang.unwrap_or(form.lang);
        if u.scenario.is_some() {
            // A content from the configuration means nothing in another scenario.
            a.scenario = u.scenario;
            a.content = None;
        }
        a.subject = u.subject.or(a.subject);
        a.content = u.content.or(a.content);
        a.category = u.category.or(a.category);
        *a = a.normalized();
        for key in &url.invalid {
            if !form.invalid.is_empty() {
                form.invalid.push_str(", ");
            }
            form.invalid.push_str(&config.url_prefix);
            form.invalid.push_str(key);
        }
    }
    form.announced = form.answers;
    form
}

/// The form after the visitor's choices in the prerendered form (made before the wasm ran),
/// which win over the configuration and the link: they are the latest thing the visitor did.
pub fn taken_over(mut form: Form, painted: &Parsed) -> Form {
    let (a, p) = (&mut form.answers, &painted.answers);
    form.lang = painted.lang.unwrap_or(form.lang);
    if p.scenario.is_some() && p.scenario != a.scenario {
        a.scenario = p.scenario;
        a.content = None;
    }
    a.content = p.content.or(a.content);
    a.subject = p.subject.or(a.subject);
    a.category = p.category.or(a.category);
    *a = a.normalized();
    form.announced = form.answers;
    form
}
