//! The guided flow, natively: which question is open, where focus goes, what a screen reader
//! hears and what the summary bar says, for every combination of answers.

use lss::form::{Action, Answer, Form, Question, Target};
use lss::rules::{decide, Answers, Category, Content, Lang, Note, Scenario, Subject};
use lss::summary::{announcement, bar, Headline};

fn empty() -> Form {
    Form::new(Lang::Zh, Answers::default())
}

fn answer(form: &Form, a: Answer) -> Form {
    form.apply(Action::Answer(a))
}

#[test]
fn a_bank_answers_four_questions_in_order_and_lands_on_the_result() {
    let mut form = empty();
    assert_eq!(form.current(), Some(Question::Scenario));
    assert_eq!(
        form.flow().progress,
        (1, 3),
        "the content question is not asked yet"
    );
    assert_eq!(form.focus, None, "nothing takes focus on load");

    form = answer(&form, Answer::Scenario(Some(Scenario::Finance)));
    assert_eq!(form.current(), Some(Question::Content));
    assert_eq!(form.flow().progress, (2, 4));
    assert_eq!(
        form.focus.map(|f| f.0),
        Some(Target::Question(Question::Content))
    );

    form = answer(&form, Answer::Content(Some(Content::FinanceClaims)));
    assert_eq!(form.current(), Some(Question::Subject));
    form = answer(&form, Answer::Subject(Some(Subject::Enterprise)));
    assert_eq!(form.current(), Some(Question::Category));
    assert_eq!(form.flow().progress, (4, 4));
    form = answer(&form, Answer::Category(Some(Category::FinanceBank)));
    assert_eq!(form.current(), None);
    assert_eq!(form.focus.map(|f| f.0), Some(Target::Result));
}

#[test]
fn not_sure_of_the_category_is_an_answer() {
    let form = Form::new(
        Lang::En,
        Answers {
            scenario: Some(Scenario::Ecommerce),
            subject: Some(Subject::Enterprise),
            ..Answers::default()
        },
    );
    assert_eq!(form.current(), Some(Question::Category));
    let form = answer(&form, Answer::Category(Some(Category::Unsure)));
    assert_eq!(form.current(), None);
}

#[test]
fn arrow_keys_browse_without_moving_on_and_next_moves_on() {
    let form = empty().apply(Action::Browse(Answer::Scenario(Some(Scenario::Education))));
    assert_eq!(form.answers.scenario, Some(Scenario::Education));
    assert_eq!(form.current(), Some(Question::Scenario), "still open");
    assert_eq!(form.focus, None, "focus stays on the radio");
    let form = form.apply(Action::Next);
    assert_eq!(
        form.current(),
        Some(Question::Subject),
        "education has no content question"
    );
    assert_eq!(
        form.focus.map(|f| f.0),
        Some(Target::Question(Question::Subject))
    );
}

#[test]
fn a_reopened_question_changes_and_the_flow_resumes_where_it_is_needed() {
    let all = Answers {
        scenario: Some(Scenario::Education),
        subject: Some(Subject::Enterprise),
        category: Some(Category::EducationOther),
        content: None,
    };
    let form = Form::new(Lang::Zh, all);
    assert_eq!(
        form.current(),
        None,
        "a link with every answer opens on the result"
    );
    let form = form.apply(Action::Edit(Question::Scenario));
    assert_eq!(form.current(), Some(Question::Scenario));
    assert_eq!(
        form.focus.map(|f| f.0),
        Some(Target::Question(Question::Scenario))
    );
    // Medical splits by content: that question is now the one to answer.
    let form = answer(&form, Answer::Scenario(Some(Scenario::Medical)));
    assert_eq!(form.current(), Some(Question::Content));
    assert_eq!(
        form.answers.subject,
        Some(Subject::Enterprise),
        "other answers kept"
    );
}

#[test]
fn a_jump_keeps_the_answers_focuses_the_new_scenario_and_is_announced_once() {
    let start = Form::new(
        Lang::Zh,
        Answers {
            scenario: Some(Scenario::Entertainment),
            subject: Some(Subject::Enterprise),
            category: Some(Category::SocialLive),
            content: None,
        },
    );
    let jumped = start.apply(Action::Jump(Scenario::Ecommerce));
    assert_eq!(jumped.answers.scenario, Some(Scenario::Ecommerce));
    assert_eq!(jumped.answers.category, Some(Category::SocialLive));
    assert_eq!(
        jumped.focus.map(|f| f.0),
        Some(Target::Summary(Question::Scenario))
    );
    assert!(jumped.jumped);
    let said = announcement(&decide(jumped.answers), jumped.jumped, false, Lang::Zh);
    assert!(
        said.starts_with("已切换到场景2：电商带货类直播。"),
        "{said}"
    );
    assert!(said.contains("标准直播+直播标签"), "{said}");
    let after = jumped.apply(Action::Lang(Lang::En));
    assert!(!after.jumped, "announced once");
}

