//! A Decision in one line: the card badges, the result's headline, the short summary bar and
//! the live region's announcement. Pure, so every combination of answers is checked natively
//! (announcements stay short and always name the schemes).

use crate::i18n;
use crate::phrases::join;
use crate::rules::{Answers, Decision, Lang, Outcome, Scenario, Scheme, Status, Text, BY_EFFORT};

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

/// The outcomes in the order the cards show them: the recommended scheme first, then the
/// others from the least work to the most, whatever their status, so nothing else moves when
/// an answer changes.
pub fn in_card_order(d: &Decision) -> Vec<&Outcome> {
    let lead = d.recommended;
    lead.into_iter()
        .chain(BY_EFFORT.into_iter().filter(|s| Some(*s) != lead))
        .filter_map(|scheme| d.outcome(scheme))
        .collect()
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
pub fn announcement(d: &Decision, jumped: bool, lang: Lang) -> String {
    let mut out = String::new();
    if let (true, Some(scenario)) = (jumped, d.answers.scenario) {
        let (n, name) = (scenario_number(scenario), scenario.def().name.get(lang));
        out = match lang {
            Lang::Zh => format!("{}{n}：{name}。", i18n::SWITCHED_TO.zh),
            Lang::En => format!("{}{n}: {name}. ", i18n::SWITCHED_TO.en),
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

/// The short summary kept in view on a phone; `None` before there is anything to summarise.
pub fn bar(d: &Decision, questions_left: usize, lang: Lang) -> Option<String> {
    Some(match Headline::of(d) {
        Headline::NoScenario => return None,
        Headline::Blocked => i18n::BAR_BLOCKED.get(lang).to_owned(),
        Headline::Recommend(scheme) => format!(
            "{}{} · {}",
            i18n::RECOMMENDED.get(lang),
            scheme.short().get(lang),
            i18n::STATUS_AVAILABLE.get(lang)
        ),
        Headline::Awaiting => count(
            questions_left,
            i18n::QUESTIONS_LEFT.get(lang),
            i18n::QUESTIONS_LEFT_MANY.get(lang),
            lang,
        ),
        Headline::Conditions => i18n::BAR_CONDITIONS.get(lang).to_owned(),
        Headline::NoneYet => i18n::BAR_NONE.get(lang).to_owned(),
    })
}

/// 1 for 场景1, as the source numbers its tables.
pub fn scenario_number(scenario: Scenario) -> usize {
    scenario as usize + 1
}
