//! The next step: when no scheme is available yet, the least-work scheme the visitor can still
//! reach and the one thing that opens it, or the subject that would. Checked over every
//! combination of answers (following the step really opens the scheme), and its wording pinned
//! for every scenario × content × subject × category in both languages in
//! `tests/golden/next-step.txt`; `UPDATE_GOLDEN=1 cargo test --test next_step` rewrites it
//! after a deliberate change.

mod native;
use native::answers;

use std::fmt::Write;

use lss::next_words::{next_words, NextWords};
use lss::rules::{
    decide, next_step, Answers, Category, Condition, Content, Decision, Goal, Lang, Missing,
    NextStep, Scenario, Scheme, Status, Step, Subject, BY_EFFORT, CATEGORY_PATH, GOVERNMENT,
    NON_INDIVIDUAL,
};

const GOLDEN: &str = "tests/golden/next-step.txt";

fn with_none<T: Copy>(all: &[T]) -> Vec<Option<T>> {
    std::iter::once(None)
        .chain(all.iter().copied().map(Some))
        .collect()
}

/// Every combination with a scenario, contents only where the scenario splits by them.
fn every_case() -> Vec<Answers> {
    let mut out = Vec::new();
    for scenario in Scenario::ALL.iter().copied() {
        for content in with_none(scenario.def().contents) {
            for subject in with_none(Subject::ALL) {
                for category in with_none(Category::ALL) {
                    out.push(answers(scenario, content, subject, category));
                }
            }
        }
    }
    out
}

fn lines(words: &NextWords) -> Vec<String> {
    let mut out = vec![words.heading.clone()];
    out.extend(words.steps.iter().cloned());
    out.extend(words.takes.iter().cloned());
    out.extend(words.alternative.iter().cloned());
    out
}

