//! The widget's interface: Yew function components over the pure form state and rules.

mod browsing;
mod card;
mod ctx;
mod fields;
mod focus;
mod in_view;
mod link;
mod notes;
mod overview;
mod part;
mod result;
#[cfg(feature = "ssr")]
mod rules_only;
mod state;
mod steps;
mod toolbar;

use yew::prelude::*;

#[cfg(feature = "ssr")]
pub use rules_only::{RulesOnly, RulesProps};
pub use toolbar::{CopyRequest, CopyState};

/// The id prefix the first widget on a page gets, as the build-time paint does; the takeover
/// maps ids by what follows it.
#[cfg(feature = "ssr")]
pub const FIRST_UID: &str = "lss1";

use crate::form::{Action, Form, Question};
use crate::i18n;
use crate::rules::{decide, Answers, Lang, Scheme};
use crate::summary;
use ctx::{Ctx, Mode};
use part::{FormPart, Part};
use result::result_view;
use state::FormState;
use toolbar::{copy_link, toolbar, Copy};

#[derive(Properties, PartialEq, Clone)]
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
    /// Copies a link that reopens this state; used only where `shareable`.
    #[prop_or_default]
    pub on_copy: Callback<CopyRequest>,
    /// Called once, with what lets the host page change answers later (element attributes).
    #[prop_or_default]
    pub on_ready: Callback<Callback<Action>>,
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
        let (on_ready, dispatch) = (p.on_ready.clone(), dispatch.clone());
        use_effect_with((), move |_| on_ready.emit(dispatch));
    }
    let copy = use_state(|| (false, CopyState::Idle));
    {
        let on_change = p.on_change.clone();
        let copy = copy.clone();
        use_effect_with((form.lang, form.answers), move |(lang, answers)| {
            // A changed answer makes an earlier "copied" stale.
            copy.set((false, CopyState::Idle));
            on_change.emit((*lang, *answers))
        });
    }
    let root = use_node_ref();
    {
        let (root, uid) = (root.clone(), p.uid.clone());
        use_effect_with(form.focus, move |focus| {
            if let Some((target, _)) = focus {
                focus::move_to(&root, &uid, *target);
            }
        });
    }
    // The bar leads to the result, so it shows only while the result is out of view.
    let result_seen = use_state(|| false);
    {
        let (root, seen) = (root.clone(), result_seen.setter());
        use_effect_with((), move |_| {
            let watch = in_view::watch(&root, ".lss-result", Callback::from(move |v| seen.set(v)));
            move || drop(watch)
        });
    }
    {
        // A shared link with every answer opens at its answer, not at the page's top.
        let (root, uid, open) = (
            root.clone(),
            p.uid.clone(),
            p.shareable && p.start.opens_done(),
        );
        use_effect_with((), move |_| {
            if open {
                focus::scroll_to(&root, &uid, crate::form::Target::Result);
            }
        });
    }
    let decision = decide(form.answers);
    let asked = Question::asked(&form.answers);
    let flow = form.flow();
    let current = flow.current;
    let all_answered = asked.iter().all(|q| q.is_answered(&form.answers));
    // Once no question is open, those no answer could change are offered, not asked.
    let optional = if current.is_none() {
        flow.optional
    } else {
        Vec::new()
    };
    let mode = |q: Question| {
        if !asked.contains(&q) {
            Mode::Hidden
        } else if current == Some(q) {
            Mode::Open
        } else if q.is_answered(&form.answers) {
            Mode::Summary
        } else if optional.contains(&q) {
            Mode::Optional
        } else {
            Mode::Hidden
        }
    };
    let part = |which: Part, mode: Mode| {
        html! {
            <FormPart part={which} {lang} answers={which.relevant(&form.answers)} {mode}
                last={all_answered} uid={p.uid.clone()} dispatcher={state.dispatcher()} />
        }
    };
    let (place, total) = flow.progress;
    let bar = summary::bar(&decision, lang)
        .filter(|_| !*result_seen)
        .map(|(status, tone)| {
            let dispatch = dispatch.clone();
            html! {
                <button type="button" class="lss-bar" part="button" data-action="to-result"
                    data-tone={tone} onclick={move |_| dispatch.emit(Action::ShowResult)}>
                    <span class="lss-bar-status">{status}</span>
                    <span class="lss-bar-action">{i18n::BAR_ACTION.get(lang)}</span>
                </button>
            }
        });
    let ctx = Ctx {
        lang,
        answers: form.answers,
        uid: &p.uid,
        dispatch: &dispatch,
    };
    html! {
        <div class="lss" lang={lang.tag()} ref={root}>
            <header class="lss-header">
                <h2 class="lss-title">{i18n::TITLE.get(lang)}</h2>
                <p class="lss-intro">{i18n::INTRO.get(lang)}</p>
                { toolbar(&ctx, p.shareable.then_some(Copy { state: &copy, on_copy: &p.on_copy })) }
            </header>
            if !form.invalid.is_empty() {
                <div class="lss-note" data-kind="warning" data-notice="invalid-link" role="status">
                    <p>{format!("{}{}", i18n::INVALID_LINK.get(lang), form.invalid)}</p>
                </div>
            }
            <div class="lss-body" data-done={current.is_none().then_some("")}>
                <div class="lss-flow">
                    <p class="lss-progress" data-progress={format!("{place}/{total}")}>
                        if current.is_some() {
                            {format!("{} {place}/{total}", i18n::PROGRESS.get(lang))}
                        } else {
                            {i18n::PROGRESS_DONE.get(lang)}
                        }
                    </p>
                    <form class="lss-form" onsubmit={|e: SubmitEvent| e.prevent_default()}>
                        { for [(Part::Scenario, Question::Scenario), (Part::Content, Question::Content),
                            (Part::Subject, Question::Subject), (Part::Category, Question::Category)]
                            .into_iter().map(|(which, q)| part(which, mode(q))) }
                    </form>
                </div>
                { bar.unwrap_or_default() }
                { result_view(&ctx, &decision, &p.on_link,
                    (p.shareable && current.is_none()).then(|| copy_link(&ctx, &Copy { state: &copy, on_copy: &p.on_copy }, true))) }
            </div>
            <p class="lss-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-live="">
                { if form.announced == form.answers {
                    summary::announcement(&decision, form.jumped, form.subject_answered, lang)
                } else {
                    summary::announcement(&decide(form.announced), form.jumped, form.subject_answered, lang)
                } }
            </p>
            { part(Part::Steps, Mode::Hidden) }
            { part(Part::Overview, if form.overview { Mode::Open } else { Mode::Hidden }) }
            <footer class="lss-footer">
                <p>{i18n::FOOTER_SOURCE.get(lang)}</p>
                <p>{i18n::FOOTER_AUTHORITY.get(lang)}</p>
            </footer>
        </div>
    }
}
