//! Bilingual text: every string a customer reads exists in Chinese (the source's own words) and English.

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag, as used in the `lang` attribute and the `lang` URL parameter.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The primary subtag that picks this language in any tag (`zh` in `zh-TW`).
    pub const fn primary(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// What ends a tag's primary subtag: BCP 47's `-`, and the `_` of locale names (`en_US`).
    pub const SUBTAG_SEPARATORS: [char; 2] = ['-', '_'];

    /// Accepts the tags people actually type (`zh`, `zh-CN`, `en`, `en-US`), case-insensitively.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(Self::SUBTAG_SEPARATORS).next().unwrap_or("");
        Self::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.primary()))
    }
}

/// One piece of text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// Short constructor so the rule tables read like the source's tables.
pub const fn t(zh: &'static str, en: &'static str) -> Text {
    Text { zh, en }
}
