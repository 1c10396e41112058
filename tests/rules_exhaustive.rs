//! Every combination of answers, missing ones included: no panic, and every Decision well formed.

use lss::rules::{
    decide, Answers, Category, Decision, Missing, Note, Offer, Scheme, Status, Subject, BY_EFFORT,
};

/// The schemes the table offers for these answers, read straight off the rows.
fn offered(answers: &Answers) -> Vec<Scheme> {
    let mut schemes = Vec::new();
    let Some(scenario) = answers.scenario else {
        return schemes;
    };
    let content = answers
        .content
        .filter(|c| scenario.def().contents.contains(c));
    for row in scenario.def().rows {
        if let Some(c) = content {
            if !row.contents.is_empty() && !row.contents.contains(&c) {
                continue;
            }
        }
        match row.offer {
            Offer::Scheme { scheme, .. } => schemes.push(scheme),
            Offer::SeeScenario { scenario, .. } => {
                for referred in scenario.def().rows {
                    if let Offer::Scheme { scheme, .. } = referred.offer {
                        schemes.push(scheme);
                    }
                }
            }
        }
    }
    schemes.sort();
    schemes.dedup();
    schemes
}

fn check_well_formed(answers: &Answers, decision: &Decision) {
    let ctx = format!("{answers:?}");
    let mut got: Vec<Scheme> = decision.outcomes.iter().map(|o| o.scheme).collect();
    let len = got.len();
    got.sort();
    got.dedup();
    assert_eq!(len, got.len(), "a scheme listed twice: {ctx}");
    assert_eq!(got, offered(answers), "offered schemes: {ctx}");

    let statuses: Vec<Status> = decision.outcomes.iter().map(|o| o.status).collect();
    let mut sorted = statuses.clone();
    sorted.sort();
    assert_eq!(statuses, sorted, "outcomes not ordered by status: {ctx}");

    for outcome in &decision.outcomes {
        assert!(!outcome.routes.is_empty(), "no route: {ctx}");
        assert_eq!(outcome.status, outcome.best().status, "{ctx}");
        for route in &outcome.routes {
            assert!(
                route.status >= outcome.status,
                "best route not first: {ctx}"
            );
            match route.status {
                Status::Available => {
                    assert!(
                        route.missing.is_empty() && route.conditions.is_empty(),
                        "{ctx}"
                    );
                    assert!(route.met.is_some(), "available without a reason: {ctx}");
                }
                Status::Conditional => {
                    assert!(route.missing.is_empty(), "{ctx}");
                    assert!(
                        !route.conditions.is_empty(),
                        "conditional on nothing: {ctx}"
                    );
                }
                Status::Unavailable => {
                    assert!(
                        !route.missing.is_empty(),
                        "unavailable says nothing missing: {ctx}"
                    );
                }
            }
        }
    }

    assert!(decision.notes.contains(&Note::CategoryMustMatch), "{ctx}");
    let mut notes = decision.notes.clone();
    notes.dedup();
    assert_eq!(notes, decision.notes, "a note listed twice: {ctx}");

    let individual = answers.subject == Some(Subject::Individual);
    assert_eq!(decision.blocked, individual, "{ctx}");
    if individual {
        assert!(decision.notes.contains(&Note::IndividualSubject), "{ctx}");
        assert!(
            decision
                .outcomes
                .iter()
                .all(|o| o.status == Status::Unavailable),
            "an individual can use nothing: {ctx}"
        );
    }
    // A recommendation exactly when something is available: the one that takes least work.
    let available: Vec<Scheme> = BY_EFFORT
        .into_iter()
        .filter(|s| {
            decision
                .outcome(*s)
                .is_some_and(|o| o.status == Status::Available)
        })
        .collect();
    assert_eq!(decision.recommended, available.first().copied(), "{ctx}");
    // An unanswered or unknown category never rules a scheme out: it is still to be found out.
    if matches!(answers.category, None | Some(Category::Unsure)) {
        for outcome in &decision.outcomes {
            for route in &outcome.routes {
                assert!(
                    !route
                        .missing
                        .iter()
                        .any(|m| matches!(m, Missing::Category(_))),
                    "a category missing before it is known: {ctx}"
                );
            }
        }
    }
    if answers.subject.is_none() {
        assert!(
            decision
                .outcomes
                .iter()
                .all(|o| o.status != Status::Available),
            "nothing is available before the subject is known: {ctx}"
        );
    }
}