fn id<T: Copy>(value: Option<T>, id: fn(T) -> &'static str) -> &'static str {
    value.map_or("-", id)
}

// ---------------------------------------------------------------------------------------------
// What the next step is.

#[test]
fn a_next_step_exactly_when_a_scenario_has_no_scheme_available() {
    for a in Answers::every() {
        let d = decide(a);
        let expected = d.answers.scenario.is_some() && d.recommended.is_none();
        assert_eq!(next_step(&d).is_some(), expected, "{a:?}");
    }
}

/// A route the visitor can reach: no subject they lack.
fn reachable(d: &Decision, scheme: Scheme) -> bool {
    d.outcome(scheme).is_some_and(|o| {
        o.routes.iter().any(|r| {
            !r.missing.iter().any(|m| {
                matches!(
                    m,
                    Missing::GovernmentSubject | Missing::NonIndividualSubject
                )
            })
        })
    })
}

/// A route to the scheme waits only for the subject or the content to be answered.
fn awaits_answers_only(d: &Decision, scheme: Scheme) -> bool {
    d.outcome(scheme).is_some_and(|o| {
        o.routes.iter().any(|r| {
            r.missing.is_empty()
                && r.conditions
                    .iter()
                    .all(|c| matches!(c, Condition::NonIndividualSubject | Condition::ContentIs(_)))
        })
    })
}

#[test]
fn the_next_step_agrees_with_the_recommendation_the_subject_would_bring() {
    for a in every_case() {
        if a.subject.is_some() {
            continue;
        }
        let company = decide(Answers {
            subject: Some(Subject::Enterprise),
            ..a
        });
        if let Some(recommended) = company.recommended {
            let next = next_step(&decide(a)).expect("nothing is available yet");
            assert_eq!(next.scheme(), recommended, "{a:?}");
        }
    }
}

/// The answers once the visitor has done what the goal says (and answered what it assumes).
fn followed(a: Answers, goal: &Goal) -> Answers {
    let mut a = a;
    if a.subject.is_none() {
        a.subject = Some(Subject::Enterprise);
    }
    if let Some(content) = goal.contents.first() {
        a.content = Some(*content);
    }
    match goal.step {
        Step::AddCategory(set) | Step::ChooseCategory(set) => {
            a.category = set.categories.first().copied();
        }
        Step::Subject(subjects) => a.subject = subjects.first().copied(),
        Step::Checks | Step::Ready => {}
    }
    a
}

/// Doing what the goal says opens its scheme: available, or waiting only on the checks the
/// goal names. The form holds one category, so a check the visitor's own category met (a
/// medical one, kept beside the category added) counts as met.
fn assert_opens(a: Answers, goal: &Goal, what: &str) {
    let after = followed(a, goal);
    let d = decide(after);
    let Some(outcome) = d.outcome(goal.scheme) else {
        panic!(
            "{what} of {a:?}: {:?} not offered after {after:?}",
            goal.scheme
        );
    };
    let open = outcome.routes.iter().any(|r| {
        r.status == Status::Available
            || (r.status == Status::Conditional
                && r.conditions
                    .iter()
                    .all(|c| matches!(c, Condition::Check(k) if goal.checks.contains(k) || k.met_by(a.category))))
    });
    assert!(
        open,
        "{what} of {a:?}: {goal:?} does not open {:?} ({outcome:?})",
        goal.scheme
    );
}

#[test]
fn the_goal_is_the_least_work_within_reach_and_following_it_opens_it() {
    for a in every_case() {
        let d = decide(a);
        let Some(next) = next_step(&d) else { continue };
        match &next {
            NextStep::Reach { goal, alternative } => {
                assert_ne!(a.subject, Some(Subject::Individual), "{a:?}");
                // Least work first, and nothing to do but answer before anything to do.
                let (mut in_reach, later): (Vec<Scheme>, Vec<Scheme>) = BY_EFFORT
                    .into_iter()
                    .filter(|s| reachable(&d, *s))
                    .partition(|s| awaits_answers_only(&d, *s));
                in_reach.extend(later);
                assert_eq!(in_reach.first(), Some(&goal.scheme), "{a:?}");
                assert_eq!(
                    alternative.as_ref().map(|g| g.scheme),
                    in_reach.get(1).copied(),
                    "{a:?}"
                );
                assert_opens(a, goal, "goal");
                if let Some(alt) = alternative {
                    assert_opens(a, alt, "alternative");
                }
                for g in std::iter::once(goal).chain(alternative) {
                    // The contents qualify a goal only while the content is unanswered.
                    assert!(
                        g.contents.is_empty() || d.answers.content.is_none(),
                        "{a:?}"
                    );
                    match g.step {
                        Step::Ready => assert!(!g.contents.is_empty(), "{a:?}"),
                        Step::Checks => assert!(!g.checks.is_empty(), "{a:?}"),
                        Step::Subject(_) => assert_eq!(a.subject, None, "{a:?}"),
                        Step::AddCategory(_) => assert!(
                            a.category.is_some_and(|c| c.group().is_some()),
                            "only a category the rules name is added to: {a:?}"
                        ),
                        Step::ChooseCategory(_) => assert!(
                            matches!(a.category, None | Some(Category::None | Category::Unsure)),
                            "{a:?}"
                        ),
                    }
                }
            }
            NextStep::Blocked { subjects, scheme } => {
                // Blocked only when a subject stands in the way, and then what it names opens
                // the scheme it names.
                let s = subjects.first().copied();
                assert!(s.is_some(), "{a:?}");
                let with = decide(Answers { subject: s, ..a });
                let leads_there = with.recommended == Some(*scheme)
                    || next_step(&with).is_some_and(|n| n.scheme() == *scheme);
                assert!(leads_there, "{a:?}: {next:?}");
                match a.subject {
                    Some(Subject::Individual) => {}
                    Some(Subject::Enterprise) => {
                        assert_eq!(*subjects, GOVERNMENT, "{a:?}");
                        assert!(BY_EFFORT.iter().all(|s| !reachable(&d, *s)), "{a:?}");
                    }
                    other => panic!("{a:?}: blocked with subject {other:?}"),
                }
            }
        }
    }
}

#[test]
fn a_government_subject_is_never_a_category_to_add() {
    for a in every_case() {
        let d = decide(a);
        let Some(NextStep::Reach { goal, alternative }) = next_step(&d) else {
            continue;
        };
        for g in std::iter::once(&goal).chain(&alternative) {
            let outcome = d.outcome(g.scheme).expect("offered");
            if let Step::AddCategory(set) | Step::ChooseCategory(set) = g.step {
                // The category comes from a route that asks for it, never from one that asks
                // for a government subject.
                let asks = outcome.routes.iter().any(|r| {
                    r.missing.contains(&Missing::Category(set))
                        || r.conditions.contains(&Condition::Category(set))
                });
                assert!(asks, "{a:?}: {g:?}");
            }
        }
    }
}

#[test]
fn the_cases_of_the_issue() {
    use lss::rules::Scenario as S;
    let shop = |category| {
        next_step(&decide(answers(
            S::Ecommerce,
            None,
            Some(Subject::Enterprise),
            category,
        )))
    };
    // 不确定我的类目 and 以上都不是/尚未设置: one plan, the plugin first, the standard scheme as
    // the alternative.
    for category in [Some(Category::Unsure), Some(Category::None), None] {
        let Some(NextStep::Reach { goal, alternative }) = shop(category) else {
            panic!("a shop gets a next step");
        };
        assert_eq!(goal.scheme, Scheme::LivePlugin);
        assert!(
            matches!(goal.step, Step::ChooseCategory(set) if set.categories == [Category::EcommercePlatform])
        );
        let alt = alternative.expect("an alternative");
        assert_eq!(alt.scheme, Scheme::StandardLive);
        assert!(
            matches!(alt.step, Step::ChooseCategory(set) if set.categories == [Category::SocialLive])
        );
    }
    // A shop with another category adds one.
    let Some(NextStep::Reach { goal, .. }) = shop(Some(Category::EducationOther)) else {
        panic!("a next step");
    };
    assert!(matches!(goal.step, Step::AddCategory(_)));

    // A company in the government scenario: no category helps.
    let d = decide(answers(
        S::Government,
        None,
        Some(Subject::Enterprise),
        Some(Category::None),
    ));
    assert_eq!(
        next_step(&d),
        Some(NextStep::Blocked {
            subjects: GOVERNMENT,
            scheme: Scheme::StandardLive
        })
    );
    // An individual: a non-individual subject, then the plugin.
    let d = decide(answers(
        S::Ecommerce,
        None,
        Some(Subject::Individual),
        Some(Category::Unsure),
    ));
    assert_eq!(
        next_step(&d),
        Some(NextStep::Blocked {
            subjects: NON_INDIVIDUAL,
            scheme: Scheme::LivePlugin
        })
    );
    // A company at a scenic spot adds 【社交-直播】; the government route is not its way.
    let d = decide(answers(
        S::ScenicSpot,
        None,
        Some(Subject::Enterprise),
        Some(Category::None),
    ));
    let Some(NextStep::Reach { goal, alternative }) = next_step(&d) else {
        panic!("a next step");
    };
    assert!(
        matches!(goal.step, Step::ChooseCategory(set) if set.categories == [Category::SocialLive])
    );
    assert_eq!(alternative, None);
    // A training company is recommended 企业直播: nothing more to do.
    let d = decide(answers(S::Education, None, Some(Subject::Enterprise), None));
    assert_eq!(d.recommended, Some(Scheme::EnterpriseLive));
    assert_eq!(next_step(&d), None);
}

// ---------------------------------------------------------------------------------------------
// How it reads.

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
            || ('\u{3000}'..='\u{303f}').contains(&c)
            || ('\u{ff00}'..='\u{ffef}').contains(&c)
    })
}

