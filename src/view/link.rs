//! Links that leave the widget: always a new tab, never handing the host page to the target.

use yew::prelude::*;

use crate::i18n;
use crate::rules::Lang;

/// A plain link; screen readers also hear that it opens a new tab.
pub fn external(href: &'static str, label: &str, lang: Lang) -> Html {
    html! {
        <a href={href} target="_blank" rel="noopener noreferrer">
            {label}
            <span class="lss-visually-hidden">{i18n::NEW_TAB.get(lang)}</span>
        </a>
    }
}

/// A link drawn as a call to action. `hidden` is read by screen readers only: that the link
/// opens a new tab, and what it is for. `onclick` also hears a middle click,
/// which opens the link without a click event.
pub fn external_button(
    href: &'static str,
    label: &str,
    hidden: String,
    onclick: Option<Callback<MouseEvent>>,
) -> Html {
    let onauxclick = onclick.clone().map(|f| {
        Callback::from(move |e: MouseEvent| {
            if e.button() == 1 {
                f.emit(e)
            }
        })
    });
    html! {
        <a class="lss-button" part="button" href={href} target="_blank" rel="noopener noreferrer" {onclick} {onauxclick}>
            {label}
            <span class="lss-visually-hidden">{hidden}</span>
        </a>
    }
}
