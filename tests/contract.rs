//! The public contract has one source, the Rust: the ids (`src/rules`), the payloads
//! (`src/wire.rs`) and the host settings (`src/settings.rs`). Everything that restates it for
//! the host page's side is generated from there and checked in:
//!
//! - `js/live-scheme-selector.d.ts`: the id unions, the answers, the decision, the events'
//!   details, the options and the element's attributes (its `// <generated …>` regions; the rest
//!   of the file is written by hand);
//! - `js/custom-elements.json`: the element's attributes;
//! - `README.md`: the `| attribute | values | default |` table;
//! - `js/settings.js`: the settings module the loader imports (all of it).
//!
//! Each test regenerates one of them and fails when the checked-in file differs, naming the
//! first line that does. `UPDATE_CONTRACT=1 cargo test --test contract` writes them instead.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use lss::config::{self, Config};
use lss::rules::{Category, Content, Lang, Scenario, Subject};
use lss::settings::{
    self, Setting, Values, ATTRIBUTE_PREFIX, MARKER, OPTION_CUT, SETTINGS, SYNC_URL,
    SYNC_URL_VALUES,
};
use lss::wire::{self, Body, Declaration, Field, Ts, Typed};

const UPDATE: &str = "UPDATE_CONTRACT=1 cargo test --test contract";

fn path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn read(relative: &str) -> String {
    fs::read_to_string(path(relative)).unwrap_or_else(|e| panic!("reading {relative}: {e}"))
}

/// The checked-in `relative` must be `expected`; with `UPDATE_CONTRACT=1` it is written.
fn agree(relative: &str, expected: &str) {
    let actual = fs::read_to_string(path(relative)).unwrap_or_default();
    if actual == expected {
        return;
    }
    if std::env::var_os("UPDATE_CONTRACT").is_some_and(|v| v == "1") {
        fs::write(path(relative), expected).unwrap_or_else(|e| panic!("writing {relative}: {e}"));
        eprintln!("contract: wrote {relative}");
        return;
    }
    let (line, was, now) = actual
        .lines()
        .zip(expected.lines())
        .enumerate()
        .find(|(_, (a, e))| a != e)
        .map(|(i, (a, e))| (i + 1, a.to_owned(), e.to_owned()))
        .unwrap_or_else(|| {
            let n = actual.lines().count().min(expected.lines().count());
            let nth = |t: &str| t.lines().nth(n).unwrap_or("<end of file>").to_owned();
            (n + 1, nth(&actual), nth(expected))
        });
    panic!(
        "{relative} disagrees with the Rust sources (src/rules, src/wire.rs, src/settings.rs), \
         first at line {line}:\n  checked in: {was}\n  generated:  {now}\n\
         Regenerate it with `{UPDATE}` and commit the result."
    );
}

// ---------------------------------------------------------------------------------------------
// What the settings mean.

fn default_lang() -> Lang {
    Config::default().lang
}

fn default_sync_url() -> bool {
    Config::default().sync_url
}

/// The languages as a host may write them: every tag, and a primary subtag that is not one.
fn lang_values() -> Vec<&'static str> {
    let mut values = Vec::new();
    for lang in Lang::ALL {
        values.push(lang.tag());
        if lang.primary() != lang.tag() {
            values.push(lang.primary());
        }
    }
    values
}

/// The ids of an answer setting; `None` for the others.
fn answer_ids(values: Values) -> Option<Vec<&'static str>> {
    fn ids<T: Copy>(all: &[T], id: fn(T) -> &'static str) -> Option<Vec<&'static str>> {
        Some(all.iter().map(|v| id(*v)).collect())
    }
    match values {
        Values::Subject => ids(Subject::ALL, Subject::id),
        Values::Scenario => ids(Scenario::ALL, Scenario::id),
        Values::Content => ids(Content::ALL, Content::id),
        Values::Category => ids(Category::ALL, Category::id),
        Values::Lang | Values::SyncUrl | Values::UrlPrefix => None,
    }
}

fn answer_type(values: Values) -> Option<Ts> {
    match values {
        Values::Subject => Some(Subject::ts()),
        Values::Scenario => Some(Scenario::ts()),
        Values::Content => Some(Content::ts()),
        Values::Category => Some(Category::ts()),
        Values::Lang | Values::SyncUrl | Values::UrlPrefix => None,
    }
}