/// The text outside `open`…`close` groups, nested ones included.
fn outside(s: &str, open: char, close: char) -> String {
    let mut depth = 0usize;
    let mut out = String::new();
    for c in s.chars() {
        if c == open {
            depth += 1;
        } else if c == close && depth > 0 {
            depth -= 1;
        } else if depth == 0 {
            out.push(c);
        }
    }
    out
}

fn assert_reads_well(line: &str, lang: Lang, ctx: &str) {
    assert!(!line.is_empty(), "{ctx}: an empty line");
    assert_eq!(line.trim(), line, "{ctx}: {line}");
    for bad in [
        "  ", "：：", "::", "。。", "..", "，。", ",.", " .", " ,", "，，", ",,",
    ] {
        assert!(!line.contains(bad), "{ctx}: {bad:?} in {line}");
    }
    let colons = line.matches('：').count() + line.matches(": ").count();
    assert!(colons <= 1, "{ctx}: more than one colon in {line}");
    match lang {
        Lang::Zh => {
            // Full-width punctuation; ASCII letters only inside the components' tags.
            for c in [',', ';', ':', '(', ')', '!', '?'] {
                assert!(!line.contains(c), "{ctx}: ASCII {c:?} in {line}");
            }
            let text = outside(line, '<', '>');
            assert!(
                !text.chars().any(|c| c.is_ascii_alphabetic()),
                "{ctx}: English in {line}"
            );
        }
        Lang::En => {
            // Chinese only in parentheses, beside the English it glosses.
            let text = outside(line, '(', ')');
            assert!(
                !has_cjk(&text),
                "{ctx}: Chinese outside parentheses in {line}"
            );
            assert!(
                line.starts_with(|c: char| c.is_ascii_uppercase()),
                "{ctx}: {line}"
            );
        }
    }
}

