//! What the host page sets on a running widget (an element attribute, a property), as a form
//! action.

use crate::config::Warning;
use crate::form::{Action, Answer};
use crate::query::{self, Parsed};

/// The action for `key` set to `value` (`None` clears it); `Ok(None)` for a key that is not an
/// answer, an error for a value that is not a known id.
pub fn action(key: &str, value: Option<&str>) -> Result<Option<Action>, Warning> {
    let mut parsed = Parsed::default();
    let value = value.map(str::trim).filter(|v| !v.is_empty());
    if let Some(v) = value {
        if !query::apply(&mut parsed, key, v) {
            return Err(Warning::new(key.to_owned(), v));
        }
    }
    let a = parsed.answers;
    Ok(Some(match key {
        "lang" => match parsed.lang {
            Some(lang) => Action::Lang(lang),
            None => return Ok(None),
        },
        "subject" => Action::Configure(Answer::Subject(a.subject)),
        "scenario" => Action::Configure(Answer::Scenario(a.scenario)),
        "content" => Action::Configure(Answer::Content(a.content)),
        "category" => Action::Configure(Answer::Category(a.category)),
        _ => return Ok(None),
    }))
}
