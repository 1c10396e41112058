//! Writes the prerendered first paint of the widget, in each language, into the folder given
//! as the first argument: `prerender.<lang>.html` (the empty form) and `overview.<lang>.html`
//! (every rule at once, for browsers that cannot run the WebAssembly).

use std::{env, fs, path::PathBuf, process::ExitCode};

use lss::prerender::{render, rules_only};
use lss::rules::{Answers, Lang};

fn main() -> ExitCode {
    let Some(out) = env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender <output folder>");
        return ExitCode::FAILURE;
    };
    for lang in Lang::ALL {
        let pages = [
            ("prerender", render(lang, Answers::default())),
            ("overview", rules_only(lang)),
        ];
        for (name, markup) in pages {
            let file = out.join(format!("{name}.{}.html", lang.tag()));
            if let Err(e) = fs::write(&file, markup) {
                eprintln!("prerender: writing {}: {e}", file.display());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