fn is_category_step(step: Step) -> bool {
    matches!(step, Step::AddCategory(_) | Step::ChooseCategory(_))
}

#[test]
fn every_next_step_reads_well_and_names_the_console_path_once() {
    for a in every_case() {
        let Some(next) = next_step(&decide(a)) else {
            continue;
        };
        let names_a_category = match &next {
            NextStep::Reach { goal, alternative } => {
                is_category_step(goal.step)
                    || alternative
                        .as_ref()
                        .is_some_and(|g| is_category_step(g.step))
            }
            NextStep::Blocked { .. } => false,
        };
        for lang in Lang::ALL {
            let ctx = format!("{a:?} [{}]", lang.tag());
            let words = next_words(&next, lang);
            let all = lines(&words);
            for line in &all {
                assert_reads_well(line, lang, &ctx);
            }
            for line in words.steps.iter().chain(&words.alternative) {
                let end = match lang {
                    Lang::Zh => '。',
                    Lang::En => '.',
                };
                assert!(line.ends_with(end), "{ctx}: {line}");
            }
            let path = CATEGORY_PATH.get(lang);
            let times: usize = all.iter().map(|l| l.matches(path).count()).sum();
            assert_eq!(times, usize::from(names_a_category), "{ctx}: {all:#?}");
            if let NextStep::Blocked { subjects, .. }
            | NextStep::Reach {
                goal:
                    Goal {
                        step: Step::Subject(subjects),
                        ..
                    },
                ..
            } = &next
            {
                if *subjects == GOVERNMENT {
                    // A subject is never something to add.
                    let text = all.join(" ");
                    assert!(
                        !text.contains("添加【") && !text.contains("add the"),
                        "{ctx}"
                    );
                }
            }
        }
    }
}

/// Every case's next step, grouped: for each scenario, content and subject, the categories
/// that read alike share one entry.
fn every_wording() -> String {
    let mut out = String::new();
    for scenario in Scenario::ALL.iter().copied() {
        for content in with_none(scenario.def().contents) {
            for subject in with_none(Subject::ALL) {
                let _ = writeln!(
                    out,
                    "## {} · content {} · subject {}",
                    scenario.id(),
                    id(content, Content::id),
                    id(subject, Subject::id)
                );
                let mut groups: Vec<(Vec<String>, Vec<&str>)> = Vec::new();
                for category in with_none(Category::ALL) {
                    let d = decide(answers(scenario, content, subject, category));
                    let text = match next_step(&d) {
                        None => vec![format!("recommended {}", id(d.recommended, Scheme::id))],
                        Some(next) => {
                            let mut text = Vec::new();
                            for lang in Lang::ALL {
                                let w = next_words(&next, lang);
                                let tag = lang.tag();
                                text.push(format!("[{tag}] heading: {}", w.heading));
                                for (i, step) in w.steps.iter().enumerate() {
                                    text.push(format!("[{tag}] {}. {step}", i + 1));
                                }
                                if let Some(takes) = &w.takes {
                                    text.push(format!("[{tag}] takes: {takes}"));
                                }
                                if let Some(alt) = &w.alternative {
                                    text.push(format!("[{tag}] alternative: {alt}"));
                                }
                            }
                            text
                        }
                    };
                    let name = id(category, Category::id);
                    match groups.iter_mut().find(|(t, _)| *t == text) {
                        Some((_, names)) => names.push(name),
                        None => groups.push((text, vec![name])),
                    }
                }
                for (text, names) in groups {
                    let _ = writeln!(out, "categories {}:", names.join(", "));
                    for line in text {
                        let _ = writeln!(out, "  {line}");
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_next_step_reads_as_pinned() {
    native::matches_golden(GOLDEN, &every_wording());
}