fn quoted(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("\"{v}\""))
        .collect::<Vec<_>>()
        .join(" | ")
}

fn sync_url_names() -> Vec<&'static str> {
    SYNC_URL_VALUES.iter().map(|(name, _)| *name).collect()
}

/// The element attribute's TypeScript type.
fn attribute_type(setting: &Setting) -> String {
    match setting.values {
        Values::Lang => "Lang".to_owned(),
        Values::SyncUrl => quoted(&sync_url_names()),
        Values::UrlPrefix => "string".to_owned(),
        values => answer_type(values).map(|t| ts(&t)).unwrap_or_default(),
    }
}

/// The default, as the docs write it, if the setting has one.
fn default(setting: &Setting) -> Option<String> {
    match setting.values {
        Values::Lang => Some(default_lang().tag().to_owned()),
        Values::SyncUrl => Some(default_sync_url().to_string()),
        Values::UrlPrefix => Some(Config::default().url_prefix),
        _ => None,
    }
}

/// A default as the docs' prose writes it: an empty one is none.
fn default_words(default: &str) -> String {
    if default.is_empty() {
        "none".to_owned()
    } else {
        format!("`{default}`")
    }
}

/// What a `url-prefix` may be, as the docs write it.
fn url_prefix_values() -> String {
    format!(
        "up to {} of `A`–`Z`, `a`–`z`, `0`–`9`, `-`, `.`, `_`, `~`",
        settings::URL_PREFIX_MAX
    )
}

// ---------------------------------------------------------------------------------------------
// TypeScript.

fn ts(t: &Ts) -> String {
    match t {
        Ts::Boolean => "boolean".to_owned(),
        Ts::String => "string".to_owned(),
        Ts::Named(name) => (*name).to_owned(),
        Ts::Nullable(inner) => format!("{} | null", ts(inner)),
        Ts::List(inner) => match **inner {
            Ts::Nullable(_) => format!("({})[]", ts(inner)),
            _ => format!("{}[]", ts(inner)),
        },
        Ts::Tuple(items) => format!("[{}]", items.iter().map(ts).collect::<Vec<_>>().join(", ")),
    }
}

/// A JSDoc comment of the doc's lines as one paragraph, on one line if it fits in 100 columns,
/// else wrapped to them.
fn doc_comment(doc: &[&str], indent: &str) -> String {
    let text = doc.join(" ");
    if text.is_empty() {
        return String::new();
    }
    if indent.len() + text.len() + 7 <= 100 {
        return format!("{indent}/** {text} */\n");
    }
    let width = 100 - indent.len() - 3;
    let mut lines: Vec<String> = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines
            .last_mut()
            .filter(|l| l.is_empty() || l.len() + 1 + word.len() <= width);
        match line {
            Some(line) if line.is_empty() => line.push_str(word),
            Some(line) => {
                line.push(' ');
                line.push_str(word);
            }
            None => lines.push(word.to_owned()),
        }
    }
    let mut out = format!("{indent}/**\n");
    for line in lines {
        out.push_str(&format!("{indent} * {line}\n"));
    }
    out.push_str(&format!("{indent} */\n"));
    out
}

fn property(name: &str) -> String {
    if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        name.to_owned()
    } else {
        format!("\"{name}\"")
    }
}

fn fields(fields: &[Field]) -> String {
    let mut out = String::new();
    for field in fields {
        out.push_str(&doc_comment(&field.doc, "  "));
        out.push_str(&format!("  {}: {};\n", property(field.name), ts(&field.ts)));
    }
    out
}

fn union(name: &str, ids: &[&str]) -> String {
    let one_line = format!("export type {name} = {};", quoted(ids));
    if one_line.len() <= 110 {
        return one_line;
    }
    let mut out = format!("export type {name} =");
    for id in ids {
        out.push_str(&format!("\n  | \"{id}\""));
    }
    out.push(';');
    out
}

fn declaration(d: &Declaration) -> String {
    let mut out = doc_comment(&d.doc, "");
    match &d.body {
        Body::Union(ids) => out.push_str(&union(d.name, ids)),
        Body::Object(list) => {
            out.push_str(&format!(
                "export interface {} {{\n{}}}",
                d.name,
                fields(list)
            ));
        }
        Body::Tagged(variants) => {
            out.push_str(&format!("export type {} =", d.name));
            for v in variants {
                out.push('\n');
                out.push_str(doc_comment(&v.doc, "  ").trim_end_matches('\n'));
                if !v.doc.is_empty() {
                    out.push('\n');
                }
                let mut members = vec![format!("type: \"{}\"", v.tag)];
                members.extend(
                    v.fields
                        .iter()
                        .map(|f| format!("{}: {}", property(f.name), ts(&f.ts))),
                );
                out.push_str(&format!("  | {{ {} }}", members.join("; ")));
            }
            out.push(';');
        }
    }
    out
}

