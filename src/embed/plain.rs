//! The Decision as plain JS data (objects, arrays, strings, booleans, null) with the public ids,
//! for `decide()` and the widget's events. Built directly rather than through serde: see the
//! README's size notes for what that saved.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::rules::{
    Answers, CategorySet, Condition, Decision, Lang, Missing, Requirement, Route, Scheme,
};

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

fn text(value: &str) -> JsValue {
    JsValue::from_str(value)
}

fn id_or_null(id: Option<&str>) -> JsValue {
    id.map(text).unwrap_or(JsValue::NULL)
}

fn ids(ids: impl Iterator<Item = &'static str>) -> JsValue {
    ids.map(text).collect::<Array>().into()
}

/// A requirement, condition or missing piece: `{type}`, plus the ids it is about if any.
fn item(kind: &str, about: Option<(&str, JsValue)>) -> JsValue {
    match about {
        Some((key, value)) => object(&[("type", text(kind)), (key, value)]),
        None => object(&[("type", text(kind))]),
    }
}

fn categories(set: &CategorySet) -> Option<(&'static str, JsValue)> {
    Some(("categories", ids(set.categories.iter().map(|c| c.id()))))
}

fn requirement(r: Requirement) -> JsValue {
    match r {
        Requirement::NoCategory => item("no-category", None),
        Requirement::Subject(s) => item("subject", Some(("subject", text(s.id())))),
        Requirement::Category(set) => item("category", categories(set)),
        Requirement::Checks(checks) => item(
            "checks",
            Some(("checks", ids(checks.iter().map(|c| c.id())))),
        ),
    }
}

fn condition(c: Condition) -> JsValue {
    match c {
        Condition::Check(check) => item("check", Some(("checks", ids([check.id()].into_iter())))),
        Condition::NonIndividualSubject => item("non-individual-subject", None),
        Condition::GovernmentSubject => item("government-subject", None),
        Condition::ContentIs(contents) => item(
            "content-is",
            Some(("contents", ids(contents.iter().map(|c| c.id())))),
        ),
        Condition::Category(set) => item("category", categories(set)),
    }
}

fn missing(m: Missing) -> JsValue {
    match m {
        Missing::NonIndividualSubject => item("non-individual-subject", None),
        Missing::GovernmentSubject => item("government-subject", None),
        Missing::Category(set) => item("category", categories(set)),
    }
}

fn route(r: &Route) -> JsValue {
    object(&[
        ("status", text(r.status.id())),
        ("met", r.met.map(requirement).unwrap_or(JsValue::NULL)),
        (
            "conditions",
            r.conditions
                .iter()
                .map(|c| condition(*c))
                .collect::<Array>()
                .into(),
        ),
        (
            "missing",
            r.missing
                .iter()
                .map(|m| missing(*m))
                .collect::<Array>()
                .into(),
        ),
    ])
}

/// `{subject, scenario, content, category}`, each an id or null.
pub fn input(a: &Answers) -> JsValue {
    object(&[
        ("subject", id_or_null(a.subject.map(|v| v.id()))),
        ("scenario", id_or_null(a.scenario.map(|v| v.id()))),
        ("content", id_or_null(a.content.map(|v| v.id()))),
        ("category", id_or_null(a.category.map(|v| v.id()))),
    ])
}

/// `{input, blocked, schemes: [{scheme, status, url, routes}], notes}`.
pub fn decision(d: &Decision) -> JsValue {
    let schemes: Array = d
        .outcomes
        .iter()
        .map(|o| {
            object(&[
                ("scheme", text(o.scheme.id())),
                ("status", text(o.status.id())),
                ("url", text(o.scheme.url())),
                (
                    "routes",
                    o.routes.iter().map(route).collect::<Array>().into(),
                ),
            ])
        })
        .collect();
    object(&[
        ("input", input(&d.answers)),
        ("blocked", JsValue::from_bool(d.blocked)),
        ("recommended", id_or_null(d.recommended.map(|s| s.id()))),
        ("schemes", schemes.into()),
        ("notes", ids(d.notes.iter().map(|n| n.id()))),
    ])
}

/// The detail of a `live-scheme-change` event.
pub fn change(lang: Lang, d: &Decision) -> JsValue {
    object(&[
        ("lang", text(lang.tag())),
        ("input", input(&d.answers)),
        ("decision", decision(d)),
    ])
}

/// The detail of a `live-scheme-link` event.
pub fn link(scheme: Scheme) -> JsValue {
    object(&[("scheme", text(scheme.id())), ("url", text(scheme.url()))])
}
