//! wegweiser: a static site generator for multilingual public information, on screen and on
//! paper.
//!
//! The pipeline is plain data flowing one way (see `build`): `config` → `content` →
//! `i18n` + `templates` → `site` → `render` → `output`. Commands live in `cli`.

pub mod build;
pub mod check;
pub mod cli;
pub mod config;
pub mod content;
pub mod coverage;
pub mod diagnostic;
pub mod drift;
pub mod holidays;
pub mod hours;
pub mod i18n;
pub mod kinds;
pub mod markdown;
pub mod output;
pub mod print;
pub mod progress;
pub mod qr;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod source;
pub mod status;
pub mod templates;
pub mod theme;
pub mod translation;
pub mod yaml;
