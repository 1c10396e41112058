//! The answer: one recommendation, a card per scheme the scenario offers (in a fixed order),
//! the schemes it does not offer, and the notes, each said once.

use yew::prelude::*;

use super::card::scheme_card;
use super::ctx::Ctx;
use super::notes::notes;
use crate::i18n;
use crate::next_words::next_words;
use crate::rules::{
    next_step, offered_schemes, Category, Decision, Lang, NextStep, Scheme, Status, BY_EFFORT,
};
use crate::summary::{in_card_order, lead_scheme, Headline};

/// `step`: the next step the result leads with instead, if it does.
fn headline(c: &Ctx, d: &Decision, step: Option<NextStep>) -> Html {
    let lang = c.lang;
    if let Some(next) = step {
        return next_step_block(c, next);
    }
    match Headline::of(d) {
        Headline::NoScenario => html! {
            <p class="lss-summary-line" data-summary="no-scenario">{i18n::CHOOSE_SCENARIO_FIRST.get(lang)}</p>
        },
        Headline::Blocked => html! {
            <div class="lss-blocked" data-blocked="individual-subject" data-notice="individual-subject" part="note">
                <p class="lss-blocked-title">{i18n::BLOCKED_TITLE.get(lang)}</p>
                <p>{i18n::BLOCKED_TEXT.get(lang)}</p>
            </div>
        },
        Headline::Recommend(scheme) => {
            let available = d
                .outcomes
                .iter()
                .filter(|o| o.status == Status::Available)
                .count();
            let why = if available == 1 {
                i18n::ONLY_ONE.get(lang).to_owned()
            } else {
                format!("{}{}", scheme.takes().get(lang), i18n::LEAST_WORK.get(lang))
            };
            html! {
                <div class="lss-recommendation" part="recommendation" data-recommend={scheme.id()}>
                    <p class="lss-recommendation-title">
                        {i18n::RECOMMENDED.get(lang)}<strong>{scheme.name().get(lang)}</strong>
                    </p>
                    <p class="lss-recommendation-why">{why}</p>
                </div>
            }
        }
        Headline::Awaiting => html! {
            <p class="lss-summary-line" data-summary="awaiting">{i18n::SUMMARY_AWAITING.get(lang)}</p>
        },
        Headline::Conditions if d.answers.category == Some(Category::Unsure) => html! {
            <p class="lss-summary-line" data-summary="check-category">{i18n::SUMMARY_CHECK_CATEGORY.get(lang)}</p>
        },
        Headline::Conditions => html! {
            <p class="lss-summary-line" data-summary="conditions">{i18n::SUMMARY_CONDITIONS.get(lang)}</p>
        },
        Headline::NoneYet => html! {
            <p class="lss-summary-line" data-summary="none">{i18n::SUMMARY_NONE_YET.get(lang)}</p>
        },
    }
}

/// The next step the result leads with rather than a headline: none while a scheme is
/// recommended, the answer is blocked, or only answers are missing (the questions come first).
fn shown_next_step(d: &Decision) -> Option<NextStep> {
    if matches!(
        Headline::of(d),
        Headline::NoScenario | Headline::Blocked | Headline::Recommend(_)
    ) {
        return None;
    }
    next_step(d).filter(|next| match next {
        NextStep::Reach { goal, .. } => !goal.awaits_answers_only(),
        NextStep::Blocked { .. } => true,
    })
}

/// Where no scheme is available yet: the one thing to do for the least-work scheme in reach
/// (or the short plan, for a visitor without the category or a mini program yet), what that
/// scheme takes, and the alternative in a line.
fn next_step_block(c: &Ctx, next: NextStep) -> Html {
    let words = next_words(&next, c.lang);
    let kind = match next {
        NextStep::Reach { .. } => "reach",
        NextStep::Blocked { .. } => "blocked",
    };
    html! {
        <div class="lss-next-step" part="recommendation" data-next-step={next.scheme().id()} data-kind={kind}>
            <p class="lss-next-step-title">{words.heading}</p>
            <ol class="lss-next-step-list">
                { for words.steps.into_iter().map(|step| html! { <li>{step}</li> }) }
            </ol>
            if let Some(takes) = words.takes {
                <p class="lss-next-step-takes">{takes}</p>
            }
            if let Some(alternative) = words.alternative {
                <p class="lss-next-step-alt">{alternative}</p>
            }
        </div>
    }
}

