//! The questions. The open one shows its choices; an answered one folds into a one-line summary
//! that reopens it. A tap answers and moves on; the arrow keys only browse the choices, so a
//! keyboard user moves on with the Next button when ready.

use yew::prelude::*;

use super::browsing::{action, browsing, key_up};
use super::ctx::{Ctx, Mode};

use crate::form::{Action, Answer, Question};
use crate::i18n;
use crate::phrases::{bilingual, category_name};
use crate::rules::{find_scenarios, ordered_groups, Category, Lang, Scenario, Subject, Text};

pub fn element_id(uid: &str, prefix: &str, q: Question) -> String {
    format!("{uid}-{prefix}-{}", q.id())
}

/// One radio choice; its change handler carries the answer, so no value is parsed back. The
/// arrow keys browse; Space or Enter on the choice answers it, even when browsing had already
/// ticked it.
fn radio(
    p: &Ctx,
    q: Question,
    id: &str,
    checked: bool,
    answer: Answer,
    label: Html,
    hint: Option<&str>,
) -> Html {
    let onchange = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |_: Event| dispatch.emit(action(answer)))
    };
    let onkeydown = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            browsing(key.starts_with("Arrow"));
            let ticked = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.checked());
            if ticked && (key == " " || key == "Enter") {
                e.prevent_default();
                dispatch.emit(Action::Answer(answer));
            }
        })
    };
    let input_id = format!("{}-{}-{id}", p.uid, q.id());
    html! {
        <div class="lss-choice" part="choice">
            <input type="radio" id={input_id.clone()} name={format!("{}-{}", p.uid, q.id())}
                value={id.to_owned()} {checked} {onchange} {onkeydown} onkeyup={key_up} />
            <label for={input_id}>
                <span class="lss-choice-name">{label}</span>
                if let Some(hint) = hint {
                    <span class="lss-choice-hint">{hint}</span>
                }
            </label>
        </div>
    }
}

/// The button that moves on from an answered question that is still open.
fn next_button(p: &Ctx, last: bool) -> Html {
    let dispatch = p.dispatch.clone();
    let label = if last { i18n::SEE_RESULT } else { i18n::NEXT };
    html! {
        <button type="button" class="lss-button lss-next" part="button" data-action="next"
            onclick={move |_| dispatch.emit(Action::Next)}>{label.get(p.lang)}</button>
    }
}

/// A radio question, open.
fn radio_question(
    p: &Ctx,
    q: Question,
    legend: &str,
    hint: Option<Html>,
    choices: Html,
    grid: bool,
    last: bool,
) -> Html {
    html! {
        <fieldset class="lss-question" part="question" id={element_id(p.uid, "q", q)} tabindex="-1"
            data-question={q.id()}>
            <legend>{legend}</legend>
            { hint.unwrap_or_default() }
            // Literal classes only: a computed `class` brings Yew's `Classes` set into the wasm.
            if grid {
                <div class="lss-choices lss-choices--grid">{choices}</div>
            } else {
                <div class="lss-choices">{choices}</div>
            }
            if q.is_answered(&p.answers) {
                { next_button(p, last) }
            }
        </fieldset>
    }
}

/// An answered question in one line, with the button that reopens it.
fn summary(p: &Ctx, q: Question, id: &'static str, value: String) -> Html {
    line(p, q, Some(id), value, i18n::EDIT)
}

/// A question no answer could change the result of, offered in the line an answer would take.
pub fn offered(p: &Ctx, q: Question) -> Html {
    line(
        p,
        q,
        None,
        i18n::OPTIONAL_INTRO.get(p.lang).to_owned(),
        i18n::ANSWER_IT,
    )
}

