//! The URL query and the host's configuration under hostile input: arbitrary strings and bytes,
//! huge values, broken escapes, look-alike keys. Properties run a fixed number of cases from a
//! fixed seed, so every run checks the same inputs and takes the same time.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use lss::config::{self, Warning, QUOTE_CHARS};
use lss::query::{self, KEYS, MAX_VALUE_LEN};
use lss::rules::{Answers, Category, Content, Lang, Scenario, Subject};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config as ProptestConfig, RngAlgorithm, RngSeed};

const CASES: u32 = 2_000;

fn deterministic() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(0x6c73_735f_7175_6572),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---- what the widget owns, stated independently of the implementation ----------------------

/// The query without its one delimiting `?`.
fn strip(search: &str) -> &str {
    search.strip_prefix('?').unwrap_or(search)
}

/// A segment is the widget's when the text before its first `=` is exactly one of its keys.
fn is_own(segment: &str) -> bool {
    let key = segment.split('=').next().unwrap_or(segment);
    KEYS.contains(&key)
}

/// A segment under one of the widget's keys whose value is not one of its ids: the host
/// page's own (`lang=fr`), which the widget keeps.
fn is_foreign(segment: &str) -> bool {
    let key = segment.split('=').next().unwrap_or(segment);
    // A content is an id only beside its scenario: tried with both that have contents.
    is_own(segment)
        && ["finance", "medical"].iter().all(|scenario| {
            query::parse(&format!("{segment}&scenario={scenario}"), "")
                .invalid
                .contains(&key)
        })
}

/// The host's segments of a query without its delimiter, in order, empty ones included: its
/// own parameters and its values under the widget's keys that are not the widget's ids.
fn host_segments(query: &str) -> Vec<&str> {
    if query.is_empty() {
        return Vec::new();
    }
    query
        .split('&')
        .filter(|s| !is_own(s) || is_foreign(s))
        .collect()
}

/// The widget's keys the host page holds with values of its own.
fn held(query: &str) -> Vec<&str> {
    host_segments(query)
        .into_iter()
        .filter(|s| is_own(s))
        .map(|s| s.split('=').next().unwrap_or(s))
        .collect()
}

fn ids() -> Vec<(&'static str, String)> {
    let mut ids = Vec::new();
    ids.extend(Lang::ALL.iter().map(|l| ("lang", l.tag().to_owned())));
    ids.extend(Subject::ALL.iter().map(|v| ("subject", v.id().to_owned())));
    ids.extend(
        Scenario::ALL
            .iter()
            .map(|v| ("scenario", v.id().to_owned())),
    );
    ids.extend(Content::ALL.iter().map(|v| ("content", v.id().to_owned())));
    ids.extend(
        Category::ALL
            .iter()
            .map(|v| ("category", v.id().to_owned())),
    );
    ids
}

/// Undoes `config::quote`'s escapes and its ellipsis: the characters of the value it shows.
fn unquote(excerpt: &str) -> (String, bool) {
    let (body, cut) = match excerpt.strip_suffix('…') {
        Some(body) => (body, true),
        None => (excerpt, false),
    };
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            assert!(
                (' '..='~').contains(&c) && c != '"',
                "unescaped {c:?} in {excerpt:?}"
            );
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'), "in {excerpt:?}");
                let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
                let code = u32::from_str_radix(&hex, 16);
                let c = code.ok().and_then(char::from_u32);
                out.push(c.unwrap_or_else(|| panic!("bad escape {hex:?} in {excerpt:?}")));
            }
            other => panic!("unknown escape {other:?} in {excerpt:?}"),
        }
    }
    (out, cut)
}

/// What a warning may show of `value`: its first characters, and whether it was cut.
fn check_warning(w: &Warning, value: &str) {
    let (shown, cut) = unquote(w.excerpt());
    let expected: String = value.chars().take(QUOTE_CHARS).collect();
    assert_eq!(shown, expected);
    assert_eq!(cut, value.chars().count() > QUOTE_CHARS);
    let message = w.message();
    assert!(
        message.starts_with(&format!(
            "live-scheme-selector: ignoring {}=\"{}\"",
            w.name,
            w.excerpt()
        )),
        "{message}"
    );
    assert!(!message.chars().any(char::is_control), "{message:?}");
}

// ---- strategies ------------------------------------------------------------------------------

