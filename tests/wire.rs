//! The payloads' public shape, pinned on their JSON: for every combination of answers the keys,
//! their order and their values are the documented ones, and conform to the declarations the
//! TypeScript types are generated from; a few payloads are pinned byte for byte.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt;

use lss::rules::{
    decide, Answers, Category, Check, Content, Lang, Note, Scenario, Scheme, Status, Subject,
};
use lss::wire::{self, Body, Declaration, Ts};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// JSON that keeps its keys in the order they were written, which is part of the shape.
#[derive(Clone, Debug, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Number,
    Str(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = Json;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_unit<E>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
                Ok(Json::Bool(v))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Json, E> {
                Ok(Json::Number)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Json, E> {
                Ok(Json::Number)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Json, E> {
                Ok(Json::Number)
            }
            fn visit_str<E>(self, v: &str) -> Result<Json, E> {
                Ok(Json::Str(v.to_owned()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Json::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Json::Object(entries))
            }
        }
        deserializer.deserialize_any(Any)
    }
}

fn json(value: &impl serde::Serialize) -> (String, Json) {
    let text = serde_json::to_string(value).expect("a payload serializes");
    let tree = serde_json::from_str(&text).expect("its JSON parses");
    (text, tree)
}

fn keys(value: &Json) -> Vec<&str> {
    match value {
        Json::Object(entries) => entries.iter().map(|(k, _)| k.as_str()).collect(),
        other => panic!("not an object: {other:?}"),
    }
}

fn get<'a>(value: &'a Json, key: &str) -> &'a Json {
    match value {
        Json::Object(entries) => entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .unwrap_or_else(|| panic!("no {key} in {value:?}")),
        other => panic!("not an object: {other:?}"),
    }
}

fn list(value: &Json) -> &[Json] {
    match value {
        Json::List(items) => items,
        other => panic!("not a list: {other:?}"),
    }
}

fn text(value: &Json) -> &str {
    match value {
        Json::Str(s) => s,
        other => panic!("not a string: {other:?}"),
    }
}

fn ids<T: Copy>(all: &[T], id: impl Fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| id(*v)).collect()
}

fn assert_id(value: &Json, known: &[&str], what: &str) {
    let id = text(value);
    assert!(known.contains(&id), "{what}: unknown id {id:?}");
}

fn assert_id_or_null(value: &Json, known: &[&str], what: &str) {
    if *value != Json::Null {
        assert_id(value, known, what);
    }
}

fn assert_ids(value: &Json, known: &[&str], what: &str) {
    for item in list(value) {
        assert_id(item, known, what);
    }
}

/// A requirement, condition or missing piece: `type` first, then the key its type names.
fn assert_item(value: &Json, about: &[(&str, Option<&str>)]) {
    let kind = text(get(value, "type"));
    let Some((_, key)) = about.iter().find(|(t, _)| *t == kind) else {
        panic!("unknown type {kind:?} in {value:?}");
    };
    let expected: Vec<&str> = std::iter::once("type").chain(*key).collect();
    assert_eq!(keys(value), expected, "{kind}");
    let categories = ids(Category::ALL, Category::id);
    match *key {
        Some("categories") => assert_ids(get(value, "categories"), &categories, "category"),
        Some("checks") => assert_ids(get(value, "checks"), &ids(Check::ALL, Check::id), "check"),
        Some("contents") => assert_ids(
            get(value, "contents"),
            &ids(Content::ALL, Content::id),
            "content",
        ),
        Some("subject") => assert_id(
            get(value, "subject"),
            &ids(Subject::ALL, Subject::id),
            "subject",
        ),
        Some("subjects") => assert_ids(
            get(value, "subjects"),
            &ids(Subject::ALL, Subject::id),
            "subject",
        ),
        Some(other) => panic!("unexpected key {other}"),
        None => {}
    }
}

