//! One scheme the scenario offers: what it takes, its status in words, why, what is still
//! needed or missing, and its page.

use yew::prelude::*;

use super::link::external_button;

use crate::i18n;
use crate::phrases;
use crate::rules::{
    Answers, Condition, Lang, Link, Missing, Outcome, Route, Scheme, Status, Subject,
};
use crate::summary::Badge;

fn list(heading: &'static str, items: Vec<String>) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <div class="lss-card-section">
            <p class="lss-card-label">{heading}</p>
            <ul class="lss-card-list">{ for items.into_iter().map(|i| html! { <li>{i}</li> }) }</ul>
        </div>
    }
}

/// The conditions worth a line on the card. The non-individual rule is said once, in the
/// notes, rather than on every card.
fn conditions(route: &Route, lang: Lang) -> Vec<String> {
    route
        .conditions
        .iter()
        .filter(|c| **c != Condition::NonIndividualSubject)
        .map(|c| phrases::condition(*c, lang))
        .collect()
}

/// What is missing, less the non-individual subject, which the blocked notice says once. For
/// an individual's mini program nothing else is worth adding: no category opens a scheme to it.
fn missing(route: &Route, answers: &Answers, say_where: bool, lang: Lang) -> Vec<String> {
    if answers.subject == Some(Subject::Individual) {
        return Vec::new();
    }
    route
        .missing
        .iter()
        .filter(|m| **m != Missing::NonIndividualSubject)
        .map(|m| phrases::missing(*m, say_where, lang))
        .collect()
}

fn route_details(route: &Route, answers: &Answers, say_where: bool, lang: Lang) -> Html {
    html! { <>
        if let Some(met) = route.met {
            <div class="lss-card-section">
                <p class="lss-card-label">{i18n::WHY.get(lang)}</p>
                <p class="lss-card-text">{phrases::met(met, answers, lang)}</p>
            </div>
        }
        { list(i18n::CONDITIONS.get(lang), conditions(route, lang)) }
        { list(i18n::MISSING.get(lang), missing(route, answers, say_where, lang)) }
    </> }
}

/// The other ways to the scheme, worth showing only while the best one is not yet usable.
fn alternatives(outcome: &Outcome, answers: &Answers, say_where: bool, lang: Lang) -> Html {
    if outcome.status == Status::Available || outcome.routes.len() < 2 {
        return html! {};
    }
    html! {
        <div class="lss-card-alt">
            <p class="lss-card-label">{i18n::OR_INSTEAD.get(lang)}</p>
            { for outcome.routes.iter().skip(1).map(|r| {
                let items: Vec<String> = missing(r, answers, say_where, lang).into_iter()
                    .chain(conditions(r, lang)).collect();
                html! { <ul class="lss-card-list">{ for items.into_iter().map(|i| html! { <li>{i}</li> }) }</ul> }
            }) }
        </div>
    }
}

/// Links that help meet the best route's checks (the contact form for offline events).
fn check_links(route: &Route) -> Vec<Link> {
    route
        .conditions
        .iter()
        .filter_map(|c| match c {
            Condition::Check(check) => check.link(),
            _ => None,
        })
        .collect()
}

pub fn scheme_card(
    lang: Lang,
    outcome: &Outcome,
    answers: &Answers,
    recommended: bool,
    // The card the result leads with: the only one whose link is the primary action.
    lead: bool,
    // Whether a category to add says where the console keeps them: not where the next step
    // above has said so already.
    say_where: bool,
    on_link: &Callback<Scheme>,
) -> Html {
    let scheme = outcome.scheme;
    let onclick = {
        let on_link = on_link.clone();
        Callback::from(move |_: MouseEvent| on_link.emit(scheme))
    };
    let badge = Badge::of(outcome, answers);
    html! {
        <li class="lss-card" part="card"
            data-scheme={scheme.id()} data-status={outcome.status.id()}
            data-recommended={recommended.then_some("true")} data-lead={lead.then_some("")}>
            <div class="lss-card-head">
                <h4 class="lss-card-title">{scheme.name().get(lang)}</h4>
                <p class="lss-status" data-tone={outcome.status.id()}>{badge.text(lang)}</p>
            </div>
            if let Some(aka) = scheme.aka() {
                <p class="lss-card-aka">{format!("{} {}", i18n::ALSO_KNOWN_AS.get(lang), aka.get(lang))}</p>
            }
            <p class="lss-tag">{scheme.takes().get(lang)}</p>
            { route_details(outcome.best(), answers, say_where, lang) }
            { alternatives(outcome, answers, say_where, lang) }
            <p class="lss-card-actions">
                { external_button(scheme.url(), scheme.link_label().get(lang),
                    format!(": {}{}", scheme.name().get(lang), i18n::NEW_TAB.get(lang)), Some(onclick)) }
                { for check_links(outcome.best()).into_iter().map(|link|
                    external_button(link.url, link.label.get(lang), i18n::NEW_TAB.get(lang).to_owned(), None)) }
            </p>
        </li>
    }
}
