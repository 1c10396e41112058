//! Every rule at once, as one table: scenario × content × requirement × scheme, the visitor's
//! own rows marked. On a phone its rows stack.

use yew::prelude::*;

use super::ctx::Ctx;
use super::link::external;
use crate::form::Action;
use crate::i18n;
use crate::phrases;
use crate::rules::{Answers, Lang, Offer, Row, ScenarioDef, SCENARIOS};

fn content_cell(def: &ScenarioDef, row: &Row, lang: Lang) -> String {
    if row.contents.is_empty() {
        def.example.get(lang).to_owned()
    } else {
        phrases::capitalised(phrases::contents(row.contents, lang))
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
                "{}{}{}{}",
                i18n::OVERVIEW_SEE.get(lang),
                crate::summary::scenario_number(scenario),
                i18n::LABEL_COLON.get(lang),
                scenario.def().name.get(lang)
            );
            let mut requirement = see.clone();
            for check in also {
                requirement.push_str(i18n::CLAUSE_SEPARATOR.get(lang));
                requirement.push_str(check.text().get(lang));
            }
            (requirement, html! { {see} })
        }
    }
}

/// Whether a row is the visitor's own case: their scenario, and a row their answers meet or
/// leave open.
fn is_yours(def: &ScenarioDef, row: &Row, a: &Answers) -> bool {
    a.scenario == Some(def.id) && row.may_apply(a)
}

fn scenario_rows(def: &ScenarioDef, number: usize, a: &Answers, lang: Lang) -> Html {
    let heads = [
        i18n::OVERVIEW_CONTENT.get(lang),
        i18n::OVERVIEW_REQUIREMENT.get(lang),
        i18n::OVERVIEW_SCHEME.get(lang),
    ];
    // The source writes a content cell once for the rows that share it (rowspan).
    let span = |i: usize| -> usize {
        let same = |j: usize| def.rows[j].contents == def.rows[i].contents;
        if i > 0 && same(i - 1) {
            0
        } else {
            (i..def.rows.len()).take_while(|j| same(*j)).count()
        }
    };
    let notes = def.notes.len();
    html! { <>
        { for def.rows.iter().enumerate().map(|(i, row)| {
            let (requirement, scheme) = offer_cells(&row.offer, lang);
            let yours = is_yours(def, row, a);
            html! {
                <tr data-scenario={def.id.id()} data-yours={yours.then_some("")}>
                    if i == 0 {
                        <th scope="rowgroup" rowspan={(def.rows.len() + notes).to_string()}>
                            {format!("{}{}{}{}", i18n::SCENARIO_PREFIX.get(lang), number, i18n::LABEL_COLON.get(lang), def.name.get(lang))}
                        </th>
                    }
                    if span(i) > 0 {
                        <td data-label={heads[0]} rowspan={span(i).to_string()}>{content_cell(def, row, lang)}</td>
                    }
                    <td data-label={heads[1]}>
                        {requirement}
                        if yours {
                            <span class="lss-yours-mark">{i18n::YOUR_CASE.get(lang)}</span>
                        }
                    </td>
                    <td data-label={heads[2]}>{scheme}</td>
                </tr>
            }
        }) }
        { for def.notes.iter().map(|n| html! {
            <tr class="lss-rules-note"><td colspan="3">{format!("{}{}{}", i18n::NOTE.get(lang), i18n::LABEL_COLON.get(lang), n.def().text.get(lang))}</td></tr>
        }) }
    </> }
}

/// The table is built only once the customer opens the overview: most never do, and the
/// widget starts faster without it.
pub fn overview(c: &Ctx, open: bool) -> Html {
    let lang = c.lang;
    let ontoggle = {
        let dispatch = c.dispatch.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::Element = e.target_unchecked_into();
            dispatch.emit(Action::Overview(details.has_attribute("open")))
        })
    };
    let heads = [
        i18n::OVERVIEW_SCENARIO.get(lang),
        i18n::OVERVIEW_CONTENT.get(lang),
        i18n::OVERVIEW_REQUIREMENT.get(lang),
        i18n::OVERVIEW_SCHEME.get(lang),
    ];
    html! {
        <details class="lss-overview" {open} {ontoggle}>
            <summary class="lss-overview-summary">{i18n::OVERVIEW_SUMMARY.get(lang)}</summary>
            if open {
                <table class="lss-table lss-rules">
                    <thead><tr>{ for heads.iter().map(|h| html! { <th scope="col">{*h}</th> }) }</tr></thead>
                    { for SCENARIOS.iter().enumerate().map(|(i, def)| html! {
                        <tbody>{ scenario_rows(def, i + 1, &c.answers, lang) }</tbody>
                    }) }
                </table>
            }
        </details>
    }
}
