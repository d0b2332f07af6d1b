//! The facts of a typed page as the templates see them (`page.facts`, documented in
//! `themes/default/README.md`): each built-in kind's own shape, and the fields a theme
//! declares, by name, in `facts.fields`.
//!
//! Owns: turning typed `Value`s into template values in the reader's language: texts from
//! the shown version (else the source), names of referenced pages, hours tables. Must not:
//! render HTML.

use super::lang_json;
use crate::holidays::Holiday;
use crate::hours;
use crate::kinds::{Field, Fields, Scope, Type, Value};
use crate::site::{Page, Site};
use serde_json::{Value as J, json};
use std::collections::BTreeMap;

/// Where a link to another page leads, for one reader: a relative URL on a page, an
/// absolute one on a sign sheet.
pub(crate) type Link<'a> = &'a dyn Fn(&Page) -> String;

/// One page's facts for a reader of `lang`, whose language version has the fields `texts`.
pub(crate) struct Facts<'a> {
    pub site: &'a Site,
    pub page: &'a Page,
    pub lang: &'a str,
    pub texts: &'a Fields,
    /// Listed under the opening hours when they say "closed on public holidays".
    pub holidays: &'a [Holiday],
    pub link: Link<'a>,
}

pub(crate) fn str_of<'a>(f: &'a Fields, k: &str) -> &'a str {
    match f.get(k) {
        Some(Value::Str(s)) => s,
        _ => "",
    }
}

pub(crate) fn list_of(f: &Fields, k: &str) -> Vec<String> {
    match f.get(k) {
        Some(Value::List(l)) => l.clone(),
        _ => vec![],
    }
}

impl Facts<'_> {
    fn source_texts(&self) -> &Fields {
        &self.page.source(&self.site.config).texts
    }

    /// The language the language-neutral fields are written in.
    fn source_lang(&self) -> &str {
        &self.site.config.source_language
    }

    /// A text of the shown version, else of the source.
    fn text(&self, k: &str) -> String {
        let t = str_of(self.texts, k);
        if t.is_empty() {
            str_of(self.source_texts(), k).to_string()
        } else {
            t.to_string()
        }
    }

    fn text_list(&self, k: &str) -> Vec<String> {
        let t = list_of(self.texts, k);
        if t.is_empty() {
            list_of(self.source_texts(), k)
        } else {
            t
        }
    }

    /// The kind-specific facts of the page; null for pages without (page, section, home).
    pub(crate) fn view(&self) -> J {
        let page = self.page;
        let n = &page.neutral;
        let mut m = match page.kind.as_str() {
            "office" => json!({
                "official_name": { "text": str_of(n, "official_name"), "lang": "de" },
                "category": str_of(n, "category"),
                "services": self.text("services"),
                "bus": n.get("bus").map_or(J::Null, |v| self.value_view(&Type::Bus, v)),
                "phone_hours": hours_view(n.get("phone_hours"), &[], self.source_lang()),
                "appointment": str_of(n, "appointment"),
                "booking": self.text("booking"),
                "bring": self.text_list("bring"),
                "municipalities": list_of(n, "municipalities"),
            }),
            "kita" => json!({
                "municipality": str_of(n, "municipality"),
                "ages": n.get("ages").map_or(J::Null, |v| self.value_view(&Type::Ages, v)),
                "registration": self.text("registration"),
            }),
            "offer" => json!({
                "provider": str_of(n, "provider"),
                "target_group": self.text("target_group"),
                "dates": match n.get("dates") { Some(Value::Dates { dates, .. }) => json!(dates), _ => json!([]) },
                "ongoing": matches!(n.get("dates"), Some(Value::Dates { ongoing: true, .. })),
                "cost": self.text("cost"),
                "registration": self.text("registration"),
                "venue": n.get("venue").map_or(J::Null, |v| self.value_view(&Type::Page, v)),
            }),
            "signpost" => {
                let dests = match self
                    .texts
                    .get("destinations")
                    .or_else(|| self.source_texts().get("destinations"))
                {
                    Some(Value::Destinations(d)) => json!(d),
                    _ => json!([]),
                };
                json!({ "building": str_of(n, "building"), "destinations": dests })
            }
            // A theme's kind, or `page` with fields from the theme: only `fields`.
            kind if self.site.kinds.fields_of(kind).any(|f| f.from_theme)
                || (self.site.kinds.contains(kind) && !self.site.kinds.is_builtin(kind)) =>
            {
                json!({})
            }
            _ => return J::Null,
        };
        let obj = m.as_object_mut().expect("a json object");
        if matches!(page.kind.as_str(), "office" | "kita" | "offer") {
            obj.insert("phone".into(), phone_view(n.get("phone")));
            let email = n.get("email").map(|v| scalar_view(&Type::Email, v));
            obj.insert("email".into(), email.unwrap_or(J::Null));
            let website = n.get("website").map(|v| scalar_view(&Type::Url, v));
            obj.insert("website".into(), website.unwrap_or(J::Null));
            obj.insert("address".into(), address_view(n));
            obj.insert(
                "opening_hours".into(),
                hours_view(n.get("opening_hours"), self.holidays, self.source_lang()),
            );
            obj.insert("languages".into(), json!(list_of(n, "languages")));
            obj.insert("wheelchair".into(), json!(str_of(n, "wheelchair")));
            obj.insert("last_verified".into(), json!(str_of(n, "last_verified")));
        }
        let fields: serde_json::Map<String, J> = self
            .site
            .kinds
            .fields_of(&page.kind)
            .filter(|f| f.from_theme)
            .map(|f| (f.name.clone(), self.field_view(f)))
            .collect();
        obj.insert("fields".into(), J::Object(fields));
        m
    }

    /// A field the theme declared: from the shown version (else the source) when it is
    /// translated, from the source file when not; null when the page does not give it.
    fn field_view(&self, field: &Field) -> J {
        let value = match field.scope {
            Scope::Text => self
                .texts
                .get(&field.name)
                .or_else(|| self.source_texts().get(&field.name)),
            _ => self.page.neutral.get(&field.name),
        };
        value.map_or(J::Null, |v| self.value_view(&field.ty, v))
    }

    /// A typed value as the templates see it.
    fn value_view(&self, ty: &Type, value: &Value) -> J {
        match value {
            Value::Str(_) => scalar_view(ty, value),
            Value::List(l) => json!(l),
            Value::Int(i) => json!(i),
            Value::Bool(b) => json!(b),
            Value::Phone { .. } => phone_view(Some(value)),
            Value::Address(a) => address_json(a, self.page.neutral.get("geo")),
            Value::Geo { lat, lon } => {
                json!({ "lat": lat, "lon": lon, "map_url": map_url(*lat, *lon) })
            }
            Value::Hours(..) => hours_view(Some(value), self.holidays, self.source_lang()),
            Value::Bus { stop, lines } => json!({ "stop": stop, "lines": lines }),
            Value::Ages { from, to } => json!({ "from": from, "to": to }),
            Value::Dates { ongoing, dates } => json!({ "ongoing": ongoing, "dates": dates }),
            Value::Destinations(d) => json!(d),
            Value::Page(id) => self.page_view(id),
        }
    }

    /// Another page, named in the reader's language (or its fallback), with a link to it
    /// in that language: as a Markdown link to it leads.
    fn page_view(&self, id: &str) -> J {
        let Some(target) = self.site.page(id) else {
            return J::Null;
        };
        let config = &self.site.config;
        let shown = target.shown(config, self.lang);
        json!({
            "id": target.id,
            "title": shown.version.title(),
            "url": (self.link)(target),
            "kind": target.kind,
            "text_lang": lang_json(config, shown.lang),
            "fallback": shown.fallback,
        })
    }
}