fn lossy_bytes() -> impl Strategy<Value = String> {
    vec(any::<u8>(), 0..200).prop_map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// Anything at all, weighted towards what a query parser trips on.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        lossy_bytes(),
        "[?&=#%+a-z0-9A-F-]{0,60}",
        search(),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(KEYS.to_vec()).prop_map(str::to_owned),
        2 => select(vec![
            "langx", "Lang", "LANG", "%6Cang", "lang+", "lang%3D", "?lang", " lang", "_lang",
            "scenario ", "sub%6Aect", "utm_source", "", "?", "#", "=",
        ])
        .prop_map(str::to_owned),
        1 => "[a-z%?+#]{0,8}",
    ]
}

fn value() -> impl Strategy<Value = String> {
    let known = ids().into_iter().map(|(_, id)| id).collect::<Vec<_>>();
    prop_oneof![
        3 => select(known.clone()),
        1 => select(known).prop_map(|id| id.replace('-', "%2D")),
        2 => "[ -~]{0,20}",
        1 => "(%[0-9A-Fa-fgz]{0,2}){1,4}",
        1 => any::<String>(),
        1 => (MAX_VALUE_LEN - 2..MAX_VALUE_LEN * 40).prop_map(|n| "en-".repeat(n / 3 + 1)),
    ]
}

/// A query segment: a key alone, or a key, `=` and a value.
fn segment() -> impl Strategy<Value = String> {
    (key(), option::of(value())).prop_map(|(k, v)| match v {
        Some(v) => format!("{k}={v}"),
        None => k,
    })
}

/// A `location.search`-like string: no delimiter, one, or a host parameter starting with `?`.
fn search() -> impl Strategy<Value = String> {
    (select(vec!["", "?", "??"]), vec(segment(), 0..8))
        .prop_map(|(lead, segments)| format!("{lead}{}", segments.join("&")))
}

fn lang() -> impl Strategy<Value = Lang> {
    select(Lang::ALL.to_vec())
}

fn answers() -> impl Strategy<Value = Answers> {
    (
        option::of(select(Subject::ALL.to_vec())),
        option::of(select(Scenario::ALL.to_vec())),
        option::of(select(Content::ALL.to_vec())),
        option::of(select(Category::ALL.to_vec())),
    )
        .prop_map(|(subject, scenario, content, category)| Answers {
            subject,
            scenario,
            content,
            category,
        })
}

// ---- properties ------------------------------------------------------------------------------