/// The shape the README and `decide()`'s users rely on, written out independently of the
/// declarations.
fn assert_documented_decision(d: &Json) {
    assert_eq!(
        keys(d),
        [
            "input",
            "blocked",
            "recommended",
            "nextStep",
            "schemes",
            "notes"
        ]
    );
    assert_documented_input(get(d, "input"));
    assert!(matches!(get(d, "blocked"), Json::Bool(_)));
    let schemes = ids(Scheme::ALL, Scheme::id);
    let statuses = ids(&Status::ALL, Status::id);
    assert_id_or_null(get(d, "recommended"), &schemes, "recommended");
    let next = get(d, "nextStep");
    if *next != Json::Null {
        assert_eq!(
            get(d, "recommended"),
            &Json::Null,
            "a next step only without a scheme"
        );
        assert_documented_next_step(next);
    }
    assert_ids(get(d, "notes"), &ids(Note::ALL, Note::id), "note");
    for outcome in list(get(d, "schemes")) {
        assert_eq!(keys(outcome), ["scheme", "status", "url", "routes"]);
        assert_id(get(outcome, "scheme"), &schemes, "scheme");
        assert_id(get(outcome, "status"), &statuses, "status");
        assert!(text(get(outcome, "url")).starts_with("https://"));
        let routes = list(get(outcome, "routes"));
        assert!(!routes.is_empty());
        for route in routes {
            assert_eq!(keys(route), ["status", "met", "conditions", "missing"]);
            assert_id(get(route, "status"), &statuses, "route status");
            let met = get(route, "met");
            if *met != Json::Null {
                assert_item(
                    met,
                    &[
                        ("no-category", None),
                        ("subject", Some("subject")),
                        ("category", Some("categories")),
                        ("checks", Some("checks")),
                    ],
                );
            }
            for condition in list(get(route, "conditions")) {
                assert_item(
                    condition,
                    &[
                        ("check", Some("checks")),
                        ("non-individual-subject", None),
                        ("government-subject", None),
                        ("content-is", Some("contents")),
                        ("category", Some("categories")),
                    ],
                );
                if text(get(condition, "type")) == "check" {
                    assert_eq!(list(get(condition, "checks")).len(), 1);
                }
            }
            for missing in list(get(route, "missing")) {
                assert_item(
                    missing,
                    &[
                        ("non-individual-subject", None),
                        ("government-subject", None),
                        ("category", Some("categories")),
                    ],
                );
            }
        }
    }
}

/// `{ type: "reach", goal, alternative }` or `{ type: "blocked", subjects, scheme }`.
fn assert_documented_next_step(next: &Json) {
    let schemes = ids(Scheme::ALL, Scheme::id);
    let subjects = ids(Subject::ALL, Subject::id);
    match text(get(next, "type")) {
        "reach" => {
            assert_eq!(keys(next), ["type", "goal", "alternative"]);
            assert_documented_goal(get(next, "goal"));
            let alternative = get(next, "alternative");
            if *alternative != Json::Null {
                assert_documented_goal(alternative);
                assert_ne!(get(alternative, "scheme"), get(get(next, "goal"), "scheme"));
            }
        }
        "blocked" => {
            assert_eq!(keys(next), ["type", "subjects", "scheme"]);
            assert!(!list(get(next, "subjects")).is_empty());
            assert_ids(get(next, "subjects"), &subjects, "subject");
            assert_id(get(next, "scheme"), &schemes, "scheme");
        }
        other => panic!("unknown next step {other:?}"),
    }
}

fn assert_documented_goal(goal: &Json) {
    assert_eq!(keys(goal), ["scheme", "step", "contents", "checks"]);
    assert_id(get(goal, "scheme"), &ids(Scheme::ALL, Scheme::id), "scheme");
    assert_item(
        get(goal, "step"),
        &[
            ("add-category", Some("categories")),
            ("choose-category", Some("categories")),
            ("subject", Some("subjects")),
            ("checks", None),
            ("ready", None),
        ],
    );
    assert_ids(
        get(goal, "contents"),
        &ids(Content::ALL, Content::id),
        "content",
    );
    assert_ids(get(goal, "checks"), &ids(Check::ALL, Check::id), "check");
}

fn assert_documented_input(input: &Json) {
    assert_eq!(keys(input), ["subject", "scenario", "content", "category"]);
    assert_id_or_null(
        get(input, "subject"),
        &ids(Subject::ALL, Subject::id),
        "subject",
    );
    assert_id_or_null(
        get(input, "scenario"),
        &ids(Scenario::ALL, Scenario::id),
        "scenario",
    );
    assert_id_or_null(
        get(input, "content"),
        &ids(Content::ALL, Content::id),
        "content",
    );
    assert_id_or_null(
        get(input, "category"),
        &ids(Category::ALL, Category::id),
        "category",
    );
}

