//! The widget's interface: Yew function components over the pure form state and rules.

mod card;
mod fields;
mod notes;
mod overview;
mod result;
mod state;
mod steps;
mod toolbar;

use yew::prelude::*;

use crate::form::{Action, Form};
use crate::i18n;
use crate::rules::{decide, Answers, Lang, Scheme};
use fields::{CategoryField, ContentField, ScenarioField, SubjectField};
use overview::Overview;
use result::ResultView;
use state::FormState;
use toolbar::Toolbar;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub start: Form,
    /// Prefix for element ids, unique per widget on the page.
    pub uid: AttrValue,
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
    {
        let on_change = p.on_change.clone();
        use_effect_with((form.lang, form.answers), move |(lang, answers)| {
            on_change.emit((*lang, *answers))
        });
    }
    let decision = decide(form.answers);
    let uid = p.uid.clone();
    let field = |_: ()| (lang, form.answers, uid.clone(), dispatch.clone());
    let (l, a, u, d) = field(());
    html! {
        <div class="lss" lang={lang.tag()}>
            <header class="lss-header">
                <h2 class="lss-title">{i18n::TITLE.get(lang)}</h2>
                <p class="lss-intro">{i18n::INTRO.get(lang)}</p>
                <Toolbar lang={l} answers={a} uid={u.clone()} dispatch={d.clone()} />
            </header>
            if !form.invalid.is_empty() {
                <div class="lss-note lss-note--warning" data-notice="invalid-link" role="status">
                    <p>{format!("{}{}", i18n::INVALID_LINK.get(lang), form.invalid.join(", "))}</p>
                </div>
            }
            <form class="lss-form" onsubmit={|e: SubmitEvent| e.prevent_default()}>
                <ScenarioField lang={l} answers={a} uid={u.clone()} dispatch={d.clone()} />
                <ContentField lang={l} answers={a} uid={u.clone()} dispatch={d.clone()} />
                <SubjectField lang={l} answers={a} uid={u.clone()} dispatch={d.clone()} />
                <CategoryField lang={l} answers={a} uid={u.clone()} dispatch={d.clone()} />
            </form>
            <ResultView {lang} {decision} uid={u} dispatch={d} on_link={p.on_link.clone()} />
            <Overview {lang} />
            <footer class="lss-footer">
                <p>{i18n::FOOTER_SOURCE.get(lang)}</p>
                <p>{i18n::FOOTER_AUTHORITY.get(lang)}</p>
            </footer>
        </div>
    }
}