proptest! {
    #![proptest_config(deterministic())]

    #[test]
    fn parse_takes_anything(s in text()) {
        for search in [s.clone(), format!("?{s}"), format!("??{s}")] {
            let p = query::parse(&search, "");
            prop_assert_eq!(p.answers, p.answers.normalized());
            for (i, key) in p.invalid.iter().enumerate() {
                prop_assert!(KEYS.contains(key));
                prop_assert!(!p.invalid[..i].contains(key), "{:?} named twice", key);
            }
        }
    }

    #[test]
    fn write_then_parse_gives_the_state_back(s in text(), lang in lang(), a in answers()) {
        // The page's own values under the widget's keys have a property of their own, below.
        prop_assume!(held(strip(&s)).is_empty());
        let q = query::write(&s, "", lang, &a);
        let p = query::parse(&q, "");
        prop_assert_eq!(p.lang, Some(lang));
        prop_assert_eq!(p.answers, a.normalized());
        prop_assert!(p.invalid.is_empty(), "{:?}", p.invalid);
        // Writing again changes nothing: nothing of the old state survives as the host's.
        prop_assert_eq!(query::write(&q, "", lang, &a), q);
    }

    #[test]
    fn write_keeps_the_host_parameters(s in text(), lang in lang(), a in answers()) {
        let q = query::write(&s, "", lang, &a);
        let host = host_segments(strip(&s));
        prop_assert_eq!(host_segments(strip(&q)), host.clone());
        let mut expected = format!("?{}", host.join("&"));
        if !held(strip(&s)).contains(&"lang") {
            if !host.is_empty() {
                expected.push('&');
            }
            expected.push_str("lang=");
        }
        prop_assert!(q.starts_with(&expected), "{:?} from {:?}", q, s);
    }

    #[test]
    fn the_pages_own_values_under_the_widgets_keys_stay_and_are_not_overwritten(
        s in text(),
        foreign in vec((select(KEYS.to_vec()), "[a-z]{1,8}[0-9]"), 1..4),
        lang in lang(),
        a in answers(),
    ) {
        // Values no id has (a digit at the end): `lang=fr1`, `category=news3`.
        let mut search = strip(&s).to_owned();
        for (key, value) in &foreign {
            search.push_str(&format!("&{key}={value}"));
        }
        let q = query::write(&search, "", lang, &a);
        for (key, value) in &foreign {
            let mine = format!("{key}={value}");
            prop_assert!(host_segments(strip(&q)).contains(&mine.as_str()), "{:?} lost from {:?}", mine, q);
            // Nothing of the widget's beside it: the first value under the key stays the page's.
            let under: Vec<&str> = strip(&q).split('&').filter(|s| s.split('=').next() == Some(*key)).collect();
            prop_assert!(under.iter().all(|s| is_foreign(s)), "{:?} in {:?}", under, q);
        }
    }

    #[test]
    fn under_a_prefix_the_widget_writes_only_prefixed_keys_and_reads_them_back(
        s in text(),
        prefix in "[A-Za-z0-9._~-]{1,16}",
        lang in lang(),
        a in answers(),
    ) {
        let page = strip(&s);
        prop_assume!(page.split('&').all(|segment| !segment.starts_with(&prefix)));
        let q = query::write(&s, &prefix, lang, &a);
        // The page's query whole and first, whatever it holds (`lang=en` included), then ours.
        let (kept, ours) = if page.is_empty() {
            ("", &q[1..])
        } else {
            let at = 1 + page.len();
            prop_assert_eq!(&q[1..at], page);
            prop_assert_eq!(&q[at..at + 1], "&");
            (page, &q[at + 1..])
        };
        prop_assert_eq!(kept, page);
        for segment in ours.split('&') {
            prop_assert!(segment.starts_with(&prefix), "{:?} in {:?}", segment, q);
        }
        let p = query::parse(&q, &prefix);
        prop_assert_eq!((p.lang, p.answers), (Some(lang), a.normalized()));
        prop_assert!(p.invalid.is_empty(), "{:?}", p.invalid);
        prop_assert_eq!(query::write(&q, &prefix, lang, &a), q);
    }

    #[test]
    fn share_link_keeps_the_address_and_the_fragment(
        base in prop_oneof![Just(String::new()), "https://[a-z.]{1,12}/[a-z/.]{0,12}", any::<String>()]
            .prop_map(|b| b.replace(['?', '#'], "")),
        query in option::of(prop_oneof![search(), lossy_bytes()]
            .prop_map(|q| q.replace('#', ""))),
        fragment in option::of(text()),
        lang in lang(),
        a in answers(),
    ) {
        let mut href = base.clone();
        if let Some(q) = &query {
            href.push('?');
            href.push_str(q);
        }
        if let Some(f) = &fragment {
            href.push('#');
            href.push_str(f);
        }
        let link = query::share_link(&href, "", lang, &a);
        let query = query.unwrap_or_default();
        let mut expected = base.clone();
        expected.push_str(&query::write(&format!("?{query}"), "", lang, &a));
        if let Some(f) = &fragment {
            expected.push('#');
            expected.push_str(f);
        }
        prop_assert_eq!(&link, &expected);

        let rest = link.split_once('#').map_or(link.as_str(), |(r, _)| r);
        let (_, written) = rest.split_once('?').unwrap_or((rest, ""));
        prop_assert_eq!(host_segments(written), host_segments(&query));
        if held(&query).is_empty() {
            let p = query::parse(&format!("?{written}"), "");
            prop_assert_eq!((p.lang, p.answers), (Some(lang), a.normalized()));
        }
    }

    #[test]
    fn no_value_under_a_widget_key_reaches_the_output(
        host in vec("[a-z0-9=%?+-]{0,10}".prop_filter("the host's", |s| !is_own(s)), 0..5),
        own in vec((select(KEYS.to_vec()), "[ -%'-~]{0,20}"), 1..5),
        lang in lang(),
        a in answers(),
    ) {
        // `~` marks the widget-key values; the host's parameters never contain one.
        let mut segments = host.clone();
        for (i, (key, v)) in own.iter().enumerate() {
            segments.insert(i.min(segments.len()), format!("{key}=~{v}"));
        }
        let search = format!("?{}", segments.join("&"));
        let q = query::write(&search, "", lang, &a);
        // The page's own segments may stay, byte for byte; the widget writes none of it anew.
        let given: Vec<&str> = segments.iter().map(String::as_str).collect();
        for segment in strip(&q).split('&').filter(|s| s.contains('~')) {
            prop_assert!(given.contains(&segment), "{:?} was written, not kept", segment);
        }
        prop_assert_eq!(
            strip(&q).split('&').filter(|s| s.contains('~')).count(),
            given.iter().filter(|s| s.contains('~')).count()
        );
        let p = query::parse(&search, "");
        let shown = format!("{:?}", p);
        prop_assert!(!shown.contains('~'), "{}", shown);
    }

    #[test]
    fn configuration_takes_anything_and_quotes_little(
        values in vec(option::of(prop_oneof![
            text(),
            value(),
            "[ \t\n]{0,3}",
            "[ -~]{30,50}",
        ]), 6),
        prefix in select(vec!["data-", ""]),
    ) {
        let names = ["lang", "subject", "scenario", "content", "category", "sync-url"];
        let get = |k: &str| names.iter().position(|n| *n == k).and_then(|i| values[i].clone());
        let (c, warnings) = config::read(prefix, get);
        prop_assert_eq!(c.answers, c.answers.normalized());
        prop_assert!(Lang::ALL.contains(&c.lang));
        for w in &warnings {
            let key = w.name.strip_prefix(prefix).unwrap_or("");
            let i = names.iter().position(|n| *n == key);
            prop_assert!(i.is_some(), "unknown name {}", w.name);
            let raw = i.and_then(|i| values[i].clone()).unwrap_or_default();
            let dropped_content = key == "content" && Content::from_id(raw.trim()).is_some();
            check_warning(w, if dropped_content { raw.trim() } else { &raw });
        }
    }

    #[test]
    fn a_warning_never_shows_past_its_excerpt(
        head in "[^#]{40}",
        tail in any::<String>(),
    ) {
        let value = format!("{head}#{tail}");
        let (_, warnings) = config::read("data-", |k| (k == "scenario").then(|| value.clone()));
        prop_assert_eq!(warnings.len(), 1);
        prop_assert!(!warnings[0].message().contains('#'), "{}", warnings[0].message());
        check_warning(&warnings[0], &value);
    }
}

