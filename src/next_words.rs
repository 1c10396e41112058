//! How a next step reads, in either language: a heading, what to do in order, what the scheme
//! takes, and the alternative in one line. The console path is named once, where a category
//! is first to be added.

use crate::i18n;
use crate::phrases::{category_need, contents, join};
use crate::rules::{t, Goal, Lang, NextStep, Scheme, Step, Subject, Text, CATEGORY_PATH};

/// A next step as the visitor reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextWords {
    /// 下一步：小程序·云直播插件, or what stands in the way.
    pub heading: String,
    /// What to do, in order: the one thing, or the short plan's steps.
    pub steps: Vec<String>,
    /// What the scheme takes from the customer, when there is a way to it.
    pub takes: Option<String>,
    /// The next scheme in reach and its one thing.
    pub alternative: Option<String>,
}

const NEXT: Text = t("下一步：", "Next step: ");
const GOVERNMENT_ONLY: Text = t(
    "仅政府主体的小程序可以接入",
    "Only for mini programs certified to a government body",
);
const REGISTER_FIRST: Text = t(
    "如还没有小程序，请先以企业、政府等非个人主体注册。",
    "If you have no mini program yet, register one under a company, government body or other non-individual entity.",
);
const MUST_BE_GOVERNMENT: Text = t(
    "小程序的认证主体需为政府主体。",
    "The mini program must be certified to a government body.",
);
const MUST_BE_NON_INDIVIDUAL: Text = t(
    "小程序的主体需为企业、政府等非个人主体。",
    "The mini program must belong to a company, government body or other non-individual entity.",
);
const IF_GOVERNMENT: Text = t(
    "需小程序的认证主体为政府主体",
    " if the mini program is certified to a government body",
);
const IF_NON_INDIVIDUAL: Text = t(
    "需小程序的主体为企业、政府等非个人主体",
    " if the mini program belongs to a company, government body or other non-individual entity",
);
const ONLY_FOR: Text = t("仅适用于", "only for ");
const ADD: Text = t("添加", "add");
const CHOOSE: Text = t("选择", "choose");
/// Before an alternative's checks; English gives each check a sentence of its own instead.
const CHECKS_TO_MEET: Text = t("需满足：", "");

/// Adding a category, or choosing one in the plan, where the console keeps them. In English
/// the category comes last: a list of them carries its own colon.
fn category_line(verb: Text, need: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("在小程序后台的{}中{}{need}。", CATEGORY_PATH.zh, verb.zh),
        Lang::En => format!(
            "In the mini program console, go to {} and {} {need}.",
            CATEGORY_PATH.en, verb.en
        ),
    }
}

/// A scheme's name inside an English sentence: the plugin is a thing and takes an article; the
/// other two read as proper names.
fn in_sentence(name: Text, scheme: Scheme, lang: Lang) -> String {
    match (lang, scheme) {
        (Lang::En, Scheme::LivePlugin) => format!("the {}", name.en),
        _ => name.get(lang).to_owned(),
    }
}

fn sentence(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{text}。"),
        Lang::En => format!("{text}."),
    }
}

fn is_government_only(subjects: &[Subject]) -> bool {
    !subjects.contains(&Subject::Enterprise)
}

/// The next step in words.
pub fn next_words(next: &NextStep, lang: Lang) -> NextWords {
    match next {
        NextStep::Reach { goal, alternative } => {
            let (steps, named_path) = goal_steps(goal, lang);
            NextWords {
                heading: format!("{}{}", NEXT.get(lang), goal.scheme.name().get(lang)),
                steps,
                takes: Some(goal.scheme.takes().get(lang).to_owned()),
                alternative: alternative
                    .as_ref()
                    .map(|alt| alternative_line(alt, !named_path, lang)),
            }
        }
        NextStep::Blocked { subjects, scheme } => blocked(subjects, *scheme, lang),
    }
}

