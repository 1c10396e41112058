//! The steps every customer takes, whatever the scheme.

use yew::prelude::*;

use super::link::external;

use crate::i18n;
use crate::rules::{Lang, Prerequisite};

pub fn next_steps(lang: Lang) -> Html {
    html! {
        <section class="lss-steps">
            <h4 class="lss-subheading">{i18n::NEXT_STEPS.get(lang)}</h4>
            <ol class="lss-steps-list">
                { for Prerequisite::ALL.iter().map(|step| {
                    let def = step.def();
                    html! {
                        <li data-step={step.id()}>
                            {def.text.get(lang)}
                            { for def.links.iter().map(|link| html! { <>
                                {" "}
                                { external(link.url, link.label.get(lang), lang) }
                            </> }) }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