// ---- the specific holes ----------------------------------------------------------------------

fn full() -> Answers {
    Answers {
        subject: Some(Subject::Enterprise),
        scenario: Some(Scenario::Finance),
        content: Some(Content::FinanceClaims),
        category: Some(Category::FinanceBank),
    }
}

const FULL: &str =
    "lang=en&subject=enterprise&scenario=finance&content=finance-claims&category=finance-bank";

#[test]
fn a_host_parameter_starting_with_a_question_mark_is_kept() {
    assert_eq!(
        query::share_link("https://h.test/p.html??foo=1", "", Lang::En, &full()),
        format!("https://h.test/p.html??foo=1&{FULL}")
    );
    assert_eq!(
        query::write("??foo=1", "", Lang::En, &full()),
        format!("??foo=1&{FULL}")
    );
    let p = query::parse("??lang=en", "");
    assert_eq!(p.lang, None, "`?lang` is the host's parameter");
    assert_eq!(query::parse(&format!("??foo=1&{FULL}"), "").answers, full());
}

#[test]
fn the_fragment_is_kept_whole() {
    assert_eq!(
        query::share_link("https://h.test/p?a=1#sec?lang=zh&x", "", Lang::En, &full()),
        format!("https://h.test/p?a=1&{FULL}#sec?lang=zh&x")
    );
    assert_eq!(
        query::share_link("https://h.test/p#", "", Lang::Zh, &Answers::default()),
        "https://h.test/p?lang=zh-CN#"
    );
    assert_eq!(
        query::share_link("https://h.test/p?#top", "", Lang::Zh, &Answers::default()),
        "https://h.test/p?lang=zh-CN#top"
    );
    assert_eq!(
        query::share_link("", "", Lang::Zh, &Answers::default()),
        "?lang=zh-CN"
    );
}

#[test]
fn empty_and_look_alike_parameters_are_the_hosts() {
    let search = "?a=1&&langx=zh&Lang=en&%6Cang=en&lang+=en&lang&b=&scenario=x&";
    let p = query::parse(search, "");
    assert_eq!(p.lang, None);
    assert_eq!(p.invalid, vec!["scenario"]);
    assert_eq!(
        query::write(search, "", Lang::En, &Answers::default()),
        "?a=1&&langx=zh&Lang=en&%6Cang=en&lang+=en&b=&scenario=x&&lang=en"
    );
    // `lang` alone is the widget's key with no value: replaced, and not an error.
    assert!(query::parse("?lang", "").invalid.is_empty());
}

