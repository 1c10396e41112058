//! Times the decision function alone, natively: median time per call over every combination of
//! answers, across repeated rounds. Run by `make bench`.

use std::hint::black_box;
use std::time::Instant;

use lss::rules::{decide, Answers};

fn main() {
    let inputs = Answers::every();
    let rounds = 31;
    let mut per_call_ns: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for a in &inputs {
                black_box(decide(black_box(*a)));
            }
            start.elapsed().as_nanos() as f64 / inputs.len() as f64
        })
        .collect();
    per_call_ns.sort_by(f64::total_cmp);
    let median = per_call_ns[rounds / 2];
    println!(
        "decide(): median {median:.0} ns per call over {} combinations x {rounds} rounds (min {:.0}, max {:.0})",
        inputs.len(),
        per_call_ns[0],
        per_call_ns[rounds - 1]
    );
}
