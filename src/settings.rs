//! A host's settings for its widget: the element attributes, the `mount()` options and what
//! their values mean. The one list of them: [`crate::config::read`] reads a host by it, and the
//! loader's `js/settings.js`, the README's attribute table, the TypeScript declarations and the
//! Custom Elements Manifest are generated from it (see `tests/contract.rs`), so the page's first
//! paint and the docs say what the WebAssembly does.

use crate::query;

/// The attribute that marks a host element.
pub const MARKER: &str = "data-live-scheme-selector";

/// A marked element's settings are its attributes with this prefix (`data-lang`);
/// `<live-scheme-selector>` takes them without it (`lang`).
pub const ATTRIBUTE_PREFIX: &str = "data-";

/// The setting that says whether the widget keeps its state in the page's URL.
pub const SYNC_URL: &str = "sync-url";

/// The setting that puts the widget's parameters in the page's URL under a prefix.
pub const URL_PREFIX: &str = "url-prefix";

/// What a setting's values are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Values {
    /// A language tag, read by [`crate::rules::Lang::from_tag`].
    Lang,
    Subject,
    Scenario,
    Content,
    Category,
    /// One of [`SYNC_URL_VALUES`].
    SyncUrl,
    /// A prefix [`url_prefix`] accepts.
    UrlPrefix,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Setting {
    /// The element's attribute; a marked element's is [`ATTRIBUTE_PREFIX`] and this.
    pub name: &'static str,
    /// The `mount()` option.
    pub option: &'static str,
    pub values: Values,
    /// What it sets, for the docs: one or two sentences, without listing the values (the docs
    /// list them from the ids). Only the docs read it, so the WebAssembly goes without.
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
}

impl Setting {
    /// The attribute on an element marked [`MARKER`].
    pub fn attribute(&self) -> String {
        format!("{ATTRIBUTE_PREFIX}{}", self.name)
    }
}

/// Every setting, the language and the answers first, in [`query::KEYS`]'s order.
pub const SETTINGS: [Setting; 7] = [
    Setting {
        name: query::KEYS[0],
        option: query::KEYS[0],
        values: Values::Lang,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "The widget's language; `zh` reads as `zh-CN`.",
    },
    Setting {
        name: query::KEYS[1],
        option: query::KEYS[1],
        values: Values::Subject,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "The mini program's legal subject. Unanswered when absent.",
    },
    Setting {
        name: query::KEYS[2],
        option: query::KEYS[2],
        values: Values::Scenario,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "The scenario. Unanswered when absent.",
    },
    Setting {
        name: query::KEYS[3],
        option: query::KEYS[3],
        values: Values::Content,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "What is streamed, for the `finance` and `medical` scenarios. Unanswered when absent.",
    },
    Setting {
        name: query::KEYS[4],
        option: query::KEYS[4],
        values: Values::Category,
        #[cfg(not(target_arch = "wasm32"))]
        doc: concat!(
            "The mini program's service category, `none`, or `unsure` when the visitor does not ",
            "know. Unanswered when absent."
        ),
    },
    Setting {
        name: SYNC_URL,
        option: "syncUrl",
        values: Values::SyncUrl,
        #[cfg(not(target_arch = "wasm32"))]
        doc: concat!(
            "Whether the widget keeps its state in the page's URL (only the first widget on a ",
            "page that asks does)."
        ),
    },
    Setting {
        name: URL_PREFIX,
        option: "urlPrefix",
        values: Values::UrlPrefix,
        #[cfg(not(target_arch = "wasm32"))]
        doc: concat!(
            "Puts the widget's parameters in the page's URL under this prefix (`lss-` gives ",
            "`?lss-scenario=…`), so that they never meet the page's own."
        ),
    },
];

/// The values `sync-url` takes; an empty one keeps the default.
pub const SYNC_URL_VALUES: [(&str, bool); 2] = [("true", true), ("false", false)];

/// A `sync-url` value, trimmed; `None` when it is not one of [`SYNC_URL_VALUES`].
pub fn sync_url(value: &str) -> Option<bool> {
    let value = value.trim();
    SYNC_URL_VALUES
        .iter()
        .find(|(text, _)| *text == value)
        .map(|(_, sync)| *sync)
}

/// The longest prefix [`url_prefix`] accepts.
pub const URL_PREFIX_MAX: usize = 16;

/// A `url-prefix` value, trimmed, if it is one: up to [`URL_PREFIX_MAX`] of the characters a
/// URL never encodes (ASCII letters, digits, `-`, `.`, `_`, `~`), so the parameters the widget
/// writes under it read back the same from any link. An empty one keeps no prefix.
pub fn url_prefix(value: &str) -> Option<&str> {
    let value = value.trim();
    let unreserved = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~');
    (value.len() <= URL_PREFIX_MAX && value.chars().all(unreserved)).then_some(value)
}

/// An option's string value longer than this many UTF-16 code units is cut to it as it enters
/// the wasm: still too long to match (it exceeds [`query::MAX_VALUE_LEN`]) and quotable in a
/// warning, while the rest stays out of the wasm's memory. `<live-scheme-selector>` passes its
/// attributes as options, so its attributes are cut too.
pub const OPTION_CUT: usize = query::MAX_VALUE_LEN + 1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answer_settings_are_the_query_keys_and_the_url_settings_come_last() {
        let names: Vec<&str> = SETTINGS.iter().map(|s| s.name).collect();
        assert_eq!(names[..query::KEYS.len()], query::KEYS);
        assert_eq!(names[query::KEYS.len()..], [SYNC_URL, URL_PREFIX]);
    }

    #[test]
    fn a_url_prefix_is_short_and_never_needs_encoding() {
        assert_eq!(url_prefix(" lss-\n"), Some("lss-"));
        assert_eq!(url_prefix("w1.a_b~"), Some("w1.a_b~"));
        assert_eq!(url_prefix(""), Some(""));
        assert_eq!(
            url_prefix(&"x".repeat(URL_PREFIX_MAX)).map(str::len),
            Some(URL_PREFIX_MAX)
        );
        for bad in [
            "x".repeat(URL_PREFIX_MAX + 1),
            "a b".into(),
            "a&".into(),
            "a=".into(),
            "a%2D".into(),
            "a+".into(),
            "中".into(),
            "a#".into(),
            "a?".into(),
        ] {
            assert_eq!(url_prefix(&bad), None, "{bad:?}");
        }
    }

    #[test]
    fn sync_url_is_trimmed_and_exact() {
        assert_eq!(sync_url(" false\n"), Some(false));
        assert_eq!(sync_url("true"), Some(true));
        assert_eq!(sync_url("False"), None);
        assert_eq!(sync_url("no"), None);
    }
}
