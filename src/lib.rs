//! Live scheme selector: which Tencent Cloud live streaming scheme fits a WeChat mini program.

pub mod rules;
