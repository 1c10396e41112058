//! How requirements, reasons, conditions and missing pieces read in a sentence, in either
//! language. Category requirements are worded from their categories, so a set that any one
//! category satisfies always reads as "any one of", and a reason names what the customer chose.

use crate::i18n;
use crate::rules::{
    Answers, Category, CategorySet, Condition, Content, Lang, Missing, Requirement, Text,
    CATEGORY_PATH,
};

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

/// An English name in the middle of a sentence: lower case, unless it starts with an acronym
/// (NEEQ). ASCII only: the names are English, and Unicode case tables would weigh on the wasm.
fn mid_sentence(name: &str) -> String {
    let bytes = name.as_bytes();
    match bytes {
        [first, second, ..] if first.is_ascii() && !second.is_ascii_uppercase() => {
            let mut out = String::with_capacity(name.len());
            out.push(first.to_ascii_lowercase() as char);
            // `get`, not indexing: a slice that can fail brings the panic's formatting code.
            out.push_str(name.get(1..).unwrap_or_default());
            out
        }
        _ => name.to_owned(),
    }
}

/// "a, b or c" in English, "a、b、c" in Chinese.
fn any_of(items: &[String], lang: Lang) -> String {
    let refs: Vec<&str> = items.iter().map(String::as_str).collect();
    match (lang, refs.split_last()) {
        (Lang::En, Some((last, rest))) if !rest.is_empty() => {
            format!("{} or {last}", join(rest, ", "))
        }
        _ => join(&refs, i18n::CONTENT_SEPARATOR.get(lang)),
    }
}

/// The first letter in upper case (ASCII only, like `mid_sentence`).
pub fn capitalised(mut s: String) -> String {
    if let Some(first) = s.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    s
}

/// A category as the console names it: 【社交-直播】, or Social › Live streaming (社交-直播).
pub fn category_name(c: Category, lang: Lang) -> String {
    match (c.group(), lang) {
        (Some(g), Lang::Zh) => format!("【{}-{}】", g.name().zh, c.name().zh),
        (Some(g), Lang::En) => format!(
            "{} › {} ({}-{})",
            g.name().en,
            c.name().en,
            g.name().zh,
            c.name().zh
        ),
        (None, _) => c.name().get(lang).to_owned(),
    }
}

/// The first level of a set's categories (every set lies within one).
fn group_of(set: &CategorySet) -> Option<crate::rules::CategoryGroup> {
    set.categories.first().and_then(|c| c.group())
}

/// What a category requirement asks for, as a noun phrase: 【社交-直播】类目, any second-level
/// category under Education (教育), one of these Finance (金融业) categories: ….
pub fn category_need(set: &CategorySet, lang: Lang) -> String {
    let group = group_of(set)
        .map(|g| g.name())
        .unwrap_or(Text { zh: "", en: "" });
    let cats = set.categories;
    match lang {
        Lang::Zh if set.any_in_group => format!("【{}】类目下任一二级类目", group.zh),
        Lang::Zh if cats.len() <= 2 => {
            // 【社交-直播】或【社交-电商】类目; built by hand, as `str::replace` brings the
            // formatting code of a failed slice into the wasm.
            let mut out = String::new();
            for c in cats {
                let name = category_name(*c, lang);
                if out.ends_with('】') && name.starts_with('【') {
                    out.push('或');
                }
                out.push_str(&name);
            }
            out.push_str("类目");
            out
        }
        Lang::Zh => {
            let names: Vec<&str> = cats.iter().map(|c| c.name().zh).collect();
            format!("【{}】下列二级类目之一：{}", group.zh, join(&names, "、"))
        }
        Lang::En if set.any_in_group => format!(
            "any second-level category under {} ({})",
            group.en, group.zh
        ),
        Lang::En if cats.len() == 1 => {
            let name = cats[0].name();
            format!(
                "the {} › {} category ({}-{})",
                group.en, name.en, group.zh, name.zh
            )
        }
        Lang::En if cats.len() == 2 => {
            let names: Vec<String> = cats.iter().map(|c| category_name(*c, lang)).collect();
            format!("the {} category", any_of(&names, lang))
        }
        Lang::En => {
            let names: Vec<String> = cats
                .iter()
                .map(|c| format!("{} ({})", mid_sentence(c.name().en), c.name().zh))
                .collect();
            format!(
                "one of these {} ({}) categories: {}",
                group.en,
                group.zh,
                join(&names.iter().map(String::as_str).collect::<Vec<_>>(), ", ")
            )
        }
    }
}

