//! What to do when no scheme is available yet. Cards alone leave the visitor to compare every
//! scheme's missing pieces; this names one: the least-work scheme they can still reach, the one
//! thing that opens it, and the next such scheme. When nothing they can do opens any, it names
//! the subject that would.

use super::decide::{decide, Answers, Condition, Decision, Missing, Outcome, Route};
use super::ids::{Check, Content, Scheme, Subject};
use super::recommend::BY_EFFORT;
use super::table::CategorySet;

/// The subjects that are not an individual's, which every scheme needs.
pub const NON_INDIVIDUAL: &[Subject] = &[Subject::Enterprise, Subject::Government];
/// The subject a row asking for a government subject needs.
pub const GOVERNMENT: &[Subject] = &[Subject::Government];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// The least-work scheme the visitor can still reach (one that waits only for answers
    /// first), and the next one after it.
    Reach {
        goal: Goal,
        alternative: Option<Goal>,
    },
    /// Nothing the visitor can do with this mini program opens a scheme: a subject is not
    /// something to add. Only a mini program registered to one of `subjects` would, and
    /// `scheme` is the least work it would open.
    Blocked {
        subjects: &'static [Subject],
        scheme: Scheme,
    },
}

impl NextStep {
    /// The scheme the step leads to.
    pub fn scheme(&self) -> Scheme {
        match self {
            NextStep::Reach { goal, .. } => goal.scheme,
            NextStep::Blocked { scheme, .. } => *scheme,
        }
    }
}

/// A scheme to aim for and what opens it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Goal {
    pub scheme: Scheme,
    /// The one thing to do.
    pub step: Step,
    /// The contents the route covers while the content question is unanswered; empty: any.
    pub contents: &'static [Content],
    /// Requirements the widget cannot verify that must hold too; with [`Step::Checks`], they are
    /// the step itself.
    pub checks: Vec<Check>,
}

impl Goal {
    /// Nothing to do for it but answer the open questions (a non-individual subject, the
    /// content).
    pub fn awaits_answers_only(&self) -> bool {
        self.checks.is_empty()
            && match self.step {
                Step::Ready => true,
                Step::Subject(subjects) => subjects.contains(&Subject::Enterprise),
                _ => false,
            }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The mini program has a category, just not one of these: add one.
    AddCategory(&'static CategorySet),
    /// The mini program has none of the categories the rules name, or the visitor does not know
    /// (or has not said) which it has: register a non-individual mini program if there is none
    /// yet, choose one of these, use the scheme.
    ChooseCategory(&'static CategorySet),
    /// The subject question is unanswered and the route needs one of these subjects.
    Subject(&'static [Subject]),
    /// Only the goal's checks stand in the way.
    Checks,
    /// Nothing to do: only the content question is still open.
    Ready,
}

impl Step {
    /// How much the step asks of the visitor, to choose between two routes to one scheme: a
    /// category anyone can add comes before a government subject that few have.
    fn weight(self) -> u8 {
        match self {
            Step::Ready => 0,
            Step::Subject(subjects) if subjects.contains(&Subject::Enterprise) => 1,
            Step::AddCategory(_) | Step::ChooseCategory(_) => 2,
            Step::Checks => 3,
            Step::Subject(_) => 4,
        }
    }
}

/// The next step, when there is no scheme available yet; `None` when one is, or before a
/// scenario is chosen.
pub fn next_step(d: &Decision) -> Option<NextStep> {
    d.answers.scenario?;
    if d.recommended.is_some() {
        return None;
    }
    if d.answers.subject == Some(Subject::Individual) {
        // What the same answers would open for a company says what re-registering gains.
        let as_company = decide(Answers {
            subject: Some(Subject::Enterprise),
            ..d.answers
        });
        return match next_step(&as_company) {
            None => as_company.recommended.map(|scheme| NextStep::Blocked {
                subjects: NON_INDIVIDUAL,
                scheme,
            }),
            Some(NextStep::Reach { goal, .. }) => Some(NextStep::Blocked {
                subjects: NON_INDIVIDUAL,
                scheme: goal.scheme,
            }),
            blocked => blocked,
        };
    }
    let outcomes: Vec<&Outcome> = BY_EFFORT.iter().filter_map(|s| d.outcome(*s)).collect();
    // A scheme that waits only for answers comes first, the least work among them: once they
    // are given it is the one recommended, so the step does not send the visitor elsewhere.
    let (mut goals, others): (Vec<Goal>, Vec<Goal>) = outcomes
        .iter()
        .filter_map(|o| best_goal(o, &d.answers))
        .partition(Goal::awaits_answers_only);
    goals.extend(others);
    let mut goals = goals.into_iter();
    match goals.next() {
        Some(goal) => Some(NextStep::Reach {
            goal,
            alternative: goals.next(),
        }),
        // Not an individual, and still nothing in reach: every route needs a government subject.
        None => outcomes.first().map(|o| NextStep::Blocked {
            subjects: GOVERNMENT,
            scheme: o.scheme,
        }),
    }
}

/// The route to the scheme that asks least of the visitor, the table's first among equals.
fn best_goal(outcome: &Outcome, answers: &Answers) -> Option<Goal> {
    let mut best: Option<Goal> = None;
    for goal in outcome
        .routes
        .iter()
        .filter_map(|r| goal(outcome.scheme, r, answers))
    {
        let lighter = best.as_ref().is_none_or(|b| {
            (goal.step.weight(), goal.checks.len()) < (b.step.weight(), b.checks.len())
        });
        if lighter {
            best = Some(goal);
        }
    }
    best
}

/// The route as a goal, unless the visitor cannot reach it: a subject they do not have.
fn goal(scheme: Scheme, route: &Route, answers: &Answers) -> Option<Goal> {
    let mut category = None;
    for missing in &route.missing {
        match missing {
            Missing::Category(set) => category = Some(*set),
            Missing::GovernmentSubject | Missing::NonIndividualSubject => return None,
        }
    }
    let mut goal = Goal {
        scheme,
        step: Step::Ready,
        contents: &[],
        checks: Vec::new(),
    };
    let (mut government, mut non_individual) = (false, false);
    for condition in &route.conditions {
        match condition {
            Condition::Check(check) => goal.checks.push(*check),
            Condition::NonIndividualSubject => non_individual = true,
            Condition::GovernmentSubject => government = true,
            Condition::ContentIs(contents) => goal.contents = contents,
            Condition::Category(set) => category = Some(*set),
        }
    }
    // A category the rules name means the mini program exists and has one; `none`, `unsure`
    // and no answer leave the whole plan to say.
    let has_a_category = answers.category.is_some_and(|c| c.group().is_some());
    goal.step = match category {
        _ if government => Step::Subject(GOVERNMENT),
        Some(set) if has_a_category => Step::AddCategory(set),
        Some(set) => Step::ChooseCategory(set),
        None if !goal.checks.is_empty() => Step::Checks,
        None if non_individual => Step::Subject(NON_INDIVIDUAL),
        None => Step::Ready,
    };
    Some(goal)
}

/// What the result leads with: the recommendation, else where the next step leads. An answer
/// that cannot change it is not worth asking for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lead {
    NoScenario,
    Recommend(Scheme),
    Reach(Scheme),
    Blocked(Scheme),
}

pub fn lead(d: &Decision) -> Lead {
    if let Some(scheme) = d.recommended {
        return Lead::Recommend(scheme);
    }
    match next_step(d) {
        Some(NextStep::Reach { goal, .. }) => Lead::Reach(goal.scheme),
        Some(NextStep::Blocked { scheme, .. }) => Lead::Blocked(scheme),
        None => Lead::NoScenario,
    }
}
