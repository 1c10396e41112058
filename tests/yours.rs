//! The rule table marks a row "your case" (`data-yours`, `Row::may_apply`) only where the
//! visitor meets its requirement or has yet to answer what it turns on. Checked against the
//! decision itself: a row is the visitor's exactly when some way of answering the open
//! questions (an unsure category as any category) makes the decision meet that row's
//! requirement for its scheme.

use lss::rules::{decide, Answers, Category, Condition, Requirement, Route, Scenario, Subject};

/// The decision's route meets the row's requirement: says so, or (checks the widget cannot
/// verify) leaves exactly those checks as its conditions.
fn meets(route: &Route, requirement: Requirement) -> bool {
    match requirement {
        Requirement::Checks(checks) => {
            route.met.is_none()
                && checks
                    .iter()
                    .all(|k| route.conditions.contains(&Condition::Check(*k)))
        }
        _ => route.met == Some(requirement),
    }
}

fn completions(a: Answers) -> Vec<Answers> {
    let scenario = a.scenario.expect("a scenario is given");
    let contents: Vec<_> = match a.content {
        Some(c) => vec![Some(c)],
        None if scenario.def().contents.is_empty() => vec![None],
        None => scenario.def().contents.iter().map(|c| Some(*c)).collect(),
    };
    let subjects = match a.subject {
        Some(s) => vec![s],
        None => vec![Subject::Enterprise, Subject::Government],
    };
    let categories: Vec<Category> = match a.category {
        None | Some(Category::Unsure) => Category::ALL
            .iter()
            .copied()
            .filter(|c| *c != Category::Unsure)
            .collect(),
        Some(c) => vec![c],
    };
    let mut out = Vec::new();
    for content in &contents {
        for subject in &subjects {
            for category in &categories {
                out.push(Answers {
                    scenario: Some(scenario),
                    content: *content,
                    subject: Some(*subject),
                    category: Some(*category),
                });
            }
        }
    }
    out
}

#[test]
fn a_row_is_marked_yours_only_when_its_requirement_is_met_or_open() {
    let (mut marked, mut checked) = (0, 0);
    for scenario in Scenario::ALL.iter().copied() {
        let def = scenario.def();
        let mut contents = vec![None];
        contents.extend(def.contents.iter().map(|c| Some(*c)));
        for content in contents {
            for subject in [
                None,
                Some(Subject::Enterprise),
                Some(Subject::Government),
                Some(Subject::Individual),
            ] {
                let mut categories = vec![None];
                categories.extend(Category::ALL.iter().map(|c| Some(*c)));
                for category in categories {
                    let a = Answers {
                        scenario: Some(scenario),
                        content,
                        subject,
                        category,
                    };
                    for (i, row) in def.rows.iter().enumerate() {
                        checked += 1;
                        let yours = row.may_apply(&a);
                        // The row meets some completion: its requirement, met by the decision
                        // for that completion, on the scheme it offers, for a content it covers.
                        let oracle = subject != Some(Subject::Individual)
                            && completions(a).into_iter().any(|full| {
                                let covers = row.contents.is_empty()
                                    || full.content.is_some_and(|c| row.contents.contains(&c));
                                let d = decide(full);
                                covers
                                    && row.routes().any(|offered| {
                                        d.outcome(offered.scheme).is_some_and(|o| {
                                            o.routes.iter().any(|r| meets(r, offered.requirement))
                                        })
                                    })
                            });
                        assert_eq!(yours, oracle, "{scenario:?} row {}: {a:?}", i + 1);
                        marked += usize::from(yours);
                    }
                }
            }
        }
    }
    println!("rows checked: {checked}, marked yours: {marked}");
    assert!(marked > 0 && marked < checked);
}