#[test]
fn an_individual_is_asked_nothing_more() {
    let form = empty().apply(Action::Answer(Answer::Scenario(Some(Scenario::Finance))));
    let form = answer(&form, Answer::Subject(Some(Subject::Individual)));
    assert_eq!(form.current(), None, "blocked: straight to the answer");
    assert_eq!(form.focus.map(|f| f.0), Some(Target::Result));
    assert_eq!(
        Question::asked(&form.answers),
        vec![Question::Scenario, Question::Subject]
    );
}

#[test]
fn the_same_focus_target_twice_is_still_a_new_request() {
    let a = empty().apply(Action::ShowResult);
    let b = a.apply(Action::ShowResult);
    assert_eq!(a.focus.map(|f| f.0), b.focus.map(|f| f.0));
    assert_ne!(a.focus, b.focus);
}

#[test]
fn every_announcement_is_short_and_names_the_schemes() {
    let mut longest = (0, String::new());
    // A jump lands only on a scenario a note points to.
    let targets: Vec<Scenario> = Note::ALL.iter().filter_map(|n| n.def().see).collect();
    for answers in Answers::every() {
        let d = decide(answers);
        let can_jump = answers.scenario.is_some_and(|s| targets.contains(&s));
        for lang in Lang::ALL {
            for (jumped, subject) in [(false, false), (can_jump, false), (false, true)] {
                let said = announcement(&d, jumped, subject, lang);
                let len = said.chars().count();
                if len > longest.0 {
                    longest = (len, said.clone());
                }
                match Headline::of(&d) {
                    Headline::NoScenario => assert!(said.is_empty(), "{answers:?}"),
                    Headline::Blocked => assert!(!said.is_empty()),
                    _ => assert!(
                        d.outcomes
                            .iter()
                            .any(|o| said.contains(o.scheme.short().get(lang))),
                        "{answers:?}: {said}"
                    ),
                }
                assert!(len < 120, "{len} characters: {said}");
            }
            let shown = bar(&d, lang);
            assert_eq!(shown.is_none(), d.answers.scenario.is_none(), "{answers:?}");
            if let Some((text, tone)) = shown {
                // With its action ("See result ↓"), one line on a 320 px phone.
                assert!(text.chars().count() <= 40, "{text}");
                let blocked = d.answers.subject == Some(lss::rules::Subject::Individual);
                assert_eq!(tone == "blocked", blocked, "{answers:?}: {tone}");
            }
        }
    }
    println!(
        "longest announcement: {} characters: {}",
        longest.0, longest.1
    );
}

#[test]
fn browsing_with_the_arrow_keys_is_not_announced_and_an_answer_is() {
    let start = answer(
        &answer(&empty(), Answer::Scenario(Some(Scenario::Ecommerce))),
        Answer::Subject(Some(Subject::Enterprise)),
    );
    let browsed = [
        Category::SocialLive,
        Category::EcommercePlatform,
        Category::None,
    ]
    .into_iter()
    .fold(start.clone(), |form, c| {
        form.apply(Action::Browse(Answer::Category(Some(c))))
    });
    assert_eq!(browsed.answers.category, Some(Category::None));
    assert_eq!(
        browsed.announced, start.answers,
        "the live region still speaks of the last answer"
    );
    let moved_on = browsed.apply(Action::Next);
    assert_eq!(moved_on.announced, moved_on.answers, "moving on announces");
    let tapped = start.apply(Action::Answer(Answer::Category(Some(Category::SocialLive))));
    assert_eq!(tapped.announced, tapped.answers, "a tap announces at once");
}

#[test]
fn a_training_company_is_not_asked_what_cannot_change_its_recommendation() {
    let form = answer(
        &answer(&empty(), Answer::Scenario(Some(Scenario::Education))),
        Answer::Subject(Some(Subject::Enterprise)),
    );
    assert_eq!(
        decide(form.answers).recommended,
        Some(lss::rules::Scheme::EnterpriseLive)
    );
    assert_eq!(form.current(), None, "no question is left open");
    assert_eq!(form.flow().progress, (2, 2), "the category is not counted");
    assert_eq!(
        form.flow().optional,
        vec![Question::Category],
        "but it is offered"
    );
    assert_eq!(form.focus.map(|f| f.0), Some(Target::Result));
    // Reopened by choice, it is counted while it is open.
    let asked = form.apply(Action::Edit(Question::Category));
    assert_eq!(asked.current(), Some(Question::Category));
    assert_eq!(asked.flow().progress, (3, 3));
    assert!(asked.flow().optional.is_empty());
}

#[test]
fn a_shop_owner_is_asked_the_category_that_decides_between_schemes() {
    let form = answer(
        &answer(&empty(), Answer::Scenario(Some(Scenario::Ecommerce))),
        Answer::Subject(Some(Subject::Enterprise)),
    );
    assert_eq!(form.current(), Some(Question::Category));
    assert_eq!(form.flow().progress, (3, 3));
}
