//! A theme's `kinds.yaml`: the fields it adds to wegweiser's own kinds and the kinds it
//! declares itself.
//!
//! ```yaml
//! office:
//!   parking: { type: text }           # text is translated; everything else is not
//! library:                            # a new kind: templates/library.html, else page.html
//!   address: { type: address, required: true }
//!   topics: { type: one_of, values: [books, media] }
//!   loan_period: integer              # short for { type: integer }
//! ```
//!
//! Owns: reading that file into `Kinds`, each mistake a diagnostic at its place; what is
//! right is kept, so that one run reports every mistake. Must not: check pages.

use super::{Field, Kind, Kinds, Scope, TYPE_NAMES, Type};
use crate::diagnostic::{Diagnostic, closest};
use crate::theme::Theme;
use crate::yaml::{Yaml, type_name};
use serde_yaml::{Mapping, Value as Y};

/// Names a theme's kind cannot have: how the templates see section and home pages, and the
/// theme's templates that are not a kind's.
const RESERVED: &[&str] = &["section", "home", "base", "chooser", "sign", "signmaker"];

/// What a field's declaration may say.
const SPEC_KEYS: &[&str] = &["type", "required", "translatable", "values"];

const EXAMPLE: &str = "`parking: { type: text }`";

impl Kinds {
    /// wegweiser's own kinds with what the theme's `kinds.yaml` declares, if it has one.
    pub fn load(theme: &Theme, diagnostics: &mut Vec<Diagnostic>) -> Kinds {
        let mut kinds = Kinds::builtin();
        if let Some(source) = theme.file("kinds.yaml", diagnostics) {
            let yaml = Yaml {
                start: 0,
                end: source.text.len(),
                source,
            };
            kinds.extend(&yaml, diagnostics);
        }
        kinds
    }

    /// Adds the fields and kinds a `kinds.yaml` declares.
    pub fn extend(&mut self, yaml: &Yaml, diagnostics: &mut Vec<Diagnostic>) {
        let map = match yaml.parse() {
            Ok(Y::Mapping(map)) => map,
            Ok(other) => {
                diagnostics.push(
                    Diagnostic::error_at(
                        &yaml.source,
                        yaml.start,
                        yaml.start,
                        format!("kinds.yaml must list kinds with their fields, not {}", type_name(&other)),
                    )
                    .with_hint(format!("write a kind's name, then its fields indented below it: `office:`, then {EXAMPLE}")),
                );
                return;
            }
            Err(d) => {
                diagnostics.push(d);
                return;
            }
        };
        for (key, fields) in &map {
            let Some(kind) = key.as_str() else {
                diagnostics.push(Diagnostic::error_at(
                    &yaml.source,
                    yaml.start,
                    yaml.start,
                    "a kind's name must be text",
                ));
                continue;
            };
            let named = self.check_kind_name(yaml, kind, diagnostics);
            let empty = Mapping::new();
            let fields = match fields {
                Y::Null => &empty,
                Y::Mapping(m) => m,
                other => {
                    let (s, e) = yaml.locate_value(&[kind]);
                    diagnostics.push(
                        Diagnostic::error_at(
                            &yaml.source,
                            s,
                            e,
                            format!(
                                "the fields of `{kind}` must be listed below it, not {}",
                                type_name(other)
                            ),
                        )
                        .with_hint(format!(
                            "write one field a line, indented below `{kind}:`, like {EXAMPLE}"
                        )),
                    );
                    continue;
                }
            };
            let mut declared: Vec<Field> = Vec::new();
            for (name, spec) in fields {
                if let Some(field) = self.declare(yaml, kind, name, spec, diagnostics) {
                    declared.push(field);
                }
            }
            if !named {
                continue;
            }
            match self.kinds.iter_mut().find(|k| k.name == kind) {
                Some(k) => k.fields.extend(declared),
                None => self.kinds.push(Kind {
                    name: kind.to_string(),
                    fields: declared,
                    builtin: false,
                }),
            }
        }
    }