/// Every type the declarations name, by name.
fn declarations() -> Vec<Declaration> {
    let mut all = wire::id_declarations();
    all.push(wire::Input::declaration());
    all.extend(wire::payload_declarations());
    all.extend(wire::event_declarations());
    all
}

/// `value` is of type `ts`, as the generated declarations say.
fn conforms(value: &Json, ts: &Ts, all: &[Declaration], at: &str) {
    match (ts, value) {
        (Ts::Boolean, Json::Bool(_)) | (Ts::String, Json::Str(_)) => {}
        (Ts::Nullable(_), Json::Null) => {}
        (Ts::Nullable(inner), _) => conforms(value, inner, all, at),
        (Ts::List(inner), Json::List(items)) => {
            for (i, item) in items.iter().enumerate() {
                conforms(item, inner, all, &format!("{at}[{i}]"));
            }
        }
        (Ts::Tuple(types), Json::List(items)) => {
            assert_eq!(items.len(), types.len(), "{at}: tuple length");
            for (i, (item, ts)) in items.iter().zip(types).enumerate() {
                conforms(item, ts, all, &format!("{at}[{i}]"));
            }
        }
        (Ts::Named(name), _) => {
            let Some(declaration) = all.iter().find(|d| d.name == *name) else {
                panic!("{at}: {name} is not declared");
            };
            conforms_to(value, declaration, all, at);
        }
        (ts, value) => panic!("{at}: {value:?} is not a {ts:?}"),
    }
}

fn conforms_to(value: &Json, declaration: &Declaration, all: &[Declaration], at: &str) {
    let fields = match &declaration.body {
        Body::Union(ids) => {
            assert!(
                ids.contains(&text(value)),
                "{at}: {value:?} is not a {}",
                declaration.name
            );
            return;
        }
        Body::Object(fields) => fields,
        Body::Tagged(variants) => {
            let tag = text(get(value, "type"));
            let Some(variant) = variants.iter().find(|v| v.tag == tag) else {
                panic!("{at}: no {} has type {tag:?}", declaration.name);
            };
            let expected: Vec<&str> = std::iter::once("type")
                .chain(variant.fields.iter().map(|f| f.name))
                .collect();
            assert_eq!(keys(value), expected, "{at}: the keys of a {tag}");
            &variant.fields
        }
    };
    if let Body::Object(fields) = &declaration.body {
        let expected: Vec<&str> = fields.iter().map(|f| f.name).collect();
        assert_eq!(
            keys(value),
            expected,
            "{at}: the keys of a {}",
            declaration.name
        );
    }
    for field in fields {
        conforms(
            get(value, field.name),
            &field.ts,
            all,
            &format!("{at}.{}", field.name),
        );
    }
}

#[test]
fn every_decision_has_the_documented_shape_and_conforms_to_its_declaration() {
    let all = declarations();
    let every = Answers::every();
    assert_eq!(every.len(), 5808);
    for answers in every {
        let decision = decide(answers);
        let (_, d) = json(&wire::decision(&decision));
        assert_documented_decision(&d);
        conforms(&d, &Ts::Named("Decision"), &all, "decision");
        for lang in Lang::ALL {
            let (_, change) = json(&wire::change(lang, &decision));
            assert_eq!(keys(&change), ["lang", "input", "decision"]);
            assert_eq!(get(&change, "input"), get(&d, "input"));
            assert_eq!(get(&change, "decision"), &d);
            conforms(
                &change,
                &Ts::Named("LiveSchemeChangeDetail"),
                &all,
                "change",
            );
        }
        let (_, input) = json(&wire::input(&answers));
        assert_documented_input(&input);
    }
}