/// The goal's steps, and whether they named the console path.
fn goal_steps(goal: &Goal, lang: Lang) -> (Vec<String>, bool) {
    let mut steps = Vec::new();
    if !goal.contents.is_empty() {
        steps.push(sentence(
            &format!(
                "{}{}",
                i18n::CONTENT_IS.get(lang),
                contents(goal.contents, lang)
            ),
            lang,
        ));
    }
    let mut named_path = false;
    match goal.step {
        Step::AddCategory(set) => {
            steps.push(category_line(ADD, &category_need(set, lang), lang));
            named_path = true;
        }
        Step::ChooseCategory(set) => {
            steps.push(REGISTER_FIRST.get(lang).to_owned());
            steps.push(category_line(CHOOSE, &category_need(set, lang), lang));
            named_path = true;
        }
        Step::Subject(subjects) if is_government_only(subjects) => {
            steps.push(MUST_BE_GOVERNMENT.get(lang).to_owned());
        }
        Step::Subject(_) => steps.push(MUST_BE_NON_INDIVIDUAL.get(lang).to_owned()),
        Step::Checks | Step::Ready => {}
    }
    steps.extend(
        goal.checks
            .iter()
            .map(|c| sentence(c.text().get(lang), lang)),
    );
    if let Step::ChooseCategory(_) = goal.step {
        steps.push(match lang {
            Lang::Zh => format!("然后使用{}。", goal.scheme.name().zh),
            Lang::En => format!(
                "Then use {}.",
                in_sentence(goal.scheme.name(), goal.scheme, lang)
            ),
        });
    }
    (steps, named_path)
}

/// The alternative in one line: 也可改用… / You could also use …
fn alternative_line(alt: &Goal, name_path: bool, lang: Lang) -> String {
    let short = in_sentence(alt.scheme.short(), alt.scheme, lang);
    let only_for = match alt.contents {
        [] => String::new(),
        list => match lang {
            Lang::Zh => format!("（{}{}）", ONLY_FOR.zh, contents(list, lang)),
            Lang::En => format!(" ({}{})", ONLY_FOR.en, contents(list, lang)),
        },
    };
    let category = |verb: Text, need: String| match (lang, name_path) {
        (Lang::Zh, true) => format!("需在小程序后台的{}中{}{need}", CATEGORY_PATH.zh, verb.zh),
        (Lang::Zh, false) => format!("需{}{need}", verb.zh),
        (Lang::En, true) => format!(
            " if you go to {} in the mini program console and {} {need}",
            CATEGORY_PATH.en, verb.en
        ),
        (Lang::En, false) => format!(" if you {} {need}", verb.en),
    };
    let clause = match alt.step {
        Step::AddCategory(set) => category(ADD, category_need(set, lang)),
        Step::ChooseCategory(set) => category(CHOOSE, category_need(set, lang)),
        Step::Subject(subjects) if is_government_only(subjects) => {
            IF_GOVERNMENT.get(lang).to_owned()
        }
        Step::Subject(_) => IF_NON_INDIVIDUAL.get(lang).to_owned(),
        Step::Checks => CHECKS_TO_MEET.get(lang).to_owned(),
        Step::Ready => String::new(),
    };
    let checks: Vec<&str> = alt.checks.iter().map(|c| c.text().get(lang)).collect();
    match lang {
        Lang::Zh => {
            let mut line = format!("也可改用{short}{only_for}");
            if !clause.is_empty() {
                line.push('，');
                line.push_str(&clause);
            }
            if !checks.is_empty() {
                // The checks follow the clause, or are the clause when they are the step.
                if alt.step != Step::Checks {
                    line.push('；');
                }
                line.push_str(&join(&checks, "；"));
            }
            line.push('。');
            line
        }
        Lang::En => {
            let mut line = format!("You could also use {short}{only_for}{clause}.");
            for check in checks {
                line.push(' ');
                line.push_str(&sentence(check, lang));
            }
            line
        }
    }
}

fn blocked(subjects: &[Subject], scheme: Scheme, lang: Lang) -> NextWords {
    let name = in_sentence(scheme.name(), scheme, lang);
    let (heading, step) = if is_government_only(subjects) {
        (
            GOVERNMENT_ONLY.get(lang).to_owned(),
            match lang {
                Lang::Zh => format!(
                    "只有认证主体为政府主体的小程序才能使用{name}。主体无法像类目一样添加。"
                ),
                Lang::En => format!(
                    "Only a mini program certified to a government body can use {name}. A subject cannot be added like a category."
                ),
            },
        )
    } else {
        (
            i18n::BLOCKED_TITLE.get(lang).to_owned(),
            match lang {
                Lang::Zh => format!(
                    "请以企业、政府等非个人主体注册小程序，之后最省事的方案是{name}。"
                ),
                Lang::En => format!(
                    "Register the mini program under a company, government body or other non-individual entity. After that, the least work is {name}."
                ),
            },
        )
    };
    NextWords {
        heading,
        steps: vec![step],
        takes: None,
        alternative: None,
    }
}
