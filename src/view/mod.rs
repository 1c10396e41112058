//! The widget's interface: Yew function components over the pure form state and rules.

mod card;
mod fields;
mod link;
mod notes;
mod overview;
mod part;
mod result;
mod state;
mod steps;
mod toolbar;

use yew::prelude::*;

use crate::form::{Action, Form};
use crate::i18n;
use crate::rules::{decide, Answers, Lang, Scheme};
use fields::Ctx;
use part::{FormPart, Part};
use result::result_view;
use state::FormState;
use toolbar::{toolbar, CopyState};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub start: Form,
    /// Prefix for element ids, unique per widget on the page.
    pub uid: AttrValue,
    /// Whether the page's URL carries this widget's state, so a copied link reopens it.
    #[prop_or_default]
    pub shareable: bool,
    /// Called after every change of language or answers, and once at start.
    #[prop_or_default]
    pub on_change: Callback<(Lang, Answers)>,
    /// Called when a product link is followed.
    #[prop_or_default]
    pub on_link: Callback<Scheme>,
}

#[component]
pub fn App(p: &AppProps) -> Html {
    let state = use_reducer({
        let start = p.start.clone();
        move || FormState(start)
    });
    let form = &state.0;
    let lang = form.lang;
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let copy = use_state(|| CopyState::Idle);
    {
        let on_change = p.on_change.clone();
        let copy = copy.clone();
        use_effect_with((form.lang, form.answers), move |(lang, answers)| {
            // A changed answer makes an earlier "copied" stale.
            copy.set(CopyState::Idle);
            on_change.emit((*lang, *answers))
        });
    }
    let decision = decide(form.answers);
    let part = |which: Part| {
        html! {
            <FormPart part={which} {lang} answers={which.relevant(&form.answers)}
                open={which == Part::Overview && form.overview}
                uid={p.uid.clone()} dispatcher={state.dispatcher()} />
        }
    };
    let ctx = Ctx {
        lang,
        answers: form.answers,
        uid: &p.uid,
        dispatch: &dispatch,
    };
    html! {
        <div class="lss" lang={lang.tag()}>
            <header class="lss-header">
                <h2 class="lss-title">{i18n::TITLE.get(lang)}</h2>
                <p class="lss-intro">{i18n::INTRO.get(lang)}</p>
                { toolbar(&ctx, p.shareable.then_some(&copy)) }
            </header>
            if !form.invalid.is_empty() {
                <div class="lss-note" data-kind="warning" data-notice="invalid-link" role="status">
                    <p>{format!("{}{}", i18n::INVALID_LINK.get(lang), crate::phrases::join(&form.invalid, ", "))}</p>
                </div>
            }
            <form class="lss-form" onsubmit={|e: SubmitEvent| e.prevent_default()}>
                { for [Part::Scenario, Part::Content, Part::Subject, Part::Category].into_iter().map(part) }
            </form>
            { result_view(&ctx, &decision, &p.on_link) }
            { part(Part::Steps) }
            { part(Part::Overview) }
            <footer class="lss-footer">
                <p>{i18n::FOOTER_SOURCE.get(lang)}</p>
                <p>{i18n::FOOTER_AUTHORITY.get(lang)}</p>
            </footer>
        </div>
    }
}