#[test]
fn every_status_and_item_type_occurs() {
    // So the shape test above saw every declared case, not only a few.
    let mut seen: Vec<String> = Vec::new();
    for answers in Answers::every() {
        let (_, d) = json(&wire::decision(&decide(answers)));
        if let next @ Json::Object(_) = get(&d, "nextStep") {
            seen.push(format!("NextStep {}", text(get(next, "type"))));
            for goal in ["goal", "alternative"] {
                if let Json::Object(entries) = next {
                    if let Some((_, g @ Json::Object(_))) = entries.iter().find(|(k, _)| k == goal)
                    {
                        seen.push(format!("NextAction {}", text(get(get(g, "step"), "type"))));
                    }
                }
            }
        }
        for outcome in list(get(&d, "schemes")) {
            for route in list(get(outcome, "routes")) {
                seen.push(format!("status {}", text(get(route, "status"))));
                if let met @ Json::Object(_) = get(route, "met") {
                    seen.push(format!("Requirement {}", text(get(met, "type"))));
                }
                for c in list(get(route, "conditions")) {
                    seen.push(format!("Condition {}", text(get(c, "type"))));
                }
                for m in list(get(route, "missing")) {
                    seen.push(format!("Missing {}", text(get(m, "type"))));
                }
            }
        }
    }
    // A row that asks for checks is never met: its checks become the route's conditions. The
    // type still declares it, as a requirement the rules may one day meet.
    let never = ["Requirement checks"];
    for declaration in wire::payload_declarations() {
        if let Body::Tagged(variants) = declaration.body {
            for v in variants {
                let case = format!("{} {}", declaration.name, v.tag);
                if never.contains(&case.as_str()) {
                    assert!(!seen.contains(&case), "a decision has a {case} now");
                } else {
                    assert!(seen.contains(&case), "no decision has a {case}");
                }
            }
        }
    }
    for status in Status::ALL {
        assert!(seen.contains(&format!("status {}", status.id())));
    }
}

#[test]
fn the_readme_example_byte_for_byte() {
    let answers = Answers {
        subject: Some(Subject::Enterprise),
        scenario: Some(Scenario::Ecommerce),
        category: Some(Category::SocialLive),
        content: None,
    };
    let (text, _) = json(&wire::decision(&decide(answers)));
    assert_eq!(
        text,
        concat!(
            r#"{"input":{"subject":"enterprise","scenario":"ecommerce","content":null,"category":"social-live"},"#,
            r#""blocked":false,"recommended":"standard-live","nextStep":null,"#,
            r#""schemes":[{"scheme":"standard-live","status":"available","url":"https://cloud.tencent.com/document/product/454/12554","#,
            r#""routes":[{"status":"available","met":{"type":"category","categories":["social-live"]},"conditions":[],"missing":[]}]},"#,
            r#"{"scheme":"live-plugin","status":"unavailable","url":"https://cloud.tencent.com/document/product/1148/39191","#,
            r#""routes":[{"status":"unavailable","met":null,"conditions":[],"missing":[{"type":"category","categories":["ecommerce-platform"]}]}]}],"#,
            r#""notes":["category-must-match","medical-category","prohibited-goods"]}"#,
        )
    );
}

#[test]
fn nothing_answered_byte_for_byte() {
    let (text, _) = json(&wire::decision(&decide(Answers::default())));
    assert_eq!(
        text,
        r#"{"input":{"subject":null,"scenario":null,"content":null,"category":null},"blocked":false,"recommended":null,"nextStep":null,"schemes":[],"notes":["individual-subject","category-must-match"]}"#
    );
    let (text, _) = json(&wire::input(&Answers::default()));
    assert_eq!(
        text,
        r#"{"subject":null,"scenario":null,"content":null,"category":null}"#
    );
}