/// Text-like values: e-mail addresses and web addresses as links, the rest as they are.
fn scalar_view(ty: &Type, value: &Value) -> J {
    let Value::Str(s) = value else {
        return J::Null;
    };
    match ty {
        Type::Email => json!({ "display": s, "href": format!("mailto:{s}") }),
        Type::Url => json!({ "display": display_url(s), "href": s }),
        _ => json!(s),
    }
}

fn phone_view(value: Option<&Value>) -> J {
    match value {
        Some(Value::Phone { display, href }) => json!({ "display": display, "href": href }),
        _ => J::Null,
    }
}

fn display_url(u: &str) -> String {
    let s = u
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    s.trim_end_matches('/').to_string()
}

fn map_url(lat: f64, lon: f64) -> String {
    format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=18/{lat}/{lon}")
}

fn address_view(n: &Fields) -> J {
    match n.get("address") {
        Some(Value::Address(a)) => address_json(a, n.get("geo")),
        _ => J::Null,
    }
}

/// An address; `map_url` from the page's `geo` when it has one.
fn address_json(a: &BTreeMap<String, String>, geo: Option<&Value>) -> J {
    let get = |k: &str| a.get(k).cloned().unwrap_or_default();
    let map_url = match geo {
        Some(Value::Geo { lat, lon }) => map_url(*lat, *lon),
        _ => String::new(),
    };
    json!({
        "street": get("street"), "postcode": get("postcode"), "city": get("city"),
        "building": get("building"), "floor": get("floor"), "room": get("room"), "map_url": map_url,
    })
}

/// An hours table; its comments (`note`) are in `notes_lang`, the source language.
pub(crate) fn hours_view(v: Option<&Value>, holidays: &[Holiday], notes_lang: &str) -> J {
    let Some(Value::Hours(week, _)) = v else {
        return J::Null;
    };
    let rows: Vec<J> = week
        .days
        .iter()
        .zip(hours::DAYS)
        .map(|(d, name)| {
            json!({
                "day": name,
                "times": d.spans.iter().map(hours::Span::display).collect::<Vec<_>>(),
                "closed": d.spans.is_empty() && !d.appointment,
                "appointment": d.appointment,
                "note": d.note,
            })
        })
        .collect();
    let exceptions: Vec<J> = week
        .exceptions
        .iter()
        .map(|e| json!({ "from": format!("{:02}-{:02}", e.from.0, e.from.1), "to": format!("{:02}-{:02}", e.to.0, e.to.1), "closed": true }))
        .collect();
    let holidays = if week.holidays_closed { holidays } else { &[] };
    json!({ "rows": rows, "notes_lang": notes_lang, "holidays_closed": week.holidays_closed, "holidays": holidays, "exceptions": exceptions })
}
