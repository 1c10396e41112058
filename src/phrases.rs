//! How requirements, conditions and missing pieces read in a sentence, in either language.

use crate::i18n;
use crate::rules::{CategorySet, Condition, Lang, Missing, Requirement, Text, CATEGORY_PATH};

/// Joins with a separator. One small loop instead of the standard `join`, which the wasm would
/// carry once per element type.
pub fn join(items: &[&str], sep: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item);
    }
    out
}

/// A name as the customer must find it in the Chinese console: English readers get the English
/// name with the Chinese original beside it.
pub fn bilingual(text: Text, lang: Lang) -> String {
    match lang {
        Lang::Zh => text.zh.to_owned(),
        Lang::En => format!("{} ({})", text.en, text.zh),
    }
}

pub fn category_set(set: &CategorySet, lang: Lang) -> String {
    bilingual(set.label, lang)
}

/// The requirement as the source's 要求 cell states it.
pub fn requirement(req: Requirement, lang: Lang) -> String {
    match req {
        Requirement::NoCategory => i18n::MET_NO_CATEGORY.get(lang).to_owned(),
        Requirement::Subject(_) => i18n::MET_GOVERNMENT.get(lang).to_owned(),
        Requirement::Category(set) => category_set(set, lang),
        Requirement::Checks(checks) => {
            let texts: Vec<&str> = checks.iter().map(|c| c.text().get(lang)).collect();
            join(&texts, i18n::CONTENT_SEPARATOR.get(lang))
        }
    }
}

/// Why a met requirement makes the scheme fit.
pub fn met(req: Requirement, lang: Lang) -> String {
    match req {
        Requirement::Category(set) => match lang {
            Lang::Zh => format!("{}{}", i18n::MET_CATEGORY.zh, set.label.zh),
            Lang::En => format!("{} {}", i18n::MET_CATEGORY.en, category_set(set, lang)),
        },
        other => requirement(other, lang),
    }
}

pub fn condition(cond: Condition, lang: Lang) -> String {
    match cond {
        Condition::Check(check) => check.text().get(lang).to_owned(),
        Condition::NonIndividualSubject => i18n::NEED_NON_INDIVIDUAL.get(lang).to_owned(),
        Condition::GovernmentSubject => i18n::NEED_GOVERNMENT.get(lang).to_owned(),
        Condition::ContentIs(contents) => {
            let names: Vec<&str> = contents.iter().map(|c| c.name().get(lang)).collect();
            format!(
                "{}{}",
                i18n::CONTENT_IS.get(lang),
                join(&names, i18n::CONTENT_SEPARATOR.get(lang))
            )
        }
    }
}

pub fn missing(miss: Missing, lang: Lang) -> String {
    match miss {
        Missing::NonIndividualSubject => i18n::NEED_NON_INDIVIDUAL.get(lang).to_owned(),
        Missing::GovernmentSubject => i18n::NEED_GOVERNMENT.get(lang).to_owned(),
        Missing::Category(set) => match lang {
            Lang::Zh => format!(
                "{}{}{}",
                set.add.zh,
                i18n::ADD_CATEGORY_WHERE.zh,
                CATEGORY_PATH.zh
            ),
            Lang::En => format!(
                "{} ({}){}{}",
                set.add.en,
                set.label.zh,
                i18n::ADD_CATEGORY_WHERE.en,
                CATEGORY_PATH.en
            ),
        },
    }
}