    /// Whether `kind` may be declared: a built-in kind (to extend) or a new, valid name.
    fn check_kind_name(&self, yaml: &Yaml, kind: &str, diagnostics: &mut Vec<Diagnostic>) -> bool {
        if self.is_builtin(kind) {
            return true;
        }
        let (s, e) = yaml.locate(&[kind]);
        let valid = kind.starts_with(|c: char| c.is_ascii_lowercase())
            && kind
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        let problem = if !valid {
            let near = closest(kind, self.names())
                .map(|n| format!("did you mean the built-in kind `{n}`? "))
                .unwrap_or_default();
            Some((
                format!("`{kind}` is not a name for a kind"),
                format!(
                    "{near}a kind's name is lowercase letters, digits and `-`, starting with a letter; it names its template `templates/NAME.html`"
                ),
            ))
        } else if RESERVED.contains(&kind) {
            Some((
                format!("`{kind}` cannot be the name of a kind"),
                format!(
                    "`{kind}` is taken by the templates (section and home pages, `base.html`, `chooser.html`, `sign.html`, `signmaker.html`); choose another name"
                ),
            ))
        } else {
            None
        };
        match problem {
            Some((message, hint)) => {
                diagnostics.push(Diagnostic::error_at(&yaml.source, s, e, message).with_hint(hint));
                false
            }
            None => true,
        }
    }