fn declarations(list: &[Declaration]) -> String {
    list.iter()
        .map(declaration)
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `Lang`: what a host may write, as the docs list it.
fn lang_declaration() -> String {
    let aliases: Vec<String> = Lang::ALL
        .iter()
        .filter(|l| l.primary() != l.tag())
        .map(|l| format!("`{}` is read as `{}`", l.primary(), l.tag()))
        .collect();
    let doc = format!("A language the widget accepts: {}.", aliases.join("; "));
    format!(
        "{}{}",
        doc_comment(&[&doc], ""),
        union("Lang", &lang_values())
    )
}

fn ids_region() -> String {
    format!(
        "{}\n\n{}",
        lang_declaration(),
        declarations(&wire::id_declarations())
    )
}

fn input_region() -> String {
    let input = wire::Input::declaration();
    let Body::Object(input_fields) = &input.body else {
        panic!("Input is an object");
    };
    // `decide()`, `mount()` and the element take the answers `Input` reports, each optional.
    let mut answers = doc_comment(
        &["The answers; every one may be left out (or null): unanswered."],
        "",
    );
    answers.push_str("export interface Answers {\n");
    for field in input_fields {
        let Ts::Nullable(inner) = &field.ts else {
            panic!("every answer in Input may be null");
        };
        answers.push_str(&doc_comment(&field.doc, "  "));
        answers.push_str(&format!(
            "  {}?: {} | null | undefined;\n",
            field.name,
            ts(inner)
        ));
    }
    answers.push('}');

    let answer_options: Vec<&str> = SETTINGS
        .iter()
        .filter(|s| answer_ids(s.values).is_some())
        .map(|s| s.option)
        .collect();
    let answer_fields: Vec<&str> = input_fields.iter().map(|f| f.name).collect();
    assert_eq!(
        answer_options, answer_fields,
        "the answer settings' options must be Input's keys, which MountOptions extends"
    );
    let renamed: Vec<String> = SETTINGS
        .iter()
        .filter(|s| s.option != s.name)
        .map(|s| format!("`{}` for `{}`", s.option, s.attribute()))
        .collect();
    let mut options = doc_comment(
        &[&format!(
            "The options of `mount()`: the element's data attributes, {}.",
            renamed.join(", ")
        )],
        "",
    );
    options.push_str("export interface MountOptions extends Answers {\n");
    for setting in SETTINGS.iter().filter(|s| answer_ids(s.values).is_none()) {
        let t = match setting.values {
            Values::Lang => "Lang".to_owned(),
            Values::SyncUrl => format!("boolean | {}", quoted(&sync_url_names())),
            _ => attribute_type(setting),
        };
        let default = default_words(&default(setting).unwrap_or_default());
        options.push_str(&doc_comment(
            &[&format!("{} Default {default}.", setting.doc)],
            "  ",
        ));
        options.push_str(&format!(
            "  {}?: {t} | undefined;\n",
            property(setting.option)
        ));
    }
    options.push('}');

    format!(
        "{answers}\n\n{}\n\n{options}",
        declaration(&wire::Input::declaration())
    )
}

fn attributes_region() -> String {
    let mut out = doc_comment(
        &["The element's attributes, as markup and JSX write them."],
        "",
    );
    out.push_str("export interface LiveSchemeSelectorAttributes {\n");
    for setting in &SETTINGS {
        out.push_str(&doc_comment(&[setting.doc], "  "));
        out.push_str(&format!(
            "  {}?: {};\n",
            property(setting.name),
            attribute_type(setting)
        ));
    }
    out.push('}');
    out
}

/// `text` with the body of each `// <generated NAME …>` … `// </generated NAME>` region
/// replaced.
fn regions(text: &str, file: &str, bodies: &[(&str, String)]) -> String {
    let mut out = text.to_owned();
    for (name, body) in bodies {
        let open = format!("// <generated {name}");
        let close = format!("// </generated {name}>");
        let Some(start) = out.find(&open) else {
            panic!("{file}: no `{open} …>` line");
        };
        let Some(body_start) = out[start..].find('\n').map(|i| start + i + 1) else {
            panic!("{file}: `{open}` ends the file");
        };
        let Some(end) = out[body_start..].find(&close).map(|i| body_start + i) else {
            panic!("{file}: no `{close}` after `{open}`");
        };
        out.replace_range(body_start..end, &format!("{body}\n"));
    }
    out
}

#[test]
fn the_typescript_declarations() {
    let file = "js/live-scheme-selector.d.ts";
    let expected = regions(
        &read(file),
        file,
        &[
            ("ids", ids_region()),
            ("input", input_region()),
            ("decision", declarations(&wire::payload_declarations())),
            ("events", declarations(&wire::event_declarations())),
            ("attributes", attributes_region()),
        ],
    );
    agree(file, &expected);
}

// ---------------------------------------------------------------------------------------------
// The Custom Elements Manifest.

fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|e| panic!("{e}"))
}

