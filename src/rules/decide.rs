//! The decision: for a customer's answers, every scheme the chosen scenario offers, with its
//! status, why, and what is missing.

use super::ids::{Category, Check, Content, Note, Scenario, Scheme, Subject};
use super::recommend::recommend;
use super::table::{CategorySet, Requirement};

/// The customer's answers. Only the scenario is required.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    pub subject: Option<Subject>,
    pub scenario: Option<Scenario>,
    pub content: Option<Content>,
    pub category: Option<Category>,
}

impl Answers {
    /// Every combination of answers, unanswered ones included: what the exhaustive tests and
    /// the benchmark run the decision over.
    pub fn every() -> Vec<Answers> {
        fn with_none<T: Copy>(all: &[T]) -> Vec<Option<T>> {
            std::iter::once(None)
                .chain(all.iter().copied().map(Some))
                .collect()
        }
        let mut out = Vec::new();
        for subject in with_none(Subject::ALL) {
            for scenario in with_none(Scenario::ALL) {
                for content in with_none(Content::ALL) {
                    for category in with_none(Category::ALL) {
                        out.push(Answers {
                            subject,
                            scenario,
                            content,
                            category,
                        });
                    }
                }
            }
        }
        out
    }

    /// The answers with a content that does not belong to the scenario dropped: a content only
    /// means something inside its own scenario's table.
    pub fn normalized(self) -> Answers {
        let content = match (self.scenario, self.content) {
            (Some(scenario), Some(content)) if scenario.def().contents.contains(&content) => {
                Some(content)
            }
            _ => None,
        };
        Answers { content, ..self }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Usable now with what was entered.
    Available,
    /// Usable once the listed conditions hold: ones the widget cannot check, or answers not given yet.
    Conditional,
    /// Ruled out by what was entered; `missing` says what would change that.
    Unavailable,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Available, Status::Conditional, Status::Unavailable];

    pub const fn id(self) -> &'static str {
        match self {
            Status::Available => "available",
            Status::Conditional => "conditional",
            Status::Unavailable => "unavailable",
        }
    }
}

/// Something that must hold for a route to a scheme, which the answers do not settle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// A requirement the widget cannot verify.
    Check(Check),
    /// The subject was not answered; the mini program must not belong to an individual.
    NonIndividualSubject,
    /// The subject was not answered; this route needs a government subject.
    GovernmentSubject,
    /// The content was not answered; this route covers only these contents.
    ContentIs(&'static [Content]),
    /// The category was not answered, or the customer is not sure of it; this route needs one
    /// of these categories.
    Category(&'static CategorySet),
}

impl Condition {
    /// Whether an answer still to be given settles this condition, rather than something the
    /// customer has to check or do.
    pub fn awaits_answer(self, answers: &Answers) -> bool {
        match self {
            Condition::NonIndividualSubject
            | Condition::GovernmentSubject
            | Condition::ContentIs(_) => true,
            Condition::Category(_) => answers.category.is_none(),
            Condition::Check(_) => false,
        }
    }
}

/// Something the answers rule out, and which would open the route if changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// The mini program belongs to an individual; it needs a non-individual subject.
    NonIndividualSubject,
    /// The route needs the mini program's certified subject to be a government body.
    GovernmentSubject,
    /// The route needs one of these service categories.
    Category(&'static CategorySet),
}

/// One row of the rules, evaluated against the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub status: Status,
    /// The row's requirement, when the answers meet it: why the scheme applies.
    pub met: Option<Requirement>,
    pub conditions: Vec<Condition>,
    pub missing: Vec<Missing>,
}

/// One scheme the scenario offers, with every route to it, the best first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub scheme: Scheme,
    pub status: Status,
    pub routes: Vec<Route>,
}

