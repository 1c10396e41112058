//! One scheme the scenario offers: its status in words, why, what is missing, and its page.

use yew::prelude::*;

use super::link::external_button;

use crate::i18n;
use crate::phrases;
use crate::rules::{Condition, Lang, Link, Outcome, Route, Scheme, Status};

pub fn status_text(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Available => i18n::STATUS_AVAILABLE.get(lang),
        Status::Conditional => i18n::STATUS_CONDITIONAL.get(lang),
        Status::Unavailable => i18n::STATUS_UNAVAILABLE.get(lang),
    }
}

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

fn route_details(route: &Route, lang: Lang) -> Html {
    html! { <>
        if let Some(met) = route.met {
            <div class="lss-card-section">
                <p class="lss-card-label">{i18n::WHY.get(lang)}</p>
                <p class="lss-card-text">{phrases::met(met, lang)}</p>
            </div>
        }
        { list(i18n::CONDITIONS.get(lang), route.conditions.iter().map(|c| phrases::condition(*c, lang)).collect()) }
        { list(i18n::MISSING.get(lang), route.missing.iter().map(|m| phrases::missing(*m, lang)).collect()) }
    </> }
}

/// The other ways to the scheme, worth showing only while the best one is not yet usable.
fn alternatives(outcome: &Outcome, lang: Lang) -> Html {
    if outcome.status == Status::Available || outcome.routes.len() < 2 {
        return html! {};
    }
    html! {
        <div class="lss-card-alt">
            <p class="lss-card-label">{i18n::OR_INSTEAD.get(lang)}</p>
            { for outcome.routes.iter().skip(1).map(|r| {
                let items: Vec<String> = r.missing.iter().map(|m| phrases::missing(*m, lang))
                    .chain(r.conditions.iter().map(|c| phrases::condition(*c, lang))).collect();
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

pub fn scheme_card(lang: Lang, outcome: &Outcome, on_link: &Callback<Scheme>) -> Html {
    let scheme = outcome.scheme;
    let onclick = {
        let on_link = on_link.clone();
        Callback::from(move |_: MouseEvent| on_link.emit(scheme))
    };
    html! {
        <li key={scheme.id()} class="lss-card"
            data-scheme={scheme.id()} data-status={outcome.status.id()}>
            <h4 class="lss-card-title">{scheme.name().get(lang)}</h4>
            if let Some(aka) = scheme.aka() {
                <p class="lss-card-aka">{format!("{} {}", i18n::ALSO_KNOWN_AS.get(lang), aka.get(lang))}</p>
            }
            <p class="lss-status" data-tone={outcome.status.id()}>
                {status_text(outcome.status, lang)}
            </p>
            <p class="lss-card-summary">{scheme.summary().get(lang)}</p>
            { route_details(outcome.best(), lang) }
            { alternatives(outcome, lang) }
            <p class="lss-card-actions">
                { external_button(scheme.url(), i18n::PRODUCT_PAGE.get(lang),
                    format!(": {}{}", scheme.name().get(lang), i18n::NEW_TAB.get(lang)), Some(onclick)) }
                { for check_links(outcome.best()).into_iter().map(|link|
                    external_button(link.url, link.label.get(lang), i18n::NEW_TAB.get(lang).to_owned(), None)) }
            </p>
        </li>
    }
}
