//! A Decision in one line: the card badges, the result's headline, the short summary bar and
//! the live region's announcement. Pure, so every combination of answers is checked natively
//! (announcements stay short and always name the schemes).

use crate::i18n;
use crate::phrases::join;
use crate::rules::{
    lead, Answers, Decision, Lang, Lead, Outcome, Scenario, Scheme, Status, Text, BY_EFFORT,
};

/// How a card's status reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Badge {
    Available,
    /// Conditional only on questions not answered yet.
    Awaiting,
    /// Conditional on something the customer has to check or do.
    Conditions,
    Unavailable,
}

impl Badge {
    pub fn of(outcome: &Outcome, answers: &Answers) -> Badge {
        match outcome.status {
            Status::Available => Badge::Available,
            Status::Unavailable => Badge::Unavailable,
            Status::Conditional
                if outcome
                    .best()
                    .conditions
                    .iter()
                    .all(|c| c.awaits_answer(answers)) =>
            {
                Badge::Awaiting
            }
            Status::Conditional => Badge::Conditions,
        }
    }

    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            Badge::Available => i18n::STATUS_AVAILABLE.get(lang),
            Badge::Awaiting => i18n::STATUS_AWAITING.get(lang),
            Badge::Conditions => i18n::STATUS_CONDITIONAL.get(lang),
            Badge::Unavailable => i18n::STATUS_UNAVAILABLE.get(lang),
        }
    }
}

/// What the result leads with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Headline {
    NoScenario,
    Blocked,
    Recommend(Scheme),
    /// Nothing available yet, and only unanswered questions stand in the way.
    Awaiting,
    /// Nothing available yet; some schemes are once their conditions are met.
    Conditions,
    /// Every scheme the scenario offers is ruled out by the answers.
    NoneYet,
}

impl Headline {
    pub fn of(d: &Decision) -> Headline {
        let badges: Vec<Badge> = d
            .outcomes
            .iter()
            .map(|o| Badge::of(o, &d.answers))
            .collect();
        if d.answers.scenario.is_none() {
            Headline::NoScenario
        } else if d.blocked {
            Headline::Blocked
        } else if let Some(scheme) = d.recommended {
            Headline::Recommend(scheme)
        } else if badges.contains(&Badge::Conditions) {
            Headline::Conditions
        } else if badges.contains(&Badge::Awaiting) {
            Headline::Awaiting
        } else {
            Headline::NoneYet
        }
    }
}

/// The outcomes in the order the cards show them: the one the result leads with first (the
/// recommended scheme, or the one the next step leads to), then the others from the least work
/// to the most, whatever their status, so nothing else moves when an answer changes.
pub fn in_card_order(d: &Decision) -> Vec<&Outcome> {
    let lead = lead_scheme(d);
    lead.into_iter()
        .chain(BY_EFFORT.into_iter().filter(|s| Some(*s) != lead))
        .filter_map(|scheme| d.outcome(scheme))
        .collect()
}

/// The scheme the result leads with, if any.
pub fn lead_scheme(d: &Decision) -> Option<Scheme> {
    match lead(d) {
        Lead::NoScenario => None,
        Lead::Recommend(s) | Lead::Reach(s) | Lead::Blocked(s) => Some(s),
    }
}

fn names(outcomes: &[&Outcome], lang: Lang) -> String {
    let names: Vec<&str> = outcomes
        .iter()
        .map(|o| o.scheme.short().get(lang))
        .collect();
    join(&names, i18n::CONTENT_SEPARATOR.get(lang))
}

fn count(n: usize, one: &str, many: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{n} {one}"),
        Lang::En if n == 1 => format!("1 {one}"),
        Lang::En => format!("{n} {many}"),
    }
}

