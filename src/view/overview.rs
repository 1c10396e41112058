//! Every scenario's table at once, for customers who would rather browse than answer.

use yew::prelude::*;

use super::link::external;

use crate::i18n;
use crate::phrases;
use crate::rules::{Lang, Offer, Row, ScenarioDef, SCENARIOS};

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub lang: Lang,
}

fn content_cell(def: &ScenarioDef, row: &Row, lang: Lang) -> String {
    if row.contents.is_empty() {
        def.example.get(lang).to_owned()
    } else {
        let names: Vec<&str> = row.contents.iter().map(|c| c.name().get(lang)).collect();
        names.join(i18n::CONTENT_SEPARATOR.get(lang))
    }
}

fn scenario_ref(number: usize, def: &ScenarioDef, lang: Lang) -> String {
    format!(
        "{} {number}: {}",
        i18n::OVERVIEW_SEE.get(lang),
        def.name.get(lang)
    )
}

fn row_html(def: &ScenarioDef, row: &Row, lang: Lang) -> Html {
    let content = content_cell(def, row, lang);
    match row.offer {
        Offer::Scheme {
            requirement,
            scheme,
        } => html! {
            <tr>
                <td data-label={i18n::OVERVIEW_CONTENT.get(lang)}>{content}</td>
                <td data-label={i18n::OVERVIEW_REQUIREMENT.get(lang)}>{phrases::requirement(requirement, lang)}</td>
                <td data-label={i18n::OVERVIEW_SCHEME.get(lang)}>
                    { external(scheme.url(), scheme.name().get(lang), i18n::NEW_TAB.get(lang).to_owned(), None) }
                </td>
            </tr>
        },
        Offer::SeeScenario { scenario, also } => {
            let number = scenario as usize + 1;
            let mut requirement = scenario_ref(number, scenario.def(), lang);
            for check in also {
                requirement.push_str(i18n::CONTENT_SEPARATOR.get(lang));
                requirement.push_str(check.text().get(lang));
            }
            html! {
                <tr>
                    <td data-label={i18n::OVERVIEW_CONTENT.get(lang)}>{content}</td>
                    <td data-label={i18n::OVERVIEW_REQUIREMENT.get(lang)}>{requirement}</td>
                    <td data-label={i18n::OVERVIEW_SCHEME.get(lang)}>{scenario_ref(number, scenario.def(), lang)}</td>
                </tr>
            }
        }
    }
}

#[component]
pub fn Overview(p: &OverviewProps) -> Html {
    let lang = p.lang;
    html! {
        <details class="lss-overview">
            <summary class="lss-overview-summary">{i18n::OVERVIEW_SUMMARY.get(lang)}</summary>
            { for SCENARIOS.iter().enumerate().map(|(i, def)| html! {
                <section class="lss-overview-scenario" data-scenario={def.id.id()}>
                    <h4 class="lss-subheading">{format!("{}{}: {}", i18n::SCENARIO_PREFIX.get(lang), i + 1, def.name.get(lang))}</h4>
                    <table class="lss-table">
                        <thead><tr>
                            <th scope="col">{i18n::OVERVIEW_CONTENT.get(lang)}</th>
                            <th scope="col">{i18n::OVERVIEW_REQUIREMENT.get(lang)}</th>
                            <th scope="col">{i18n::OVERVIEW_SCHEME.get(lang)}</th>
                        </tr></thead>
                        <tbody>{ for def.rows.iter().map(|row| row_html(def, row, lang)) }</tbody>
                    </table>
                    { for def.notes.iter().map(|n| html! {
                        <p class="lss-overview-note">{n.def().text.get(lang)}</p>
                    }) }
                </section>
            }) }
        </details>
    }
}