    /// One field's declaration (`parking: { type: text }`), or `None` after reporting what
    /// is wrong with it.
    fn declare(
        &self,
        yaml: &Yaml,
        kind: &str,
        name: &Y,
        spec: &Y,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<Field> {
        let error = |diagnostics: &mut Vec<Diagnostic>,
                     (s, e): (usize, usize),
                     message: String,
                     hint: String| {
            diagnostics.push(Diagnostic::error_at(&yaml.source, s, e, message).with_hint(hint));
        };
        let Some(name) = name.as_str() else {
            let at = yaml.locate(&[kind]);
            error(
                diagnostics,
                at,
                format!("a field name of `{kind}` must be text"),
                format!("name fields with lowercase letters, digits and `_`, like {EXAMPLE}"),
            );
            return None;
        };
        let key_at = yaml.locate(&[kind, name]);
        let mut ok = true;
        let valid = name.starts_with(|c: char| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid {
            ok = false;
            error(
                diagnostics,
                key_at,
                format!("`{name}` is not a name for a field"),
                "a field's name is lowercase letters, digits and `_`, starting with a letter, so that a template can say `facts.fields.NAME`".to_string(),
            );
        } else if self.common.iter().any(|f| f.name == name) {
            ok = false;
            let names: Vec<&str> = self.common.iter().map(|f| f.name.as_str()).collect();
            error(
                diagnostics,
                key_at,
                format!("`{name}` is a field of every page already"),
                format!(
                    "a theme cannot declare it again; choose another name. Every page has: {}",
                    names.join(", ")
                ),
            );
        } else if let Some(own) = self
            .get(kind)
            .filter(|k| k.builtin)
            .and_then(|k| k.fields.iter().find(|f| f.name == name))
        {
            ok = false;
            error(
                diagnostics,
                key_at,
                format!("`{name}` is a field of `{kind}` pages already"),
                format!(
                    "a theme adds fields to a built-in kind but cannot change its own (`{name}: {{ type: {} }}`); choose another name",
                    own.ty.name()
                ),
            );
        }

        // The declaration: a type name, or a mapping with `type` and more.
        let empty = Mapping::new();
        let (type_value, type_at, m) = match spec {
            Y::String(t) => (Some(t.as_str()), yaml.locate_value(&[kind, name]), &empty),
            Y::Mapping(m) => {
                let t = m.get("type");
                let at = yaml.locate_value(&[kind, name, "type"]);
                match t {
                    Some(Y::String(t)) => (Some(t.as_str()), at, m),
                    Some(other) => {
                        error(
                            diagnostics,
                            at,
                            format!(
                                "the `type` of `{name}` must be a name, not {}",
                                type_name(other)
                            ),
                            format!("the types are: {}", TYPE_NAMES.join(", ")),
                        );
                        return None;
                    }
                    None => (None, at, m),
                }
            }
            other => {
                let at = yaml.locate_value(&[kind, name]);
                error(
                    diagnostics,
                    at,
                    format!(
                        "`{name}` must be declared with a type, not {}",
                        type_name(other)
                    ),
                    format!(
                        "write `{name}: {{ type: text }}`; the types are: {}",
                        TYPE_NAMES.join(", ")
                    ),
                );
                return None;
            }
        };
        for key in m.keys() {
            let key = key.as_str().unwrap_or_default();
            if !SPEC_KEYS.contains(&key) {
                ok = false;
                let near = closest(key, SPEC_KEYS.iter().copied())
                    .map(|n| format!("did you mean `{n}`? "))
                    .unwrap_or_default();
                error(
                    diagnostics,
                    yaml.locate(&[kind, name, key]),
                    format!("unknown key `{key}` in the field `{name}`"),
                    format!("{near}a field says: {}", SPEC_KEYS.join(", ")),
                );
            }
        }
        let flag = |diagnostics: &mut Vec<Diagnostic>, key: &str| -> Result<Option<bool>, ()> {
            match m.get(key) {
                None => Ok(None),
                Some(Y::Bool(b)) => Ok(Some(*b)),
                Some(other) => {
                    error(
                        diagnostics,
                        yaml.locate_value(&[kind, name, key]),
                        format!(
                            "`{key}` must be `true` or `false`, not {}",
                            type_name(other)
                        ),
                        format!("write `{key}: true` or `{key}: false`"),
                    );
                    Err(())
                }
            }
        };
        let required = flag(diagnostics, "required");
        let translatable = flag(diagnostics, "translatable");
        let values = self.values(yaml, kind, name, m.get("values"), diagnostics);

        let Some(type_value) = type_value else {
            error(
                diagnostics,
                key_at,
                format!("the field `{name}` has no `type`"),
                format!(
                    "give it one, like `{name}: {{ type: text }}`; the types are: {}",
                    TYPE_NAMES.join(", ")
                ),
            );
            return None;
        };
        let Some(ty) = Type::from_name(
            type_value,
            values.clone().unwrap_or_default().unwrap_or_default(),
        ) else {
            let near = closest(type_value, TYPE_NAMES.iter().copied())
                .map(|n| format!("did you mean `{n}`? "))
                .unwrap_or_default();
            error(
                diagnostics,
                type_at,
                format!("`{type_value}` is not a field type"),
                format!("{near}the types are: {}", TYPE_NAMES.join(", ")),
            );
            return None;
        };
        match (&ty, &values) {
            (_, Err(())) => ok = false,
            (Type::OneOf(_), Ok(Some(_))) if type_value == "one_of" => {}
            (Type::OneOf(_), Ok(None)) if type_value == "one_of" => {
                ok = false;
                error(
                    diagnostics,
                    type_at,
                    format!("the `one_of` field `{name}` has no `values`"),
                    format!("list what it may be: `{name}: {{ type: one_of, values: [a, b, c] }}`"),
                );
            }
            (_, Ok(Some(_))) => {
                ok = false;
                error(
                    diagnostics,
                    yaml.locate(&[kind, name, "values"]),
                    format!("`values` goes only with `type: one_of`, not with `{type_value}`"),
                    "leave `values` out, or make the field `type: one_of`".to_string(),
                );
            }
            _ => {}
        }
        let scope = match translatable {
            Ok(Some(true)) if !ty.translatable() => {
                ok = false;
                error(diagnostics, yaml.locate_value(&[kind, name, "translatable"]), format!("fields of type `{type_value}` cannot be translated"), "only text, text_list, name, name_list, url and destinations fields can; facts like this are the same in every language and live in the source file".to_string());
                Scope::Neutral
            }
            Ok(Some(true)) => Scope::Text,
            Ok(Some(false)) => Scope::Neutral,
            Ok(None) if matches!(ty, Type::Text | Type::TextList | Type::Destinations) => {
                Scope::Text
            }
            Ok(None) => Scope::Neutral,
            Err(()) => {
                ok = false;
                Scope::Neutral
            }
        };
        let required = match required {
            Ok(r) => r.unwrap_or(false),
            Err(()) => {
                ok = false;
                false
            }
        };
        ok.then(|| Field {
            name: name.to_string(),
            ty,
            required,
            scope,
            from_theme: true,
        })
    }

    /// The `values` of a `one_of` field: `Ok(None)` when not given, `Err` after reporting
    /// what is wrong with them.
    fn values(
        &self,
        yaml: &Yaml,
        kind: &str,
        name: &str,
        values: Option<&Y>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Result<Option<Vec<String>>, ()> {
        let Some(values) = values else {
            return Ok(None);
        };
        let hint = "list the values in brackets: `values: [a, b, c]`".to_string();
        let Y::Sequence(items) = values else {
            let (s, e) = yaml.locate_value(&[kind, name, "values"]);
            diagnostics.push(
                Diagnostic::error_at(
                    &yaml.source,
                    s,
                    e,
                    format!(
                        "the `values` of `{name}` must be a list, not {}",
                        type_name(values)
                    ),
                )
                .with_hint(hint),
            );
            return Err(());
        };
        let mut out: Vec<String> = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let idx = i.to_string();
            let text = match item {
                Y::String(s) => Some(s.trim().to_string()),
                Y::Number(n) => Some(n.to_string()),
                _ => None,
            };
            let problem = match &text {
                None => Some(format!(
                    "a value of `{name}` must be text, not {}",
                    type_name(item)
                )),
                Some(t) if t.is_empty() => Some(format!("a value of `{name}` is empty")),
                Some(t) if out.contains(t) => {
                    Some(format!("`{t}` is listed twice in the values of `{name}`"))
                }
                Some(_) => None,
            };
            match (problem, text) {
                (Some(message), _) => {
                    ok = false;
                    let (s, e) = yaml.locate(&[kind, name, "values", &idx]);
                    diagnostics.push(
                        Diagnostic::error_at(&yaml.source, s, e, message).with_hint(hint.clone()),
                    );
                }
                (None, Some(t)) => out.push(t),
                (None, None) => {}
            }
        }
        if ok && out.is_empty() {
            let (s, e) = yaml.locate_value(&[kind, name, "values"]);
            diagnostics.push(
                Diagnostic::error_at(&yaml.source, s, e, format!("`{name}` lists no values"))
                    .with_hint(hint),
            );
            return Err(());
        }
        if ok { Ok(Some(out)) } else { Err(()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn load(text: &str) -> (Kinds, Vec<String>) {
        let source = SourceFile::new("themes/mine/kinds.yaml", "kinds.yaml", text.to_string());
        let yaml = Yaml {
            start: 0,
            end: source.text.len(),
            source,
        };
        let mut kinds = Kinds::builtin();
        let mut diagnostics = Vec::new();
        kinds.extend(&yaml, &mut diagnostics);
        crate::diagnostic::sort(&mut diagnostics);
        let messages = diagnostics
            .iter()
            .map(|d| format!("{}:{} {}", d.line, d.col, d.message))
            .collect();
        (kinds, messages)
    }

    #[test]
    fn a_theme_adds_fields_and_kinds() {
        let (kinds, messages) = load(
            "office:\n  parking: { type: text }\n  car_spaces: integer\nlibrary:\n  address: { type: address, required: true }\n  topics: { type: one_of, values: [books, media] }\n  note: { type: name, translatable: true }\nkiosk:\n",
        );
        assert!(messages.is_empty(), "{messages:?}");
        let parking = kinds.field("office", "parking").unwrap();
        assert_eq!((parking.scope, parking.from_theme), (Scope::Text, true));
        assert_eq!(
            kinds.field("office", "car_spaces").unwrap().ty,
            Type::Integer
        );
        assert!(
            kinds
                .field("office", "address")
                .is_some_and(|f| !f.from_theme)
        );
        let names: Vec<&str> = kinds.names().collect();
        assert_eq!(
            names,
            [
                "page", "office", "kita", "offer", "signpost", "library", "kiosk"
            ]
        );
        assert!(!kinds.is_builtin("library"));
        let address = kinds.field("library", "address").unwrap();
        assert!(address.required && address.scope == Scope::Neutral);
        assert_eq!(
            kinds.field("library", "topics").unwrap().ty,
            Type::OneOf(vec!["books".into(), "media".into()])
        );
        assert_eq!(kinds.field("library", "note").unwrap().scope, Scope::Text);
        assert!(
            kinds.field("library", "title").is_some(),
            "the common fields"
        );
        assert!(kinds.field("kita", "parking").is_none());
    }

    #[test]
    fn every_mistake_is_reported_at_its_place_and_the_rest_is_kept() {
        let (kinds, messages) = load(concat!(
            "office:\n",
            "  parking: { type: txet }\n",
            "  address: { type: address }\n",
            "  title: text\n",
            "  Car-Spaces: integer\n",
            "  opens: { type: hours, translatable: true }\n",
            "  kind_of: { type: one_of }\n",
            "  size: { type: integer, values: [a] }\n",
            "  topics: { type: one_of, values: [a, a], requird: true }\n",
            "  good: bool\n",
            "Library:\n",
            "  x: text\n",
            "section: {}\n",
        ));
        assert_eq!(
            messages,
            [
                "2:20 `txet` is not a field type",
                "3:3 `address` is a field of `office` pages already",
                "4:3 `title` is a field of every page already",
                "5:3 `Car-Spaces` is not a name for a field",
                "6:39 fields of type `hours` cannot be translated",
                "7:20 the `one_of` field `kind_of` has no `values`",
                "8:26 `values` goes only with `type: one_of`, not with `integer`",
                "9:39 `a` is listed twice in the values of `topics`",
                "9:43 unknown key `requird` in the field `topics`",
                "11:1 `Library` is not a name for a kind",
                "13:1 `section` cannot be the name of a kind",
            ]
        );
        assert!(kinds.field("office", "good").is_some());
        assert!(!kinds.contains("Library") && !kinds.contains("section"));
    }

    #[test]
    fn the_built_in_default_theme_has_a_kinds_yaml_that_adds_nothing() {
        let mut diagnostics = Vec::new();
        let root = std::path::Path::new("/nonexistent-site");
        let theme = Theme::load(root, "default", &mut diagnostics).expect("built in");
        assert!(
            theme.file("kinds.yaml", &mut diagnostics).is_some(),
            "embedded by build.rs"
        );
        let kinds = Kinds::load(&theme, &mut diagnostics);
        assert!(diagnostics.is_empty());
        assert_eq!(kinds.names().count(), 5);
    }

    #[test]
    fn a_file_that_is_not_a_list_of_kinds() {
        let (_, messages) = load("- office\n");
        assert_eq!(
            messages,
            ["1:1 kinds.yaml must list kinds with their fields, not a list"]
        );
        let (_, messages) = load("office: text\n");
        assert_eq!(
            messages,
            ["1:9 the fields of `office` must be listed below it, not text"]
        );
        let (kinds, messages) = load("# nothing yet\n");
        assert!(messages.is_empty());
        assert_eq!(kinds.names().count(), 5);
    }
}