fn manifest_attributes(indent: &str) -> String {
    let items: Vec<String> = SETTINGS
        .iter()
        .map(|setting| {
            let type_text = match setting.values {
                Values::Lang => quoted(&lang_values()),
                _ => attribute_type(setting),
            };
            let i = format!("{indent}  ");
            let mut lines = vec![
                format!("{i}  \"name\": {}", json_string(setting.name)),
                format!(
                    "{i}  \"type\": {{\n{i}    \"text\": {}\n{i}  }}",
                    json_string(&type_text)
                ),
            ];
            if let Some(default) = default(setting) {
                lines.push(format!(
                    "{i}  \"default\": {}",
                    json_string(&format!("\"{default}\""))
                ));
            }
            lines.push(format!(
                "{i}  \"description\": {}",
                json_string(setting.doc)
            ));
            format!("{i}{{\n{}\n{i}}}", lines.join(",\n"))
        })
        .collect();
    format!("[\n{}\n{indent}]", items.join(",\n"))
}

#[test]
fn the_custom_elements_manifest() {
    let file = "js/custom-elements.json";
    let text = read(file);
    let key = "\"attributes\": ";
    let Some(at) = text.find(key) else {
        panic!("{file}: no {key}");
    };
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let indent = &text[line_start..at];
    let value_start = at + key.len();
    let close = format!("\n{indent}]");
    let Some(end) = text[value_start..]
        .find(&close)
        .map(|i| value_start + i + close.len())
    else {
        panic!("{file}: the attributes list does not end at its own indentation");
    };
    let mut expected = text.clone();
    expected.replace_range(value_start..end, &manifest_attributes(indent));
    let parsed: serde_json::Value =
        serde_json::from_str(&expected).unwrap_or_else(|e| panic!("{file} as generated: {e}"));
    let names: Vec<&str> = parsed["modules"][0]["declarations"][0]["attributes"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x["name"].as_str()).collect())
        .unwrap_or_default();
    let settings: Vec<&str> = SETTINGS.iter().map(|s| s.name).collect();
    assert_eq!(names, settings, "{file}: the element's attributes");
    agree(file, &expected);
}

// ---------------------------------------------------------------------------------------------
// The README's attribute table.

fn readme_table() -> String {
    let mut out = String::from("| attribute | values | default |\n|---|---|---|\n");
    let code = |v: &str| format!("`{v}`");
    for setting in &SETTINGS {
        let values = match setting.values {
            Values::Lang => Lang::ALL
                .iter()
                .map(|l| {
                    if l.primary() == l.tag() {
                        code(l.tag())
                    } else {
                        format!("{} (or {})", code(l.tag()), code(l.primary()))
                    }
                })
                .collect::<Vec<_>>(),
            Values::SyncUrl => sync_url_names().into_iter().map(code).collect(),
            Values::UrlPrefix => vec![url_prefix_values()],
            values => answer_ids(values)
                .unwrap_or_default()
                .into_iter()
                .map(code)
                .collect(),
        };
        let default = default(setting).map_or("unanswered".to_owned(), |d| default_words(&d));
        out.push_str(&format!(
            "| {} | {} | {default} |\n",
            code(&setting.attribute()),
            values.join(", ")
        ));
    }
    out
}