#[test]
fn every_combination_is_well_formed() {
    let all = Answers::every();
    assert_eq!(all.len(), 4 * 11 * 6 * 22);
    for answers in &all {
        check_well_formed(answers, &decide(*answers));
    }
}

#[test]
fn a_foreign_content_is_the_same_as_none() {
    for answers in Answers::every() {
        let scenario_contents = answers.scenario.map(|s| s.def().contents).unwrap_or(&[]);
        if let Some(content) = answers.content {
            if !scenario_contents.contains(&content) {
                let without = Answers {
                    content: None,
                    ..answers
                };
                assert_eq!(decide(answers), decide(without), "{answers:?}");
            }
        }
    }
}

#[test]
fn a_government_subject_never_does_worse_than_an_enterprise() {
    for answers in Answers::every() {
        if answers.subject != Some(Subject::Enterprise) {
            continue;
        }
        let enterprise = decide(answers);
        let government = decide(Answers {
            subject: Some(Subject::Government),
            ..answers
        });
        for outcome in &enterprise.outcomes {
            let gov = government.outcome(outcome.scheme).map(|o| o.status);
            assert!(
                gov <= Some(outcome.status),
                "{answers:?} {:?}",
                outcome.scheme
            );
        }
    }
}

#[test]
fn answering_the_subject_never_makes_a_scheme_unavailable_for_a_non_individual() {
    for answers in Answers::every() {
        if answers.subject.is_some() {
            continue;
        }
        let unknown = decide(answers);
        for outcome in unknown
            .outcomes
            .iter()
            .filter(|o| o.status != Status::Unavailable)
        {
            let best_known = [Subject::Enterprise, Subject::Government]
                .iter()
                .filter_map(|s| {
                    decide(Answers {
                        subject: Some(*s),
                        ..answers
                    })
                    .outcome(outcome.scheme)
                    .map(|o| o.status)
                })
                .min();
            assert!(best_known <= Some(Status::Conditional), "{answers:?}");
        }
    }
}

#[test]
fn without_a_scenario_only_the_general_notes_apply() {
    let decision = decide(Answers::default());
    assert!(decision.outcomes.is_empty());
    assert_eq!(
        decision.notes,
        vec![Note::IndividualSubject, Note::CategoryMustMatch]
    );
}

#[test]
fn a_medical_category_meets_the_medical_sales_check_and_nothing_else_does() {
    use lss::rules::{Category, Check, Condition, Content, Scenario};
    let sales = |category| {
        decide(Answers {
            subject: Some(Subject::Enterprise),
            scenario: Some(Scenario::Medical),
            content: Some(Content::MedicalSales),
            category: Some(category),
        })
    };
    let check = Condition::Check(Check::MedicalCategoryAdded);
    // An e-commerce category opens the plugin, but the medical category must still be added.
    let shop = sales(Category::EcommercePlatform);
    let plugin = shop.outcome(Scheme::LivePlugin).expect("offered");
    assert_eq!(plugin.status, Status::Conditional);
    assert_eq!(plugin.best().conditions, vec![check]);
    // A medical category proves that check; the e-commerce category is what is missing then.
    let clinic = sales(Category::MedicalInternetHospital);
    for outcome in &clinic.outcomes {
        assert_eq!(outcome.status, Status::Unavailable);
        assert!(outcome
            .routes
            .iter()
            .all(|r| !r.conditions.contains(&check)));
    }
}
