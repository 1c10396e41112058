//! Minifies the widget's stylesheet for embedding in the wasm: comments and layout whitespace
//! only, which the browser ignores anyway; the readable file stays in `styles/`.

use std::{env, fs, path::Path};

const CSS: &str = "styles/live-scheme-selector.css";

fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    // Drop comments.
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = match rest[start + 2..].find("*/") {
            Some(end) => &rest[start + 2 + end + 2..],
            None => "",
        };
    }
    out.push_str(rest);
    // Collapse whitespace, then drop it beside punctuation where it never matters.
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut min = collapsed;
    for p in ["{", "}", ";", ","] {
        min = min
            .replace(&format!(" {p}"), p)
            .replace(&format!("{p} "), p);
    }
    min.replace(";}", "}").replace(": ", ":")
}

fn main() {
    println!("cargo:rerun-if-changed={CSS}");
    let css = fs::read_to_string(CSS).unwrap_or_else(|e| panic!("reading {CSS}: {e}"));
    let out = Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("widget.min.css");
    fs::write(&out, minify(&css)).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}