#[test]
fn the_readme_attribute_table() {
    let file = "README.md";
    let text = read(file);
    let header = "| attribute | values | default |";
    let Some(start) = text.find(&format!("\n{header}\n")).map(|i| i + 1) else {
        panic!("{file}: no `{header}` table");
    };
    let mut end = start;
    for line in text[start..].split_inclusive('\n') {
        if !line.starts_with('|') {
            break;
        }
        end += line.len();
    }
    let mut expected = text.clone();
    expected.replace_range(start..end, &readme_table());
    agree(file, &expected);
}

// ---------------------------------------------------------------------------------------------
// The loader's settings module.

/// A JS regex character class of every char `char::is_whitespace` accepts: what `str::trim`
/// trims, which is not what JS's `trim` does (U+0085 is white space, U+FEFF is not).
fn white_space_class() -> String {
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for c in (0..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter(|c| c.is_whitespace())
    {
        let c = c as u32;
        assert!(
            c < 0x10000,
            "white space outside the BMP needs the regex's u flag"
        );
        match ranges.last_mut() {
            Some((_, last)) if *last + 1 == c => *last = c,
            _ => ranges.push((c, c)),
        }
    }
    // Escaped twice: the class is written inside a JS string, then read by `RegExp`.
    let mut class = String::from("[");
    for (first, last) in ranges {
        class.push_str(&format!("\\\\u{first:04x}"));
        if last > first {
            class.push_str(&format!("-\\\\u{last:04x}"));
        }
    }
    class.push(']');
    class
}

fn settings_module() -> String {
    let keys: Vec<String> = SETTINGS
        .iter()
        .filter(|s| lss::query::KEYS.contains(&s.name))
        .map(|s| json_string(s.name))
        .collect();
    // What is settled when a widget mounts (who keeps the URL, and how), not changed after.
    let at_mount: Vec<String> = SETTINGS
        .iter()
        .filter(|s| !lss::query::KEYS.contains(&s.name))
        .map(|s| format!("[{}, {}]", json_string(s.name), json_string(s.option)))
        .collect();
    let Some(sync_url) = SETTINGS.iter().find(|s| s.values == Values::SyncUrl) else {
        panic!("a setting says whether the URL is synced");
    };
    assert_eq!(sync_url.name, SYNC_URL);
    let langs: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("[{}, {}]", json_string(l.primary()), json_string(l.tag())))
        .collect();
    let separators: String = Lang::SUBTAG_SEPARATORS
        .iter()
        .map(|c| match c {
            '-' | ']' | '\\' | '^' => format!("\\{c}"),
            c => c.to_string(),
        })
        .collect();
    let sync_values: Vec<String> = SYNC_URL_VALUES
        .iter()
        .map(|(name, sync)| format!("[{}, {sync}]", json_string(name)))
        .collect();
    let space = white_space_class();
    format!(
        r#"// Generated by tests/contract.rs from src/settings.rs and the rules' ids: do not edit.
// After changing those, run `{UPDATE}`.
//
// A host's settings as the WebAssembly reads them (`config::read`), for the loader: the same
// names, and for the same value the same language and the same choice of keeping the URL, so
// the first paint shows the widget the WebAssembly then mounts.

/** The attribute that marks a host element. */
export const MARKER = {marker};

/** A marked element's settings are its attributes with this prefix; the element's have none. */
export const PREFIX = {prefix};

/** The settings that are the language and the answers, in the URL's order. */
export const KEYS = [{keys}];

/** The setting that says whether the widget keeps its state in the URL. */
export const SYNC_URL = {sync_url};

/**
 * The settings a widget takes when it mounts, not after: each as an attribute and its option.
 * The element mounts again when one of them changes.
 */
export const AT_MOUNT = [{at_mount}];

/** A string option as the WebAssembly receives it: cut to {cut} UTF-16 code units. */
export const option = (value) => (typeof value === "string" ? value.slice(0, {cut}) : value);

// Rust's `str::trim` trims Unicode White_Space, which is not what JavaScript's `trim` trims.
const SPACE = "{space}";
const TRIM = new RegExp(`^${{SPACE}}+|${{SPACE}}+$`, "g");
const trim = (text) => text.replace(TRIM, "");

// Longer is rejected unread, in UTF-8 bytes (`query::MAX_VALUE_LEN`).
const MAX_BYTES = {max};

/** The UTF-8 length Rust sees: a lone surrogate arrives as U+FFFD, 3 bytes. */
function bytes(text) {{
  let n = 0;
  for (let i = 0; i < text.length; i++) {{
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (pair) i++;
  }}
  return n;
}}

// A tag's primary subtag (up to the first {separators_doc}), matched ASCII case-insensitively,
// and the language it picks (`Lang::from_tag`).
const LANGS = [{langs}];
const LANG = {lang};

/** The language a `lang` setting's value picks; null or undefined when it is absent. */
export function langOf(value) {{
  if (typeof value === "boolean") value = String(value);
  if (typeof value !== "string") return LANG;
  const text = trim(value);
  if (text.length > MAX_BYTES || bytes(text) > MAX_BYTES) return LANG;
  const primary = text.split(/[{separators}]/)[0].replace(/[A-Z]/g, (c) => c.toLowerCase());
  for (const [subtag, tag] of LANGS) if (subtag === primary) return tag;
  return LANG;
}}

const SYNC_URL_VALUES = [{sync_values}];
const SYNCS_URL = {syncs_url};

/** Whether a `sync-url` setting's value lets the widget keep its state in the page's URL. */
export function syncsUrl(value) {{
  if (typeof value === "boolean") value = String(value);
  if (typeof value !== "string") return SYNCS_URL;
  const text = trim(value);
  for (const [name, sync] of SYNC_URL_VALUES) if (name === text) return sync;
  return SYNCS_URL;
}}
"#,
        marker = json_string(MARKER),
        prefix = json_string(ATTRIBUTE_PREFIX),
        keys = keys.join(", "),
        sync_url = json_string(sync_url.name),
        at_mount = at_mount.join(", "),
        cut = OPTION_CUT,
        max = lss::query::MAX_VALUE_LEN,
        separators_doc = Lang::SUBTAG_SEPARATORS
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(" or "),
        langs = langs.join(", "),
        lang = json_string(default_lang().tag()),
        sync_values = sync_values.join(", "),
        syncs_url = default_sync_url(),
    )
}

