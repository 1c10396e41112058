//! The widget's first paint, rendered at build time by the same components the browser runs
//! (Yew's server renderer), so the page can show it before the WebAssembly has arrived.

use yew::LocalServerRenderer;

use crate::form::Form;
use crate::rules::{Answers, Lang};
use crate::view::{App, AppProps, RulesOnly, RulesProps, FIRST_UID};

/// Every rule at once, for browsers that cannot run the widget.
pub fn rules_only(lang: Lang) -> String {
    let renderer =
        LocalServerRenderer::<RulesOnly>::with_props(RulesProps { lang }).hydratable(false);
    futures_executor::block_on(renderer.render())
}

/// The markup of a widget in this state, as the browser's first render makes it.
pub fn render(lang: Lang, answers: Answers) -> String {
    let props = AppProps {
        start: Form::new(lang, answers),
        uid: FIRST_UID.into(),
        shareable: true,
        on_change: Default::default(),
        on_link: Default::default(),
        on_copy: Default::default(),
        on_ready: Default::default(),
    };
    let renderer = LocalServerRenderer::<App>::with_props(props).hydratable(false);
    futures_executor::block_on(renderer.render())
}
