//! Every scenario's table at once, for customers who would rather browse than answer.

use yew::prelude::*;

use super::link::external;
use crate::form::Action;
use crate::i18n;
use crate::phrases;
use crate::rules::{Lang, Offer, Row, ScenarioDef, SCENARIOS};

fn content_cell(def: &ScenarioDef, row: &Row, lang: Lang) -> String {
    if row.contents.is_empty() {
        def.example.get(lang).to_owned()
    } else {
        let names: Vec<&str> = row.contents.iter().map(|c| c.name().get(lang)).collect();
        phrases::join(&names, i18n::CONTENT_SEPARATOR.get(lang))
    }
}

/// The requirement and scheme cells of a row, as the source words them.
fn offer_cells(offer: &Offer, lang: Lang) -> (String, Html) {
    match *offer {
        Offer::Scheme {
            requirement,
            scheme,
        } => (
            phrases::requirement(requirement, lang),
            external(scheme.url(), scheme.name().get(lang), lang),
        ),
        Offer::SeeScenario { scenario, also } => {
            let see = format!(
                "{} {}: {}",
                i18n::OVERVIEW_SEE.get(lang),
                scenario as usize + 1,
                scenario.def().name.get(lang)
            );
            let mut requirement = see.clone();
            for check in also {
                requirement.push_str(i18n::CONTENT_SEPARATOR.get(lang));
                requirement.push_str(check.text().get(lang));
            }
            (requirement, html! { {see} })
        }
    }
}

/// The tables are built only once the customer opens the overview: most never do, and the
/// widget starts faster without them.
pub fn overview(lang: Lang, open: bool, dispatch: &Callback<Action>) -> Html {
    let ontoggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::Element = e.target_unchecked_into();
            dispatch.emit(Action::Overview(details.has_attribute("open")))
        })
    };
    let heads = [
        i18n::OVERVIEW_CONTENT.get(lang),
        i18n::OVERVIEW_REQUIREMENT.get(lang),
        i18n::OVERVIEW_SCHEME.get(lang),
    ];
    html! {
        <details class="lss-overview" {open} {ontoggle}>
            <summary class="lss-overview-summary">{i18n::OVERVIEW_SUMMARY.get(lang)}</summary>
            if open {
                { for SCENARIOS.iter().enumerate().map(|(i, def)| html! {
                    <section class="lss-overview-scenario">
                        <h4 class="lss-subheading">{format!("{}{}: {}", i18n::SCENARIO_PREFIX.get(lang), i + 1, def.name.get(lang))}</h4>
                        <table class="lss-table">
                            <thead><tr>{ for heads.iter().map(|h| html! { <th scope="col">{*h}</th> }) }</tr></thead>
                            <tbody>{ for def.rows.iter().map(|row| {
                                let (requirement, scheme) = offer_cells(&row.offer, lang);
                                html! { <tr>
                                    <td data-label={heads[0]}>{content_cell(def, row, lang)}</td>
                                    <td data-label={heads[1]}>{requirement}</td>
                                    <td data-label={heads[2]}>{scheme}</td>
                                </tr> }
                            }) }</tbody>
                        </table>
                        { for def.notes.iter().map(|n| html! { <p class="lss-overview-note">{n.def().text.get(lang)}</p> }) }
                    </section>
                }) }
            }
        </details>
    }
}