#[test]
fn the_settings_module() {
    agree("js/settings.js", &settings_module());
}

/// The loader imports what it used to restate.
#[test]
fn the_loader_takes_its_settings_from_the_module() {
    let loader = read("js/live-scheme-selector.js");
    assert!(
        loader.contains("from \"./settings.js\""),
        "js/live-scheme-selector.js must import js/settings.js"
    );
    for literal in [&json_string(MARKER), "\"sync-url\"", "\"syncUrl\""] {
        assert!(
            !loader.contains(literal),
            "js/live-scheme-selector.js restates {literal}: take it from js/settings.js"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The module decides as Rust does.

/// What the WebAssembly makes of a `lang` and a `sync-url` value from a marked element's
/// attribute (`option` false) or from `<live-scheme-selector>`'s, which reach it as options,
/// cut to [`OPTION_CUT`] UTF-16 code units.
fn rust_reads(value: &str, option: bool) -> (String, bool) {
    let value = if option {
        let units: Vec<u16> = value.encode_utf16().take(OPTION_CUT).collect();
        String::from_utf16_lossy(&units)
    } else {
        value.to_owned()
    };
    let prefix = if option { "" } else { ATTRIBUTE_PREFIX };
    let (lang, _) = config::read(prefix, |key| (key == "lang").then(|| value.clone()));
    let (sync, _) = config::read(prefix, |key| (key == SYNC_URL).then(|| value.clone()));
    (lang.lang.tag().to_owned(), sync.sync_url)
}

fn tricky_values() -> Vec<String> {
    let mut values: Vec<String> = [
        "",
        " ",
        "en",
        "EN",
        "En",
        "en-US",
        "en_US",
        "en_us",
        "EN-gb",
        " en ",
        "\ten\n",
        "zh",
        "zh-CN",
        "zh-TW",
        "zh_Hant",
        "ZH",
        "fr",
        "de-DE",
        "english",
        "eng",
        "e",
        "-en",
        "en-",
        "_en",
        "en--",
        "enx",
        "ｅｎ",
        "en\u{85}",
        "\u{85}en",
        "\u{feff}en",
        "en\u{feff}",
        "\u{a0}en\u{3000}",
        "\u{200b}en",
        "\u{2028}en",
        "\u{1680}en",
        "e\u{301}n",
        "İn",
        "en\u{0}",
        "__proto__",
        "constructor",
        "toString",
        "true",
        "false",
        " false ",
        "False",
        "FALSE",
        "\u{85}false",
        "\u{feff}false",
        "false\u{a0}",
        "no",
        "0",
        "null",
        "undefined",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    // Around the length limits: the bytes, and the options' cut in UTF-16 code units.
    for n in 58..=70 {
        values.push(format!("en-{}", "x".repeat(n)));
        values.push(format!("en-{}", "é".repeat(n / 2)));
        values.push(format!("en-{}", "中".repeat(n / 3)));
        values.push(format!("en-{}", "😀".repeat(n / 4)));
        values.push(format!("{}en", " ".repeat(n)));
        values.push(format!("en{}", " ".repeat(n)));
        values.push(format!("{}false", " ".repeat(n)));
        values.push(format!("{}😀", "x".repeat(n)));
    }
    values.push(format!("{}en", " ".repeat(10_000)));
    values
}

#[test]
fn the_settings_module_reads_values_as_rust_does() {
    let values = tricky_values();
    let script = r#"
const fs = await import("node:fs");
const source = fs.readFileSync(process.argv[1], "utf8");
const m = await import("data:text/javascript;charset=utf-8," + encodeURIComponent(source));
const values = JSON.parse(fs.readFileSync(0, "utf8"));
const read = (v) => [m.langOf(v), m.syncsUrl(v)];
console.log(JSON.stringify(values.map((v) => [read(v), read(m.option(v))])));
"#;
    let child = Command::new("node")
        .args(["--input-type=module", "-e", script])
        .arg(path("js/settings.js"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) => {
            // The build tools need Node, but a machine running only the Rust tests may not have it.
            eprintln!(
                "contract: SKIPPED comparing js/settings.js with Rust: cannot run node ({e})"
            );
            return;
        }
    };
    let input = serde_json::to_string(&values).unwrap_or_else(|e| panic!("{e}"));
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(input.as_bytes())
            .unwrap_or_else(|e| panic!("writing to node: {e}"));
    }
    let output = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("running node: {e}"));
    assert!(output.status.success(), "node failed on js/settings.js");
    let js: Vec<[(String, bool); 2]> =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("node's answer: {e}"));
    assert_eq!(js.len(), values.len());
    let mut wrong = Vec::new();
    for (value, [attribute, option]) in values.iter().zip(js) {
        for (how, js, option) in [("attribute", attribute, false), ("option", option, true)] {
            let rust = rust_reads(value, option);
            if js != rust {
                wrong.push(format!("{value:?} as {how}: js {js:?}, rust {rust:?}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "js/settings.js reads values otherwise than the WebAssembly:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_settings_are_what_config_reads() {
    let asked = std::cell::RefCell::new(Vec::new());
    let (config, warnings) = config::read(ATTRIBUTE_PREFIX, |key| {
        asked.borrow_mut().push(key.to_owned());
        None
    });
    let names: Vec<&str> = SETTINGS.iter().map(|s| s.name).collect();
    assert_eq!(
        *asked.borrow(),
        names,
        "config::read asks for every setting, in order"
    );
    assert_eq!((config, warnings), (Config::default(), Vec::new()));
    assert_eq!(settings::sync_url("false"), Some(false));
}

// ---------------------------------------------------------------------------------------------
// The manifest, the types and the module name the same things.

/// The identifiers a JavaScript or TypeScript module exports as values: `export const|function|
/// class NAME`, `export declare const|function|class NAME` and `export { a, b as c }`.
fn exported_values(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let ident = |rest: &str| -> String {
        rest.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '$')
            .collect()
    };
    for line in text.lines() {
        let line = line.trim_start();
        let Some(rest) = line.strip_prefix("export ") else {
            continue;
        };
        let rest = rest.strip_prefix("declare ").unwrap_or(rest);
        if let Some(list) = rest.strip_prefix('{') {
            let Some(list) = list.split('}').next() else {
                continue;
            };
            for item in list.split(',') {
                let item = item.trim();
                if item.is_empty() || item.starts_with("type ") {
                    continue;
                }
                let name = item.rsplit(" as ").next().unwrap_or(item).trim();
                names.push(name.to_owned());
            }
            continue;
        }
        for keyword in [
            "const ",
            "let ",
            "var ",
            "function ",
            "async function ",
            "class ",
        ] {
            if let Some(after) = rest.strip_prefix(keyword) {
                names.push(ident(after));
                break;
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The lines of the `.d.ts` block that opens with `opening` and closes at the first line that is
/// `closing`.
fn block<'a>(text: &'a str, opening: &str, closing: &str) -> Vec<&'a str> {
    let Some(start) = text.find(opening) else {
        panic!("js/live-scheme-selector.d.ts: no `{opening}`");
    };
    text[start..]
        .lines()
        .skip(1)
        .take_while(|l| *l != closing)
        .collect()
}

#[test]
fn the_manifest_names_what_the_types_and_the_module_export() {
    let types = read("js/live-scheme-selector.d.ts");
    let module = read("js/live-scheme-selector.js");
    let manifest: serde_json::Value = serde_json::from_str(&read("js/custom-elements.json"))
        .unwrap_or_else(|e| panic!("js/custom-elements.json: {e}"));
    let m = &manifest["modules"][0];
    assert_eq!(m["path"], "live-scheme-selector.js");
    let strings = |v: &serde_json::Value, key: &str| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x[key].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };

    // What the module exports is what the types declare and what the manifest lists.
    let from_module = exported_values(&module);
    let from_types = exported_values(&types);
    assert_eq!(
        from_module, from_types,
        "the module's exports and the values js/live-scheme-selector.d.ts declares"
    );
    let exports = m["exports"].as_array().cloned().unwrap_or_default();
    let mut listed: Vec<String> = exports
        .iter()
        .filter(|e| e["kind"] == "js")
        .filter_map(|e| e["name"].as_str().map(str::to_owned))
        .collect();
    listed.sort();
    assert_eq!(
        listed, from_module,
        "js/custom-elements.json's js exports and the module's"
    );
    for e in &exports {
        assert_eq!(
            e["declaration"]["module"], "live-scheme-selector.js",
            "{e}: declared in the module"
        );
    }

    // The element's class by its runtime name, everywhere.
    let element = m["declarations"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["customElement"] == true))
        .unwrap_or_else(|| panic!("js/custom-elements.json declares no custom element"));
    let class = element["name"].as_str().unwrap_or_default();
    assert!(
        module.contains(&format!("class {class} extends")),
        "the module defines the element with class {class}"
    );
    assert!(
        module.contains(&format!(
            "customElements.define(\"{}\", {class})",
            element["tagName"].as_str().unwrap_or_default()
        )),
        "the module defines <{}> as {class}",
        element["tagName"]
    );
    assert!(
        types.contains(&format!("export declare const {class}: {{")),
        "the types declare the class {class} as a value"
    );
    assert!(
        types.contains(&format!(
            "\"{}\": {class};",
            element["tagName"].as_str().unwrap_or_default()
        )),
        "HTMLElementTagNameMap maps the tag to {class}"
    );
    let definition = exports
        .iter()
        .find(|e| e["kind"] == "custom-element-definition")
        .unwrap_or_else(|| panic!("js/custom-elements.json: no custom-element-definition export"));
    assert_eq!(definition["name"], element["tagName"]);
    assert_eq!(definition["declaration"]["name"], class);

    // Its members and events as the types declare them.
    let interface = block(
        &types,
        &format!("export interface {class} extends HTMLElement {{"),
        "}",
    );
    let mut members: Vec<(String, bool)> = interface
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.starts_with("/**") && !l.starts_with('*') && l.ends_with(';'))
        .filter_map(|l| {
            let readonly = l.starts_with("readonly ");
            let l = l.strip_prefix("readonly ").unwrap_or(l);
            let (name, _) = l.split_once(':')?;
            let name = name.trim();
            let identifier = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
            identifier.then(|| (name.to_owned(), readonly))
        })
        .collect();
    members.sort();
    let mut described: Vec<(String, bool)> = element["members"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|x| {
                    (
                        x["name"].as_str().unwrap_or_default().to_owned(),
                        x["readonly"] == true,
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    described.sort();
    assert_eq!(
        described, members,
        "the manifest's members (name, readonly) and the .d.ts interface {class}'s"
    );
    let events: Vec<String> = block(&types, "export interface LiveSchemeSelectorEventMap {", "}")
        .iter()
        .filter_map(|l| {
            l.trim()
                .strip_prefix('"')?
                .split('"')
                .next()
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(
        strings(&element["events"], "name"),
        events,
        "the manifest's events and LiveSchemeSelectorEventMap"
    );
}
