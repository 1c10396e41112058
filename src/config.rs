//! A widget's configuration from its host element's data attributes (or the options given to
//! `mount`), matched against the known ids only. Pure, so it is tested natively.

use crate::form::Form;
use crate::query::{self, Parsed};
use crate::rules::{Answers, Lang};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub lang: Lang,
    pub answers: Answers,
    /// Whether this widget keeps its state in the page's URL.
    pub sync_url: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: Lang::Zh,
            answers: Answers::default(),
            sync_url: true,
        }
    }
}

/// A setting that was not understood and was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The attribute or option as the host wrote it, e.g. `data-scenario`.
    pub name: String,
    pub value: String,
}

impl Warning {
    pub fn message(&self) -> String {
        format!(
            "live-scheme-selector: ignoring {}=\"{}\": not a known value; using the default.",
            self.name, self.value
        )
    }
}

/// Reads `lang`, `subject`, `scenario`, `content`, `category` and `sync-url` through `get`,
/// naming each as `prefix` + key in warnings (`data-` for attributes, `` for options).
pub fn read(prefix: &str, get: impl Fn(&str) -> Option<String>) -> (Config, Vec<Warning>) {
    let mut config = Config::default();
    let mut warnings = Vec::new();
    let mut warn = |key: &str, value: String| {
        warnings.push(Warning {
            name: format!("{prefix}{key}"),
            value,
        })
    };
    let mut parsed = Parsed::default();
    for key in query::KEYS {
        if let Some(value) = get(key) {
            let trimmed = value.trim();
            if !trimmed.is_empty() && !query::apply(&mut parsed, key, trimmed) {
                warn(key, value);
            }
        }
    }
    if let Some(content) = parsed.drop_foreign_content() {
        warn("content", content.id().to_owned());
    }
    if let Some(value) = get("sync-url") {
        match value.trim() {
            "" | "true" => {}
            "false" => config.sync_url = false,
            _ => warn("sync-url", value),
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
        form.invalid = url.invalid.clone();
    }
    form
}