impl Outcome {
    /// The route that gives the scheme its status.
    pub fn best(&self) -> &Route {
        // `decide` never builds an outcome without a route; the first is the best.
        &self.routes[0]
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// The answers the decision was made from, normalized.
    pub answers: Answers,
    /// The mini program belongs to an individual: no scheme can be used.
    pub blocked: bool,
    /// Every scheme the scenario (and content) offers, available first, then conditional, then
    /// unavailable; in the table's order within each.
    pub outcomes: Vec<Outcome>,
    /// The notes and warnings that apply, in the order of `Note::ALL`.
    pub notes: Vec<Note>,
    /// The available scheme that takes the customer least work, if any is available.
    pub recommended: Option<Scheme>,
}

impl Decision {
    pub fn outcome(&self, scheme: Scheme) -> Option<&Outcome> {
        self.outcomes.iter().find(|o| o.scheme == scheme)
    }
}

/// Decides which schemes apply. With no scenario there is nothing to decide but the general
/// notes.
pub fn decide(answers: Answers) -> Decision {
    let answers = answers.normalized();
    let mut outcomes: Vec<Outcome> = Vec::new();
    let mut notes = vec![Note::CategoryMustMatch];
    if !matches!(
        answers.subject,
        Some(Subject::Enterprise | Subject::Government)
    ) {
        notes.push(Note::IndividualSubject);
    }
    if let Some(scenario) = answers.scenario {
        notes.extend_from_slice(scenario.def().notes);
        for row in scenario.def().rows {
            if let Some(content) = answers.content {
                if !row.contents.is_empty() && !row.contents.contains(&content) {
                    continue;
                }
            }
            let pending_content = match answers.content {
                None if !row.contents.is_empty() => Some(Condition::ContentIs(row.contents)),
                _ => None,
            };
            for route in row.routes() {
                if let Some(table) = route.via {
                    notes.extend_from_slice(table.def().notes);
                }
                let evaluated = evaluate(&answers, route.requirement, pending_content, route.also);
                add_route(&mut outcomes, route.scheme, evaluated);
            }
        }
    }
    for outcome in &mut outcomes {
        outcome.routes = by_status(std::mem::take(&mut outcome.routes), |r| r.status);
        outcome.status = outcome.best().status;
    }
    let outcomes = by_status(outcomes, |o| o.status);
    Decision {
        answers,
        blocked: answers.subject == Some(Subject::Individual),
        recommended: recommend(&outcomes),
        outcomes,
        // In the order of `Note::ALL`, each once.
        notes: Note::ALL
            .iter()
            .copied()
            .filter(|n| notes.contains(n))
            .collect(),
    }
}

/// Orders by status, best first, keeping the table's order among equals. An insertion sort:
/// the lists hold at most a handful of items, and the standard sorts would add several
/// kilobytes of code to the wasm.
fn by_status<T>(mut items: Vec<T>, status: impl Fn(&T) -> Status) -> Vec<T> {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && status(&items[j - 1]) > status(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
    items
}

fn add_route(outcomes: &mut Vec<Outcome>, scheme: Scheme, route: Route) {
    match outcomes.iter_mut().find(|o| o.scheme == scheme) {
        Some(outcome) => outcome.routes.push(route),
        None => outcomes.push(Outcome {
            scheme,
            status: route.status,
            routes: vec![route],
        }),
    }
}

fn evaluate(
    answers: &Answers,
    requirement: Requirement,
    pending_content: Option<Condition>,
    also: &[Check],
) -> Route {
    let mut conditions = Vec::new();
    let mut missing = Vec::new();
    let mut met = None;
    let needs_government = requirement == Requirement::Subject(Subject::Government);

    // The prerequisite that binds every row: a non-individual subject.
    match answers.subject {
        Some(Subject::Individual) => missing.push(Missing::NonIndividualSubject),
        None if !needs_government => conditions.push(Condition::NonIndividualSubject),
        _ => {}
    }
    conditions.extend(pending_content);

    match requirement {
        Requirement::NoCategory => met = Some(requirement),
        Requirement::Subject(needed) => match answers.subject {
            Some(subject) if subject == needed => met = Some(requirement),
            None => conditions.push(Condition::GovernmentSubject),
            Some(_) => missing.push(Missing::GovernmentSubject),
        },
        Requirement::Category(set) => match answers.category {
            Some(category) if set.categories.contains(&category) => met = Some(requirement),
            // Not answered yet, or not known: the category is still to be found out.
            None | Some(Category::Unsure) => conditions.push(Condition::Category(set)),
            Some(_) => missing.push(Missing::Category(set)),
        },
        Requirement::Checks(checks) => {
            conditions.extend(checks.iter().map(|c| Condition::Check(*c)));
        }
    }
    conditions.extend(
        also.iter()
            .filter(|c| !c.met_by(answers.category))
            .map(|c| Condition::Check(*c)),
    );

    let status = if !missing.is_empty() {
        Status::Unavailable
    } else if !conditions.is_empty() {
        Status::Conditional
    } else {
        Status::Available
    };
    Route {
        status,
        met,
        conditions,
        missing,
    }
}
