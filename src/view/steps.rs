//! The steps every customer takes, whatever the scheme.

use yew::prelude::*;

use crate::i18n;
use crate::rules::{Lang, Prerequisite};

#[derive(Properties, PartialEq)]
pub struct StepsProps {
    pub lang: Lang,
}

#[component]
pub fn NextSteps(p: &StepsProps) -> Html {
    let lang = p.lang;
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
                                <a href={link.url} target="_blank" rel="noopener noreferrer">
                                    {link.label.get(lang)}
                                    <span class="lss-visually-hidden">{i18n::NEW_TAB.get(lang)}</span>
                                </a>
                            </> }) }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