#[test]
fn conditions_byte_for_byte() {
    let (text, _) = json(&wire::decision(&decide(Answers {
        scenario: Some(Scenario::OfflineEvent),
        ..Answers::default()
    })));
    assert_eq!(
        text,
        concat!(
            r#"{"input":{"subject":null,"scenario":"offline-event","content":null,"category":null},"#,
            r#""blocked":false,"recommended":null,"#,
            r#""nextStep":{"type":"reach","#,
            r#""goal":{"scheme":"live-plugin","step":{"type":"checks"},"contents":[],"checks":["online-promotion-only","short-term-authorization"]},"#,
            r#""alternative":{"scheme":"standard-live","step":{"type":"choose-category","categories":["social-live"]},"contents":[],"checks":[]}},"#,
            r#""schemes":[{"scheme":"live-plugin","status":"conditional","url":"https://cloud.tencent.com/document/product/1148/39191","#,
            r#""routes":[{"status":"conditional","met":null,"conditions":[{"type":"non-individual-subject"},"#,
            r#"{"type":"check","checks":["online-promotion-only"]},{"type":"check","checks":["short-term-authorization"]}],"missing":[]}]},"#,
            r#"{"scheme":"standard-live","status":"conditional","url":"https://cloud.tencent.com/document/product/454/12554","#,
            r#""routes":[{"status":"conditional","met":null,"conditions":[{"type":"non-individual-subject"},"#,
            r#"{"type":"category","categories":["social-live"]}],"missing":[]}]}],"#,
            r#""notes":["individual-subject","category-must-match","offline-permits"]}"#,
        )
    );
    // The cases no decision shows as simply: a subject requirement met, and one never met.
    let subject = wire::Requirement::Subject {
        subject: Subject::Government,
    };
    assert_eq!(
        json(&subject).0,
        r#"{"type":"subject","subject":"government"}"#
    );
    let checks = wire::Requirement::Checks {
        checks: &[Check::OnlinePromotionOnly],
    };
    assert_eq!(
        json(&checks).0,
        r#"{"type":"checks","checks":["online-promotion-only"]}"#
    );
    assert_eq!(
        json(&wire::Missing::GovernmentSubject {}).0,
        r#"{"type":"government-subject"}"#
    );
}

#[test]
fn the_event_details_byte_for_byte() {
    let (text, _) = json(&wire::link(Scheme::EnterpriseLive));
    assert_eq!(
        text,
        r#"{"scheme":"enterprise-live","url":"https://cloud.tencent.com/solution/mini-program-enterprise-live"}"#
    );
    let (text, _) = json(&wire::change(Lang::En, &decide(Answers::default())));
    assert_eq!(
        text,
        concat!(
            r#"{"lang":"en","input":{"subject":null,"scenario":null,"content":null,"category":null},"#,
            r#""decision":{"input":{"subject":null,"scenario":null,"content":null,"category":null},"#,
            r#""blocked":false,"recommended":null,"nextStep":null,"schemes":[],"notes":["individual-subject","category-must-match"]}}"#,
        )
    );
    let (text, _) = json(&wire::change(Lang::Zh, &decide(Answers::default())));
    assert!(text.starts_with(r#"{"lang":"zh-CN","#));
}

#[test]
fn next_steps_byte_for_byte() {
    let next = |answers: Answers| json(&wire::decision(&decide(answers))).1;
    let company = |scenario, category| Answers {
        subject: Some(Subject::Enterprise),
        scenario: Some(scenario),
        content: None,
        category: Some(category),
    };
    // Not sure of the category: the plan for the plugin, the standard scheme beside it.
    let d = next(company(Scenario::Ecommerce, Category::Unsure));
    assert_eq!(
        serde_json::to_string(&wire::next_step(
            &lss::rules::next_step(&decide(company(Scenario::Ecommerce, Category::Unsure)))
                .expect("a next step")
        ))
        .expect("serializes"),
        concat!(
            r#"{"type":"reach","#,
            r#""goal":{"scheme":"live-plugin","step":{"type":"choose-category","categories":["ecommerce-platform"]},"contents":[],"checks":[]},"#,
            r#""alternative":{"scheme":"standard-live","step":{"type":"choose-category","categories":["social-live"]},"contents":[],"checks":[]}}"#,
        )
    );
    assert_eq!(text(get(get(&d, "nextStep"), "type")), "reach");
    // A company in the government scenario: a subject, never a category.
    let (text_of, _) = json(&wire::decision(&decide(company(
        Scenario::Government,
        Category::None,
    ))));
    assert!(
        text_of.contains(
            r#""nextStep":{"type":"blocked","subjects":["government"],"scheme":"standard-live"}"#
        ),
        "{text_of}"
    );
    // An individual: any non-individual subject.
    let (text_of, _) = json(&wire::decision(&decide(Answers {
        subject: Some(Subject::Individual),
        ..company(Scenario::Education, Category::None)
    })));
    assert!(
        text_of.contains(
            r#""nextStep":{"type":"blocked","subjects":["enterprise","government"],"scheme":"enterprise-live"}"#
        ),
        "{text_of}"
    );
}
