//! The source's notes and warnings, each in its own block.

use yew::prelude::*;

use super::link::external;

use crate::form::Action;
use crate::i18n;
use crate::rules::{Lang, Note, NoteKind};

pub fn notes(lang: Lang, notes: &[Note], dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="lss-notes">
            { for notes.iter().map(|note| {
                let def = note.def();
                let (kind, label) = match def.kind {
                    NoteKind::Warning => ("warning", i18n::WARNING.get(lang)),
                    NoteKind::Tip => ("tip", i18n::TIP.get(lang)),
                };
                html! {
                    <div class="lss-note" data-kind={kind} data-notice={note.id()}>
                        <p>
                            <strong class="lss-note-label">{format!("{label}: ")}</strong>
                            {def.text.get(lang)}
                        </p>
                        if let Some(link) = def.link {
                            <p>{ external(link.url, link.label.get(lang), lang) }</p>
                        }
                        if let Some(scenario) = def.see {
                            <p><button type="button" class="lss-button lss-button--secondary"
                                onclick={let d = dispatch.clone(); move |_| d.emit(Action::Scenario(Some(scenario)))}>
                                {format!("{}: {}", i18n::SEE_SCENARIO.get(lang), scenario.def().name.get(lang))}
                            </button></p>
                        }
                    </div>
                }
            }) }
        </div>
    }
}
