//! The Decision as plain data with the public ids, for the JS API and the widget's events.

use serde::Serialize;

use crate::rules::{Answers, Condition, Decision, Missing, Outcome, Requirement, Route};

#[derive(Serialize, Debug, PartialEq)]
pub struct InputReport {
    pub subject: Option<&'static str>,
    pub scenario: Option<&'static str>,
    pub content: Option<&'static str>,
    pub category: Option<&'static str>,
}

impl From<&Answers> for InputReport {
    fn from(a: &Answers) -> Self {
        InputReport {
            subject: a.subject.map(|v| v.id()),
            scenario: a.scenario.map(|v| v.id()),
            content: a.content.map(|v| v.id()),
            category: a.category.map(|v| v.id()),
        }
    }
}

/// A requirement, condition or missing piece: its kind and the ids it is about. One flat shape
/// for all three keeps the JS side simple and the wasm small (one serializer, not three).
#[derive(Serialize, Debug, PartialEq, Default)]
pub struct ItemReport {
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contents: Vec<&'static str>,
}

fn item(kind: &'static str) -> ItemReport {
    ItemReport {
        kind,
        ..ItemReport::default()
    }
}

fn categories(set: &crate::rules::CategorySet) -> Vec<&'static str> {
    set.categories.iter().map(|c| c.id()).collect()
}

impl From<Requirement> for ItemReport {
    fn from(r: Requirement) -> Self {
        match r {
            Requirement::NoCategory => item("no-category"),
            Requirement::Subject(s) => ItemReport {
                subject: Some(s.id()),
                ..item("subject")
            },
            Requirement::Category(set) => ItemReport {
                categories: categories(set),
                ..item("category")
            },
            Requirement::Checks(checks) => ItemReport {
                checks: checks.iter().map(|c| c.id()).collect(),
                ..item("checks")
            },
        }
    }
}

impl From<Condition> for ItemReport {
    fn from(c: Condition) -> Self {
        match c {
            Condition::Check(check) => ItemReport {
                checks: vec![check.id()],
                ..item("check")
            },
            Condition::NonIndividualSubject => item("non-individual-subject"),
            Condition::GovernmentSubject => item("government-subject"),
            Condition::ContentIs(contents) => ItemReport {
                contents: contents.iter().map(|c| c.id()).collect(),
                ..item("content-is")
            },
        }
    }
}

impl From<Missing> for ItemReport {
    fn from(m: Missing) -> Self {
        match m {
            Missing::NonIndividualSubject => item("non-individual-subject"),
            Missing::GovernmentSubject => item("government-subject"),
            Missing::Category(set) => ItemReport {
                categories: categories(set),
                ..item("category")
            },
        }
    }
}

#[derive(Serialize, Debug, PartialEq)]
pub struct RouteReport {
    pub status: &'static str,
    pub met: Option<ItemReport>,
    pub conditions: Vec<ItemReport>,
    pub missing: Vec<ItemReport>,
}

impl From<&Route> for RouteReport {
    fn from(r: &Route) -> Self {
        RouteReport {
            status: r.status.id(),
            met: r.met.map(Into::into),
            conditions: r.conditions.iter().map(|c| (*c).into()).collect(),
            missing: r.missing.iter().map(|m| (*m).into()).collect(),
        }
    }
}

#[derive(Serialize, Debug, PartialEq)]
pub struct SchemeReport {
    pub scheme: &'static str,
    pub status: &'static str,
    pub url: &'static str,
    pub routes: Vec<RouteReport>,
}

impl From<&Outcome> for SchemeReport {
    fn from(o: &Outcome) -> Self {
        SchemeReport {
            scheme: o.scheme.id(),
            status: o.status.id(),
            url: o.scheme.url(),
            routes: o.routes.iter().map(Into::into).collect(),
        }
    }
}

#[derive(Serialize, Debug, PartialEq)]
pub struct DecisionReport {
    pub input: InputReport,
    pub blocked: bool,
    pub schemes: Vec<SchemeReport>,
    pub notes: Vec<&'static str>,
}

impl From<&Decision> for DecisionReport {
    fn from(d: &Decision) -> Self {
        DecisionReport {
            input: (&d.answers).into(),
            blocked: d.blocked,
            schemes: d.outcomes.iter().map(Into::into).collect(),
            notes: d.notes.iter().map(|n| n.id()).collect(),
        }
    }
}

/// The detail of a `live-scheme-change` event.
#[derive(Serialize, Debug, PartialEq)]
pub struct ChangeReport {
    pub lang: &'static str,
    pub input: InputReport,
    pub decision: DecisionReport,
}

/// The detail of a `live-scheme-link` event.
#[derive(Serialize, Debug, PartialEq)]
pub struct LinkReport {
    pub scheme: &'static str,
    pub url: &'static str,
}