/// Content names in a list, as in the middle of a sentence: "promoting financial products or
/// product sales training".
pub fn contents(list: &[Content], lang: Lang) -> String {
    let names: Vec<String> = list
        .iter()
        .map(|c| match lang {
            Lang::En => mid_sentence(c.name().en),
            Lang::Zh => c.name().zh.to_owned(),
        })
        .collect();
    any_of(&names, lang)
}

/// The requirement as a cell of the rules table states it.
pub fn requirement(req: Requirement, lang: Lang) -> String {
    match req {
        Requirement::NoCategory => i18n::MET_NO_CATEGORY.get(lang).to_owned(),
        Requirement::Subject(_) => i18n::MET_GOVERNMENT.get(lang).to_owned(),
        Requirement::Category(set) => capitalised(category_need(set, lang)),
        Requirement::Checks(checks) => {
            let texts: Vec<&str> = checks.iter().map(|c| c.text().get(lang)).collect();
            join(&texts, i18n::CLAUSE_SEPARATOR.get(lang))
        }
    }
}

/// Why a met requirement makes the scheme fit, naming what the customer chose.
pub fn met(req: Requirement, answers: &Answers, lang: Lang) -> String {
    let (Requirement::Category(set), Some(chosen)) = (req, answers.category) else {
        return requirement(req, lang);
    };
    if !set.categories.contains(&chosen) {
        return requirement(req, lang);
    }
    let group = chosen
        .group()
        .map(|g| g.name())
        .unwrap_or(Text { zh: "", en: "" });
    let name = chosen.name();
    match (lang, set.any_in_group, chosen.is_catch_all()) {
        (Lang::Zh, true, true) => format!("已有【{}】类目下的二级类目", group.zh),
        (Lang::Zh, true, false) => {
            format!("已有【{}】类目下的二级类目（{}）", group.zh, name.zh)
        }
        (Lang::Zh, false, _) => format!("已有{}类目", category_name(chosen, lang)),
        (Lang::En, true, true) => format!(
            "Your mini program has a second-level category under {} ({})",
            group.en, group.zh
        ),
        (Lang::En, true, false) => format!(
            "Your mini program has a second-level category under {} ({}): {} ({})",
            group.en, group.zh, name.en, name.zh
        ),
        (Lang::En, false, _) => format!(
            "Your mini program has the {} › {} category ({}-{})",
            group.en, name.en, group.zh, name.zh
        ),
    }
}

/// Something that must still hold.
pub fn condition(cond: Condition, lang: Lang) -> String {
    match cond {
        Condition::Check(check) => check.text().get(lang).to_owned(),
        Condition::NonIndividualSubject => i18n::NEED_NON_INDIVIDUAL.get(lang).to_owned(),
        Condition::GovernmentSubject => i18n::NEED_GOVERNMENT.get(lang).to_owned(),
        Condition::ContentIs(list) => {
            format!("{}{}", i18n::CONTENT_IS.get(lang), contents(list, lang))
        }
        Condition::Category(set) => {
            // Where the console keeps categories is said once, by the question and the next
            // step, not on every card.
            let need = category_need(set, lang);
            match lang {
                Lang::Zh => format!("需有{need}"),
                Lang::En => format!("Needs {need}"),
            }
        }
    }
}

/// What would open a route the answers rule out; `say_where`: a category to add says where the
/// console keeps them.
pub fn missing(miss: Missing, say_where: bool, lang: Lang) -> String {
    match miss {
        Missing::NonIndividualSubject => i18n::MISSING_NON_INDIVIDUAL.get(lang).to_owned(),
        Missing::GovernmentSubject => i18n::MISSING_GOVERNMENT.get(lang).to_owned(),
        Missing::Category(set) => match (lang, say_where) {
            (Lang::Zh, true) => format!(
                "添加{}，位置：{}",
                category_need(set, lang),
                CATEGORY_PATH.zh
            ),
            (Lang::En, true) => format!(
                "Add {} under {}",
                category_need(set, lang),
                CATEGORY_PATH.en
            ),
            (Lang::Zh, false) => format!("添加{}", category_need(set, lang)),
            (Lang::En, false) => format!("Add {}", category_need(set, lang)),
        },
    }
}