/// What a screen reader hears after a change: short, atomic, naming the schemes.
/// `jumped`: a note's link changed the scenario; `subject`: the subject was just answered.
/// Either is named first, so the answer is heard even when the schemes stay the same.
pub fn announcement(d: &Decision, jumped: bool, subject: bool, lang: Lang) -> String {
    let mut out = String::new();
    if let (true, Some(scenario)) = (jumped, d.answers.scenario) {
        let (n, name) = (scenario_number(scenario), scenario.def().name.get(lang));
        out = match lang {
            Lang::Zh => format!("{}{n}：{name}。", i18n::SWITCHED_TO.zh),
            Lang::En => format!("{}{n}: {name}. ", i18n::SWITCHED_TO.en),
        };
    } else if let (true, Some(s), Some(_), false) = (
        subject,
        d.answers.subject,
        d.answers.scenario,
        // A recommendation is new with any subject: before one, nothing can be recommended.
        matches!(Headline::of(d), Headline::Recommend(_)),
    ) {
        out = match lang {
            Lang::Zh => format!("主体：{}。", s.short().zh),
            Lang::En => format!("Owner: {}. ", s.short().en),
        };
    }
    let cards = in_card_order(d);
    let with = |badge: Badge| -> Vec<&Outcome> {
        cards
            .iter()
            .copied()
            .filter(|o| Badge::of(o, &d.answers) == badge)
            .collect()
    };
    // "2 个方案可直接使用：A、B" / "2 schemes available: A, B".
    let listing = |outcomes: &[&Outcome], what: Text| {
        let n = outcomes.len();
        let schemes = count(
            n,
            i18n::SCHEMES.get(lang),
            i18n::SCHEMES_MANY.get(lang),
            lang,
        );
        format!("{schemes}{}{}", what.get(lang), names(outcomes, lang))
    };
    let line = match Headline::of(d) {
        Headline::NoScenario => String::new(),
        Headline::Blocked => i18n::BLOCKED_TITLE.get(lang).to_owned(),
        Headline::Recommend(scheme) => {
            let available = with(Badge::Available);
            let mut line = listing(&available, i18n::ANNOUNCE_AVAILABLE);
            if available.len() > 1 {
                line.push_str(i18n::ANNOUNCE_RECOMMENDED.get(lang));
                line.push_str(scheme.short().get(lang));
            }
            line
        }
        Headline::Awaiting => listing(&with(Badge::Awaiting), i18n::ANNOUNCE_AWAITING),
        Headline::Conditions => {
            let conditional: Vec<&Outcome> = cards
                .iter()
                .copied()
                .filter(|o| o.status == Status::Conditional)
                .collect();
            listing(&conditional, i18n::ANNOUNCE_CONDITIONS)
        }
        Headline::NoneYet => format!("{}{}", i18n::ANNOUNCE_NONE.get(lang), names(&cards, lang)),
    };
    out.push_str(&line);
    out
}

/// The short summary kept in view on a phone while the result is not, and its tone: neutral
/// for a blocked answer, never the primary colour that would read as a way forward. `None`
/// before there is anything to summarise.
pub fn bar(d: &Decision, lang: Lang) -> Option<(String, &'static str)> {
    Some(match Headline::of(d) {
        Headline::NoScenario => return None,
        Headline::Blocked => (i18n::BAR_BLOCKED.get(lang).to_owned(), "blocked"),
        Headline::Recommend(scheme) => (
            format!(
                "{}{}",
                i18n::RECOMMENDED.get(lang),
                scheme.short().get(lang)
            ),
            "recommend",
        ),
        Headline::Awaiting => (i18n::BAR_AWAITING.get(lang).to_owned(), "pending"),
        Headline::Conditions => (i18n::BAR_CONDITIONS.get(lang).to_owned(), "pending"),
        Headline::NoneYet => (i18n::BAR_NONE.get(lang).to_owned(), "pending"),
    })
}

/// 1 for 场景1, as the source numbers its tables.
pub fn scenario_number(scenario: Scenario) -> usize {
    scenario as usize + 1
}
