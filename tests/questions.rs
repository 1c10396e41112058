//! Ask only what can change the answer: `Question::can_change` says whether some answer to a
//! question can still change what the result leads with (the recommended scheme, or where the
//! next step leads), whatever the other open questions turn out to be. Checked against every
//! combination of answers, with every value of every question (the function itself looks only
//! at one category of each kind the rules tell apart).

mod native;
use native::answers;

use std::collections::{HashMap, HashSet};

use lss::form::{open_questions, Question};
use lss::rules::{decide, lead, Answers, Category, Content, Lead, Scenario, Scheme, Subject};

/// Every distinct normalized combination of answers.
fn every() -> Vec<Answers> {
    let mut seen = HashSet::new();
    Answers::every()
        .into_iter()
        .map(Answers::normalized)
        .filter(|a| seen.insert(*a))
        .collect()
}

/// The answer to `q`, as its id.
fn field(a: &Answers, q: Question) -> Option<&'static str> {
    match q {
        Question::Scenario => a.scenario.map(Scenario::id),
        Question::Content => a.content.map(Content::id),
        Question::Subject => a.subject.map(Subject::id),
        Question::Category => a.category.map(Category::id),
    }
}

struct Case {
    answers: Answers,
    fields: [Option<&'static str>; 4],
    lead: Lead,
}

fn cases() -> Vec<Case> {
    every()
        .into_iter()
        .map(|answers| Case {
            fields: Question::ALL.map(|q| field(&answers, q)),
            lead: lead(&decide(answers)),
            answers,
        })
        .collect()
}

fn index(q: Question) -> usize {
    Question::ALL
        .iter()
        .position(|x| *x == q)
        .expect("a question")
}

/// Whether two values of `q` lead differently for some way of answering the other open
/// questions, the answered ones kept: straight from every combination.
fn truly_can_change(a: &Answers, q: Question, all: &[Case]) -> bool {
    let fixed: Vec<usize> = Question::ALL
        .iter()
        .filter(|o| **o != q && o.is_answered(a))
        .map(|o| index(*o))
        .collect();
    let mine = Question::ALL.map(|o| field(a, o));
    let mut leads: HashMap<[Option<&str>; 4], Lead> = HashMap::new();
    for case in all {
        if case.fields[index(q)].is_none() || fixed.iter().any(|i| case.fields[*i] != mine[*i]) {
            continue;
        }
        let mut others = case.fields;
        others[index(q)] = None;
        match leads.get(&others) {
            Some(l) if *l != case.lead => return true,
            Some(_) => {}
            None => {
                leads.insert(others, case.lead);
            }
        }
    }
    false
}

#[test]
fn can_change_is_exactly_whether_some_answer_changes_the_lead() {
    let all = cases();
    assert_eq!(all.len(), 4 * 16 * 22);
    let mut seen = HashSet::new();
    for case in &all {
        let a = &case.answers;
        for q in [Question::Content, Question::Subject, Question::Category] {
            let truth = truly_can_change(a, q, &all);
            assert_eq!(q.can_change(a), truth, "{q:?} for {a:?}");
            seen.insert((q, truth));
        }
    }
    // Both verdicts occur, so neither side was checked in vain; the subject can always change
    // the lead, as an individual's mini program gets nothing.
    for q in [Question::Content, Question::Category] {
        assert!(
            seen.contains(&(q, true)) && seen.contains(&(q, false)),
            "{q:?}"
        );
    }
    assert!(!seen.contains(&(Question::Subject, false)));
}

#[test]
fn another_scenario_always_leads_elsewhere() {
    let all = cases();
    let by_answers: HashMap<Answers, Lead> = all.iter().map(|c| (c.answers, c.lead)).collect();
    for case in &all {
        assert!(Question::Scenario.can_change(&case.answers));
        let others = Scenario::ALL.iter().map(|s| {
            let b = Answers {
                scenario: Some(*s),
                ..case.answers
            }
            .normalized();
            by_answers[&b]
        });
        let leads: HashSet<Lead> = others.collect();
        assert!(leads.len() > 1, "{:?}", case.answers);
    }
}

#[test]
fn open_questions_are_asked_unanswered_and_able_to_change_the_lead() {
    for a in every() {
        let open = open_questions(&a);
        let asked = Question::asked(&a);
        for q in &open {
            assert!(asked.contains(q) && !q.is_answered(&a), "{q:?} for {a:?}");
            assert!(q.can_change(&a), "{q:?} for {a:?}");
        }
        for q in asked {
            if !q.is_answered(&a) && q.can_change(&a) {
                assert!(open.contains(&q), "{q:?} for {a:?}");
            }
        }
    }
}

#[test]
fn the_cases_of_the_issue() {
    // A training company has 企业直播 after two taps; its category cannot change that.
    let training = answers(Scenario::Education, None, Some(Subject::Enterprise), None);
    assert_eq!(
        lead(&decide(training)),
        Lead::Recommend(Scheme::EnterpriseLive)
    );
    assert!(!Question::Category.can_change(&training));
    assert_eq!(open_questions(&training), []);
    // Nor can it for any education customer: 企业直播 needs no category.
    assert!(!Question::Category.can_change(&answers(Scenario::Education, None, None, None)));
    assert_eq!(
        open_questions(&answers(Scenario::Education, None, None, None)),
        [Question::Subject]
    );
    // A shop's category decides between the plugin, the standard scheme and a next step.
    let shop = answers(Scenario::Ecommerce, None, Some(Subject::Enterprise), None);
    assert_eq!(open_questions(&shop), [Question::Category]);
    // A bank that has not said what it streams: the content decides, and then the category
    // may (claims need a finance category).
    let bank = answers(Scenario::Finance, None, Some(Subject::Enterprise), None);
    assert_eq!(
        open_questions(&bank),
        [Question::Content, Question::Category]
    );
    let sales_training = Answers {
        content: Some(Content::FinanceTraining),
        ..bank
    };
    assert_eq!(open_questions(&sales_training), []);
    let claims = Answers {
        content: Some(Content::FinanceClaims),
        ..bank
    };
    assert_eq!(open_questions(&claims), [Question::Category]);
    // A government body streaming its work needs nothing more; a company can get nothing here,
    // whatever its category.
    for subject in [Subject::Government, Subject::Enterprise] {
        let a = answers(Scenario::Government, None, Some(subject), None);
        assert_eq!(open_questions(&a), [], "{subject:?}");
    }
    // The subject always matters: an individual's mini program gets nothing.
    for scenario in Scenario::ALL {
        assert!(Question::Subject.can_change(&answers(*scenario, None, None, None)));
    }
}
