//! The form's questions, in the order a customer thinks: scenario, content, subject, category.

use yew::prelude::*;

use crate::form::Action;
use crate::i18n;
use crate::phrases::bilingual;
use crate::rules::{ordered_groups, Answers, Category, Lang, Scenario, Subject};

/// What every part of the form needs.
pub struct Ctx<'a> {
    pub lang: Lang,
    pub answers: Answers,
    /// Makes element ids and radio names unique when a page holds several widgets.
    pub uid: &'a str,
    pub dispatch: &'a Callback<Action>,
}

/// One radio choice; its change handler carries the action, so no value is parsed back.
fn radio(
    p: &Ctx,
    group: &str,
    id: &str,
    checked: bool,
    action: Action,
    label: Html,
    hint: Option<&str>,
) -> Html {
    let dispatch = p.dispatch.clone();
    let onchange = Callback::from(move |_: Event| dispatch.emit(action));
    let input_id = format!("{}-{group}-{id}", p.uid);
    html! {
        <div class="lss-choice">
            <input type="radio" id={input_id.clone()} name={format!("{}-{group}", p.uid)}
                value={id.to_owned()} {checked} {onchange} />
            <label for={input_id}>
                <span class="lss-choice-name">{label}</span>
                if let Some(hint) = hint {
                    <span class="lss-choice-hint">{hint}</span>
                }
            </label>
        </div>
    }
}

pub fn scenario_field(p: &Ctx) -> Html {
    let lang = p.lang;
    html! {
        <fieldset class="lss-field lss-field--scenario">
            <legend>{i18n::SCENARIO_LEGEND.get(lang)}</legend>
            <div class="lss-choices lss-choices--grid">
                { for Scenario::ALL.iter().enumerate().map(|(i, s)| {
                    let def = s.def();
                    let label = html! { <>
                        <span class="lss-choice-number">{format!("{}{}", i18n::SCENARIO_PREFIX.get(lang), i + 1)}</span>
                        {def.name.get(lang)}
                    </> };
                    radio(p, "scenario", s.id(), p.answers.scenario == Some(*s),
                        Action::Scenario(Some(*s)), label, Some(def.example.get(lang)))
                }) }
            </div>
        </fieldset>
    }
}

pub fn content_field(p: &Ctx) -> Html {
    let lang = p.lang;
    let contents = p.answers.scenario.map(|s| s.def().contents).unwrap_or(&[]);
    if contents.is_empty() {
        return html! {};
    }
    html! {
        <fieldset class="lss-field lss-field--content">
            <legend>{i18n::CONTENT_LEGEND.get(lang)}</legend>
            <div class="lss-choices">
                { for contents.iter().map(|c| radio(p, "content", c.id(), p.answers.content == Some(*c),
                    Action::Content(Some(*c)), html! { {c.name().get(lang)} }, None)) }
            </div>
        </fieldset>
    }
}

pub fn subject_field(p: &Ctx) -> Html {
    let lang = p.lang;
    let hint_id = format!("{}-subject-hint", p.uid);
    html! {
        <fieldset class="lss-field lss-field--subject" aria-describedby={hint_id.clone()}>
            <legend>{i18n::SUBJECT_LEGEND.get(lang)}</legend>
            <p class="lss-hint" id={hint_id}>{i18n::SUBJECT_HINT.get(lang)}</p>
            <div class="lss-choices">
                { for Subject::ALL.iter().map(|s| radio(p, "subject", s.id(), p.answers.subject == Some(*s),
                    Action::Subject(Some(*s)), html! { {s.name().get(lang)} }, None)) }
            </div>
        </fieldset>
    }
}

/// The category as the console names it (社交-直播), so the closed select is unambiguous.
fn category_label(c: Category, lang: Lang) -> String {
    match c.group() {
        Some(g) => match lang {
            Lang::Zh => format!("{}-{}", g.name().zh, c.name().zh),
            Lang::En => format!(
                "{} › {} ({}-{})",
                g.name().en,
                c.name().en,
                g.name().zh,
                c.name().zh
            ),
        },
        None => bilingual(c.name(), lang),
    }
}

pub fn category_field(p: &Ctx) -> Html {
    let lang = p.lang;
    let select_id = format!("{}-category", p.uid);
    let hint_id = format!("{}-category-hint", p.uid);
    let onchange = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            dispatch.emit(Action::Category(Category::from_id(&select.value())));
        })
    };
    let selected = p.answers.category;
    let option = |c: Category| {
        html! {
            <option value={c.id()} selected={selected == Some(c)}>{category_label(c, lang)}</option>
        }
    };
    html! {
        <div class="lss-field lss-field--category">
            <label class="lss-label" for={select_id.clone()}>{i18n::CATEGORY_LABEL.get(lang)}</label>
            <p class="lss-hint" id={hint_id.clone()}>{i18n::CATEGORY_HINT.get(lang)}</p>
            <select id={select_id} class="lss-select" aria-describedby={hint_id} {onchange}>
                <option value="" selected={selected.is_none()}>{i18n::CATEGORY_UNSET.get(lang)}</option>
                { for ordered_groups(p.answers.scenario).into_iter().map(|g| html! {
                    <optgroup label={bilingual(g.name(), lang)}>
                        { for Category::ALL.iter().copied().filter(|c| c.group() == Some(g)).map(option) }
                    </optgroup>
                }) }
                { option(Category::None) }
            </select>
        </div>
    }
}
