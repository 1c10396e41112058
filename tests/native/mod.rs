//! What the native tests share.

use lss::rules::{Answers, Category, Content, Scenario, Subject};

/// Compares `now` with the golden file at `path`, line by line, or rewrites the file when
/// `UPDATE_GOLDEN` is set: wording changes show as a diff to read, not as a failed count.
#[allow(dead_code)] // not every test file has a golden file
pub fn matches_golden(path: &str, now: &str) {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, now).expect("writing the golden file");
        return;
    }
    let pinned = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for (line, (got, want)) in now.lines().zip(pinned.lines()).enumerate() {
        assert_eq!(got, want, "line {} of {path}", line + 1);
    }
    assert_eq!(
        now.lines().count(),
        pinned.lines().count(),
        "{path} has a different number of lines"
    );
}

/// The answers of a scenario's visitor, the scenario given.
#[allow(dead_code)] // not every test file asks for it
pub fn answers(
    scenario: Scenario,
    content: Option<Content>,
    subject: Option<Subject>,
    category: Option<Category>,
) -> Answers {
    Answers {
        subject,
        scenario: Some(scenario),
        content,
        category,
    }
}