/// A question in one line, `id` its answer (none: offered), with the button that opens it.
fn line(p: &Ctx, q: Question, id: Option<&'static str>, value: String, button: Text) -> Html {
    let dispatch = p.dispatch.clone();
    let lang = p.lang;
    let label = match q {
        Question::Scenario => i18n::SCENARIO_SHORT,
        Question::Content => i18n::CONTENT_SHORT,
        Question::Subject => i18n::SUBJECT_SHORT,
        Question::Category => i18n::CATEGORY_SHORT,
    };
    html! {
        <div class="lss-answer" id={element_id(p.uid, "s", q)} tabindex="-1" data-question={q.id()}
            data-value={id} data-optional={id.is_none().then_some("")}>
            <p class="lss-answer-text">
                <span class="lss-answer-label">{format!("{}{}", label.get(lang), i18n::LABEL_COLON.get(lang))}</span>
                <span class="lss-answer-value">{value}</span>
            </p>
            <button type="button" class="lss-edit" data-action="edit"
                onclick={move |_| dispatch.emit(Action::Edit(q))}>
                {button.get(lang)}
                <span class="lss-visually-hidden">{format!("{}{}", i18n::LABEL_COLON.get(lang), label.get(lang))}</span>
            </button>
        </div>
    }
}

pub fn scenario_field(p: &Ctx, mode: Mode, last: bool, query: &UseStateHandle<String>) -> Html {
    let lang = p.lang;
    let q = Question::Scenario;
    match (mode, p.answers.scenario) {
        (Mode::Hidden, _) => html! {},
        (Mode::Summary, Some(s)) => summary(p, q, s.id(), s.def().name.get(lang).to_owned()),
        _ => {
            let found = find_scenarios(query);
            // No match hides nothing: the visitor is told, and chooses from all ten.
            let shown = if found.is_empty() {
                Scenario::ALL.to_vec()
            } else {
                found.clone()
            };
            let choices: Html = Scenario::ALL.iter().enumerate().filter(|(_, s)| shown.contains(s)).map(|(i, s)| {
                let def = s.def();
                let label = html! { <>
                    <span class="lss-choice-number">{format!("{}{}", i18n::SCENARIO_PREFIX.get(lang), i + 1)}</span>
                    {def.name.get(lang)}
                </> };
                radio(p, q, s.id(), p.answers.scenario == Some(*s),
                    Answer::Scenario(Some(*s)), label, hint(def.name.get(lang), def.example.get(lang)))
            }).collect();
            let status = match (query.trim().is_empty(), found.len()) {
                (true, _) => String::new(),
                (false, 0) => i18n::FIND_NONE.get(lang).to_owned(),
                (false, n) => format!("{n}{}", i18n::FIND_SOME.get(lang)),
            };
            radio_question(
                p,
                q,
                i18n::SCENARIO_LEGEND.get(lang),
                Some(finder(p, query, status)),
                choices,
                true,
                last,
            )
        }
    }
}

/// The table's content cell under a scenario's name, unless the name already lists examples
/// (场景3, 场景6): the source's heading and cell then say nearly the same twice.
fn hint(name: &str, example: &'static str) -> Option<&'static str> {
    // Characters, not a string: a string pattern would bring the two-way searcher, 1 kB of wasm.
    (!name.contains(['、', ','])).then_some(example)
}

/// A search field that narrows the scenarios to those whose words match what the visitor
/// types about their business, in either language.
fn finder(p: &Ctx, query: &UseStateHandle<String>, status: String) -> Html {
    let lang = p.lang;
    let id = format!("{}-find", p.uid);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                // `maxlength` keeps a paste short; this keeps a host script's value short too.
                query.set(input.value().chars().take(MAX_QUERY_CHARS).collect());
            }
        })
    };
    html! {
        <div class="lss-find">
            <label class="lss-find-label" for={id.clone()}>{i18n::FIND_LABEL.get(lang)}</label>
            <input type="search" class="lss-find-input" id={id} data-action="find-scenario"
                placeholder={i18n::FIND_PLACEHOLDER.get(lang)} autocomplete="off" maxlength="40"
                value={(!query.is_empty()).then(|| (**query).clone())} {oninput} />
            <p class="lss-find-status" role="status">{status}</p>
        </div>
    }
}

/// Longer than any word a scenario is found by.
const MAX_QUERY_CHARS: usize = 40;

pub fn content_field(p: &Ctx, mode: Mode, last: bool) -> Html {
    let lang = p.lang;
    let q = Question::Content;
    let contents = p.answers.scenario.map(|s| s.def().contents).unwrap_or(&[]);
    match (mode, p.answers.content) {
        (Mode::Hidden, _) => html! {},
        _ if contents.is_empty() => html! {},
        (Mode::Summary, Some(c)) => summary(p, q, c.id(), c.name().get(lang).to_owned()),
        _ => {
            let choices: Html = contents
                .iter()
                .map(|c| {
                    radio(
                        p,
                        q,
                        c.id(),
                        p.answers.content == Some(*c),
                        Answer::Content(Some(*c)),
                        html! { {c.name().get(lang)} },
                        None,
                    )
                })
                .collect();
            radio_question(
                p,
                q,
                i18n::CONTENT_LEGEND.get(lang),
                None,
                choices,
                false,
                last,
            )
        }
    }
}