#[test]
fn a_foreign_content_is_not_written() {
    let a = Answers {
        scenario: Some(Scenario::Ecommerce),
        content: Some(Content::FinanceClaims),
        ..Answers::default()
    };
    assert_eq!(
        query::write("", "", Lang::Zh, &a),
        "?lang=zh-CN&scenario=ecommerce"
    );
}

#[test]
fn every_id_fits_the_value_bound_even_percent_encoded() {
    for (key, id) in ids() {
        let encoded = id.replace('-', "%2D");
        assert!(encoded.len() <= MAX_VALUE_LEN, "{key}={encoded}");
        // A content only parses inside its own scenario.
        let scenario = Content::from_id(&id)
            .and_then(|c| Scenario::ALL.iter().find(|s| s.def().contents.contains(&c)))
            .map_or(String::new(), |s| format!("scenario={}&", s.id()));
        let p = query::parse(&format!("?{scenario}{key}={encoded}"), "");
        assert!(p.invalid.is_empty(), "{key}={encoded}");
    }
}

#[test]
fn a_value_over_the_bound_is_invalid_however_it_starts() {
    let fits = format!("en-{}", "a".repeat(MAX_VALUE_LEN - 3));
    assert_eq!(
        query::parse(&format!("?lang={fits}"), "").lang,
        Some(Lang::En)
    );
    let over = format!("{fits}a");
    let p = query::parse(&format!("?lang={over}"), "");
    assert_eq!((p.lang, p.invalid), (None, vec!["lang"]));
    let (c, warnings) = config::read("data-", |k| (k == "lang").then(|| over.clone()));
    assert_eq!(c.lang, Lang::Zh);
    assert_eq!(warnings.len(), 1);
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    // Linear work on 1 MB is milliseconds even unoptimised; quadratic would be minutes.
    assert!(took < Duration::from_secs(5), "{what} took {took:?}");
    out
}

#[test]
fn megabyte_queries_parse_quickly_and_are_not_echoed() {
    const MB: usize = 1 << 20;
    let huge = format!("?scenario=education&category={}", "%2D".repeat(MB / 3));
    let p = timed("one huge value", || query::parse(&huge, ""));
    assert_eq!(p.answers.scenario, Some(Scenario::Education));
    assert_eq!(p.invalid, vec!["category"]);

    let many = "scenario=x&lang=&&q=1&".repeat(MB / 22);
    let p = timed("many pairs", || query::parse(&many, ""));
    assert_eq!(p.invalid, vec!["scenario"]);
    let q = timed("writing many pairs", || {
        query::write(&many, "", Lang::En, &Answers::default())
    });
    assert!(q.ends_with("&q=1&&lang=en"));
    let escapes = "%".repeat(MB);
    timed("broken escapes", || {
        query::parse(&format!("lang={escapes}"), "")
    });

    let value = "\u{4e2d}".repeat(MB / 3);
    let (c, warnings) = timed("a huge attribute", || {
        config::read("data-", |k| (k == "category").then(|| value.clone()))
    });
    assert_eq!(c.answers.category, None);
    assert_eq!(warnings.len(), 1);
    let message = warnings[0].message();
    assert!(message.len() < 500, "{} bytes", message.len());
    assert!(message.contains(&format!("{}…", "\\u{4e2d}".repeat(QUOTE_CHARS))));
}

#[test]
fn warnings_quote_an_escaped_excerpt() {
    let warn = |v: &str| {
        let (_, w) = config::read("data-", |k| (k == "subject").then(|| v.to_owned()));
        w[0].message()
    };
    let forty = "x".repeat(QUOTE_CHARS);
    assert!(warn(&forty).contains(&format!("data-subject=\"{forty}\": not a known value")));
    assert!(warn(&format!("{forty}SECRET"))
        .contains(&format!("data-subject=\"{forty}…\": not a known value")));
    assert!(warn("a\"b\\c\nd\t\u{1b}[31m中")
        .contains(r#"data-subject="a\"b\\c\nd\t\u{1b}[31m\u{4e2d}""#));
    assert!(warn("Enterprise").contains("data-subject=\"Enterprise\""));
    assert!(warn("social live").contains("data-subject=\"social live\""));
}
