//! The answer: a card per scheme, the notes, and the steps everyone takes. Announced to screen
//! readers when it changes.

use yew::prelude::*;

use super::card::scheme_card;
use super::fields::Ctx;
use super::notes::notes;
use crate::i18n;
use crate::rules::{Decision, Scheme, Status};

pub fn result_view(c: &Ctx, d: &Decision, on_link: &Callback<Scheme>) -> Html {
    let lang = c.lang;
    let heading_id = format!("{}-result", c.uid);
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
                        { for d.outcomes.iter().map(|o| scheme_card(lang, o, on_link)) }
                    </ul>
                }
                { notes(lang, &d.notes, c.dispatch) }
            </div>
        </section>
    }
}