/// Only in the prerendered form (`data-early`, hidden): what the loader shows while the
/// WebAssembly is on its way (an early answer waits for it) or could not be downloaded (with a
/// retry). The running widget never needs them.
#[cfg(feature = "ssr")]
fn before_takeover(c: &Ctx) -> Html {
    let lang = c.lang;
    html! { <>
        <p class="lss-summary-line" data-summary="loading" data-early="" hidden=true>{i18n::LOADING_ANSWER.get(lang)}</p>
        <div class="lss-note lss-offline" data-kind="warning" data-notice="offline" data-early="" role="alert" hidden=true>
            <p>{i18n::OFFLINE.get(lang)}</p>
            <button type="button" class="lss-button lss-button--secondary" data-action="retry">{i18n::RETRY.get(lang)}</button>
        </div>
    </> }
}

#[cfg(not(feature = "ssr"))]
fn before_takeover(_: &Ctx) -> Html {
    Html::default()
}

/// The schemes this scenario (or this content) does not offer, named once and folded, so no
/// one wonders where they went.
fn not_offered(c: &Ctx, d: &Decision) -> Html {
    let lang = c.lang;
    let Some(scenario) = d.answers.scenario else {
        return html! {};
    };
    let in_scenario = offered_schemes(scenario);
    let absent: Vec<(Scheme, &'static str)> = BY_EFFORT
        .into_iter()
        .filter(|s| d.outcome(*s).is_none())
        .map(|s| {
            let why = if in_scenario.contains(&s) {
                i18n::NOT_FOR_CONTENT.get(lang)
            } else {
                i18n::NOT_IN_SCENARIO.get(lang)
            };
            (s, why)
        })
        .collect();
    if absent.is_empty() {
        return html! {};
    }
    html! {
        <details class="lss-not-offered">
            <summary>{match lang {
                Lang::Zh => format!("{}（{}）", i18n::NOT_OFFERED.zh, absent.len()),
                Lang::En => format!("{} ({})", i18n::NOT_OFFERED.en, absent.len()),
            }}</summary>
            <ul class="lss-card-list">
                { for absent.into_iter().map(|(s, why)| html! {
                    <li data-not-offered={s.id()}>{format!("{}{}{why}", s.name().get(lang), i18n::LABEL_COLON.get(lang))}</li>
                }) }
            </ul>
        </details>
    }
}

/// `copy`: the copy-link button, offered where the visitor reads their answer.
pub fn result_view(c: &Ctx, d: &Decision, on_link: &Callback<Scheme>, copy: Option<Html>) -> Html {
    let lang = c.lang;
    let heading_id = format!("{}-result", c.uid);
    let step = shown_next_step(d);
    // Under a next step, which says where the console keeps categories, the cards do not.
    let say_where = step.is_none();
    let lead = lead_scheme(d);
    html! {
        <section class="lss-result" aria-labelledby={heading_id.clone()}>
            <h3 class="lss-heading" id={heading_id} tabindex="-1">{i18n::RESULT_HEADING.get(lang)}</h3>
            { headline(c, d, step) }
            { before_takeover(c) }
            if d.answers.scenario.is_some() {
                <ul class="lss-cards">
                    { for in_card_order(d).into_iter().map(|o|
                        scheme_card(lang, o, &d.answers, d.recommended == Some(o.scheme),
                            lead == Some(o.scheme), say_where, on_link)) }
                </ul>
                { not_offered(c, d) }
            }
            { notes(lang, &d.notes, d.blocked, c.dispatch) }
            if let Some(copy) = copy {
                <div class="lss-result-share">{copy}</div>
            }
        </section>
    }
}
