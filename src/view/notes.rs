//! The source's notes and warnings that apply, together in one block: warnings first as the
//! source marks them, then tips.

use yew::prelude::*;

use super::link::external;

use crate::form::Action;
use crate::i18n;
use crate::rules::{Lang, Note, NoteKind};

/// `blocked`: the individual-subject rule is already the result's headline; it is not repeated.
pub fn notes(lang: Lang, notes: &[Note], blocked: bool, dispatch: &Callback<Action>) -> Html {
    let shown: Vec<Note> = notes
        .iter()
        .copied()
        .filter(|n| !(blocked && *n == Note::IndividualSubject))
        .collect();
    if shown.is_empty() {
        return html! {};
    }
    let by_kind = |kind: NoteKind| shown.iter().copied().filter(move |n| n.def().kind == kind);
    html! {
        <div class="lss-notes" part="note">
            <p class="lss-notes-title">{i18n::NOTES_HEADING.get(lang)}</p>
            <ul class="lss-notes-list">
                { for by_kind(NoteKind::Warning).chain(by_kind(NoteKind::Tip)).map(|note| {
                    let def = note.def();
                    let (kind, label) = match def.kind {
                        NoteKind::Warning => ("warning", i18n::WARNING.get(lang)),
                        NoteKind::Tip => ("tip", i18n::TIP.get(lang)),
                    };
                    html! {
                        <li class="lss-note" data-kind={kind} data-notice={note.id()}>
                            <p>
                                <strong class="lss-note-label">{format!("{label}{}", i18n::LABEL_COLON.get(lang))}</strong>
                                {def.text.get(lang)}
                            </p>
                            if let Some(link) = def.link {
                                <p>{ external(link.url, link.label.get(lang), lang) }</p>
                            }
                            if let Some(scenario) = def.see {
                                <p><button type="button" class="lss-button lss-button--secondary" part="button"
                                    data-action="jump"
                                    onclick={let d = dispatch.clone(); move |_| d.emit(Action::Jump(scenario))}>
                                    {format!("{}{}{}", i18n::SEE_SCENARIO.get(lang), i18n::LABEL_COLON.get(lang), scenario.def().name.get(lang))}
                                </button></p>
                            }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