pub fn subject_field(p: &Ctx, mode: Mode, last: bool) -> Html {
    let lang = p.lang;
    let q = Question::Subject;
    match (mode, p.answers.subject) {
        (Mode::Hidden, _) => html! {},
        (Mode::Summary, Some(s)) => summary(p, q, s.id(), s.name().get(lang).to_owned()),
        _ => {
            let hint_id = format!("{}-subject-hint", p.uid);
            let hint =
                html! { <p class="lss-hint" id={hint_id}>{i18n::SUBJECT_HINT.get(lang)}</p> };
            let choices: Html = Subject::ALL
                .iter()
                .map(|s| {
                    radio(
                        p,
                        q,
                        s.id(),
                        p.answers.subject == Some(*s),
                        Answer::Subject(Some(*s)),
                        html! { {s.name().get(lang)} },
                        None,
                    )
                })
                .collect();
            radio_question(
                p,
                q,
                i18n::SUBJECT_LEGEND.get(lang),
                Some(hint),
                choices,
                false,
                last,
            )
        }
    }
}

/// The category as the console names it (社交-直播), so the closed select is unambiguous.
fn option_label(c: Category, lang: Lang) -> String {
    match c.group() {
        Some(_) => category_name(c, lang).trim_matches(['【', '】']).to_owned(),
        // 不确定 and 以上都不是 are the widget's words, not the console's: no Chinese beside them.
        None => c.name().get(lang).to_owned(),
    }
}

pub fn category_field(p: &Ctx, mode: Mode, last: bool) -> Html {
    let lang = p.lang;
    let q = Question::Category;
    match (mode, p.answers.category) {
        (Mode::Hidden, _) => return html! {},
        (Mode::Summary, Some(c)) => return summary(p, q, c.id(), option_label(c, lang)),
        _ => {}
    }
    let select_id = format!("{}-category", p.uid);
    let label_id = format!("{}-category-label", p.uid);
    let hint_id = format!("{}-category-hint", p.uid);
    let onchange = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            dispatch.emit(action(Answer::Category(Category::from_id(&select.value()))));
        })
    };
    let unsure = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Answer(Answer::Category(Some(Category::Unsure))))
        })
    };
    let selected = p.answers.category;
    let option = |c: Category| {
        html! {
            <option value={c.id()} selected={selected == Some(c)}>{option_label(c, lang)}</option>
        }
    };
    html! {
        <div class="lss-question" part="question" role="group" aria-labelledby={label_id.clone()}
            id={element_id(p.uid, "q", q)} tabindex="-1" data-question={q.id()}>
            <label class="lss-label" id={label_id} for={select_id.clone()}>{i18n::CATEGORY_LABEL.get(lang)}</label>
            <p class="lss-hint" id={hint_id.clone()}>{i18n::CATEGORY_HINT.get(lang)}</p>
            <select id={select_id} class="lss-select" aria-describedby={hint_id} {onchange}
                onkeydown={|e: KeyboardEvent| browsing(e.key() != "Tab")} onkeyup={key_up}>
                <option value="" selected={selected.is_none()}>{i18n::CATEGORY_UNSET.get(lang)}</option>
                { for ordered_groups(p.answers.scenario).into_iter().map(|g| html! {
                    <optgroup label={bilingual(g.name(), lang)}>
                        { for Category::ALL.iter().copied().filter(|c| c.group() == Some(g)).map(option) }
                    </optgroup>
                }) }
                { option(Category::None) }
                { option(Category::Unsure) }
            </select>
            <div class="lss-question-actions">
                if selected != Some(Category::Unsure) {
                    <button type="button" class="lss-button lss-button--secondary" part="button"
                        data-action="unsure" onclick={unsure}>{i18n::NOT_SURE.get(lang)}</button>
                }
                if selected.is_some() {
                    { next_button(p, last) }
                }
            </div>
        </div>
    }
}
