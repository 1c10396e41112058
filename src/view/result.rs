//! The answer: a card per scheme, the notes, and the steps everyone takes. Announced to screen
//! readers when it changes.

use yew::prelude::*;

use super::card::SchemeCard;
use super::notes::Notes;
use super::steps::NextSteps;
use crate::form::Action;
use crate::i18n;
use crate::rules::{Decision, Lang, Scheme, Status};

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub lang: Lang,
    pub decision: Decision,
    pub uid: AttrValue,
    pub dispatch: Callback<Action>,
    pub on_link: Callback<Scheme>,
}

#[component]
pub fn ResultView(p: &ResultProps) -> Html {
    let lang = p.lang;
    let d = &p.decision;
    let heading_id = format!("{}-result", p.uid);
    let nothing_usable = d.outcomes.iter().all(|o| o.status == Status::Unavailable);
    html! {
        <section class="lss-result" aria-labelledby={heading_id.clone()}>
            <h3 class="lss-heading" id={heading_id}>{i18n::RESULT_HEADING.get(lang)}</h3>
            <div class="lss-live" aria-live="polite">
                if d.answers.scenario.is_none() {
                    <p class="lss-empty">{i18n::CHOOSE_SCENARIO_FIRST.get(lang)}</p>
                } else {
                    if d.blocked {
                        <div class="lss-blocked" data-blocked="individual-subject">
                            <p class="lss-blocked-title">{i18n::BLOCKED_TITLE.get(lang)}</p>
                            <p>{i18n::BLOCKED_TEXT.get(lang)}</p>
                        </div>
                    } else if nothing_usable {
                        <p class="lss-summary-line">{i18n::SUMMARY_NONE_YET.get(lang)}</p>
                    }
                    <ul class="lss-cards">
                        { for d.outcomes.iter().map(|o| html! {
                            <SchemeCard key={o.scheme.id()} {lang} outcome={o.clone()} on_link={p.on_link.clone()} />
                        }) }
                    </ul>
                }
                <Notes {lang} notes={d.notes.clone()} dispatch={p.dispatch.clone()} />
            </div>
            <NextSteps {lang} />
        </section>
    }
}
