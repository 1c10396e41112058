//! The source's notes and warnings, each in its own block.

use yew::prelude::*;

use crate::form::Action;
use crate::i18n;
use crate::rules::{Lang, Note, NoteKind};

#[derive(Properties, PartialEq)]
pub struct NotesProps {
    pub lang: Lang,
    pub notes: Vec<Note>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Notes(p: &NotesProps) -> Html {
    let lang = p.lang;
    html! {
        <div class="lss-notes">
            { for p.notes.iter().map(|note| {
                let def = note.def();
                let (kind, label) = match def.kind {
                    NoteKind::Warning => ("warning", i18n::WARNING.get(lang)),
                    NoteKind::Tip => ("tip", i18n::TIP.get(lang)),
                };
                html! {
                    <div class={classes!("lss-note", format!("lss-note--{kind}"))} data-notice={note.id()}>
                        <p>
                            <strong class="lss-note-label">{format!("{label}: ")}</strong>
                            {def.text.get(lang)}
                        </p>
                        if let Some(link) = def.link {
                            <p><a href={link.url} target="_blank" rel="noopener noreferrer">
                                {link.label.get(lang)}
                                <span class="lss-visually-hidden">{i18n::NEW_TAB.get(lang)}</span>
                            </a></p>
                        }
                        if let Some(scenario) = def.see {
                            <p><button type="button" class="lss-button lss-button--secondary"
                                onclick={let d = p.dispatch.clone(); move |_| d.emit(Action::Scenario(Some(scenario)))}>
                                {format!("{}: {}", i18n::SEE_SCENARIO.get(lang), scenario.def().name.get(lang))}
                            </button></p>
                        }
                    </div>
                }
            }) }
        </div>
    }
}
