//! Compiles the catalogs in `locales/<language>/*.ftl` into static Rust data
//! (`$OUT_DIR/catalog.rs`) and fails the build, with file, line and key, when
//! a catalog cannot be read, lacks a key English has (or has one it lacks),
//! or uses other variables than English for a key.
//!
//! English (`locales/en`) is the reference: every key there becomes an
//! [`Id`](crate::Id) and a method of `Catalog` named after it
//! (`review-mark-as-agreed` → `review_mark_as_agreed()`, its variables its
//! parameters in alphabetical order), so a key missing in code fails the
//! build too.

#[path = "src/parse.rs"]
#[allow(dead_code)]
mod parse;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use parse::Parsed;

/// A catalog's messages: key → (file, line, pieces).
type Messages = BTreeMap<String, (String, usize, Vec<Parsed>)>;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let locales = root.join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut problems = Vec::new();
    let mut languages: Vec<String> = std::fs::read_dir(&locales)
        .expect("l10n/locales")
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    // English first: it is the reference and the fallback.
    languages.sort_by_key(|l| (l != "en", l.clone()));
    let mut catalogs = Vec::new();
    for language in &languages {
        catalogs.push(read_catalog(&locales, language, &mut problems));
    }
    let reference = &catalogs[0];
    for (language, catalog) in languages.iter().zip(&catalogs).skip(1) {
        for (key, (file, line, pieces)) in reference {
            match catalog.get(key) {
                None => problems.push(format!(
                    "locales/{language}: `{key}` is missing (English has it at {file}:{line})"
                )),
                Some((their_file, their_line, theirs)) => {
                    // A frame template may quote a canon word as written or
                    // lower-cased ($ABBREV or $abbrev, $Dim or $dim): the
                    // language's grammar decides; the quote is the same.
                    let template = file.ends_with("/frames.ftl");
                    let ours = sorted_vars(pieces, template);
                    let them = sorted_vars(theirs, template);
                    if ours != them {
                        problems.push(format!(
                            "{their_file}:{their_line}: `{key}` uses {} where English ({file}:{line}) uses {}",
                            show_vars(&them),
                            show_vars(&ours)
                        ));
                    }
                }
            }
        }
        for (key, (file, line, _)) in catalog {
            if !reference.contains_key(key) {
                problems.push(format!(
                    "{file}:{line}: `{key}` is not in the English catalog (locales/en)"
                ));
            }
        }
    }
    fail_on(&problems);
    let code = generate(&languages, &catalogs, &mut problems);
    fail_on(&problems);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("catalog.rs");
    std::fs::write(out, code).expect("write the catalog");
}

/// Ends the build with every problem, when there are any.
fn fail_on(problems: &[String]) {
    if problems.is_empty() {
        return;
    }
    eprintln!("The catalogs in l10n/locales are invalid:");
    for problem in problems {
        eprintln!("  {problem}");
    }
    eprintln!(
        "{} error(s); fix the .ftl files and build again.",
        problems.len()
    );
    std::process::exit(1);
}

/// Every message and attribute of one language's files, references resolved.
fn read_catalog(locales: &Path, language: &str, problems: &mut Vec<String>) -> Messages {
    let dir = locales.join(language);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("a language folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let sources: Vec<(String, String)> = files
        .iter()
        .map(|p| {
            let name = format!(
                "locales/{language}/{}",
                p.file_name().unwrap().to_string_lossy()
            );
            (
                name,
                std::fs::read_to_string(p).expect("a readable .ftl file"),
            )
        })
        .collect();
    // Raw patterns first (messages, their attributes and terms), so that a
    // reference can be resolved whichever file it is in.
    let mut raw: BTreeMap<String, (String, usize, ast::Pattern<&str>)> = BTreeMap::new();
    let mut keys_in_order = Vec::new();
    for (name, source) in &sources {
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in &errors {
                    problems.push(format!(
                        "{name}:{}: {:?}",
                        line_of_offset(source, e.pos.start),
                        e.kind
                    ));
                }
                r
            }
        };
        for entry in resource.body {
            let (id, value, attributes, term) = match entry {
                ast::Entry::Message(m) => (m.id.name, m.value, m.attributes, false),
                ast::Entry::Term(t) => (t.id.name, Some(t.value), t.attributes, true),
                _ => continue,
            };
            let key = if term {
                format!("-{id}")
            } else {
                id.to_string()
            };
            let line = line_of_key(source, id, term);
            if raw.contains_key(&key) {
                problems.push(format!("{name}:{line}: `{key}` is defined twice"));
            }
            if let Some(value) = value {
                raw.insert(key.clone(), (name.clone(), line, value));
                if !term {
                    keys_in_order.push(key.clone());
                }
            }
            for attribute in attributes {
                let attribute_key = format!("{key}.{}", attribute.id.name);
                raw.insert(attribute_key.clone(), (name.clone(), line, attribute.value));
                if !term {
                    keys_in_order.push(attribute_key);
                }
            }
        }
    }
    let mut messages = Messages::new();
    for key in keys_in_order {
        let (file, line, _) = &raw[&key];
        match resolve(&raw, &key, 0) {
            Ok(pieces) => {
                messages.insert(key.clone(), (file.clone(), *line, pieces));
            }
            Err(e) => problems.push(format!("{file}:{line}: `{key}`: {e}")),
        }
    }
    messages
}

type Raw<'s> = BTreeMap<String, (String, usize, ast::Pattern<&'s str>)>;

fn resolve(raw: &Raw<'_>, key: &str, depth: usize) -> Result<Vec<Parsed>, String> {
    if depth > 8 {
        return Err("references go round in a circle".into());
    }
    let (_, _, pattern) = raw
        .get(key)
        .ok_or_else(|| format!("refers to `{key}`, which no file of this language defines"))?;
    let lookup = |id: &str| resolve(raw, id, depth + 1);
    parse::pattern(pattern, &lookup)
}

fn line_of_offset(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

fn line_of_key(source: &str, id: &str, term: bool) -> usize {
    let start = if term {
        format!("-{id}")
    } else {
        id.to_string()
    };
    source
        .lines()
        .position(|l| {
            l.strip_prefix(start.as_str())
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |i| i + 1)
}

fn sorted_vars(pieces: &[Parsed], any_case: bool) -> Vec<(String, bool)> {
    let mut vars = parse::variables(pieces);
    if any_case {
        for (name, _) in &mut vars {
            *name = name.to_lowercase();
        }
    }
    vars.sort();
    vars.dedup();
    vars
}

fn show_vars(vars: &[(String, bool)]) -> String {
    if vars.is_empty() {
        return "no variables".into();
    }
    vars.iter()
        .map(|(v, n)| format!("${v}{}", if *n { " (a number)" } else { "" }))
        .collect::<Vec<_>>()
        .join(", ")
}

fn camel(key: &str) -> String {
    key.split(['-', '.', '_'])
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

fn snake(key: &str) -> String {
    key.replace(['-', '.'], "_")
}

/// A variable as a parameter: `$next-code` → `next_code`; one written with
/// capitals (`$ABBREV`, `$Dim`: canon text as written, beside the
/// lower-cased `$abbrev`, `$dim`) → `abbrev_as_written`.
fn parameter(var: &str) -> String {
    if var.chars().any(|c| c.is_ascii_uppercase()) {
        format!("{}_as_written", snake(&var.to_ascii_lowercase()))
    } else {
        snake(var)
    }
}

/// A pattern in the catalog's compact form, one string per key (see
/// `Piece` in lib.rs): text as it is, `\x01name\x01` for a variable,
/// `\x02var\x03key\x04arm…\x03*key\x04arm\x02` for a selection (the default
/// arm's key marked `*`). One blob and one offset per key instead of a
/// pointer per piece keeps the catalogs a third smaller in the wasm.
fn encode(pieces: &[Parsed], nested: bool) -> Result<String, String> {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Parsed::Text(t) => {
                if t.contains(['\x01', '\x02', '\x03', '\x04']) {
                    return Err("contains a control character (U+0001 to U+0004)".into());
                }
                out.push_str(t);
            }
            Parsed::Var(v) => {
                out.push('\x01');
                out.push_str(v);
                out.push('\x01');
            }
            Parsed::Select { var, arms, default } => {
                if nested {
                    return Err("a selection inside a selection is not supported".into());
                }
                out.push('\x02');
                out.push_str(var);
                for (i, (key, arm)) in arms.iter().enumerate() {
                    out.push('\x03');
                    if i == *default {
                        out.push('*');
                    }
                    out.push_str(key);
                    out.push('\x04');
                    out.push_str(&encode(arm, true)?);
                }
                out.push('\x02');
            }
        }
    }
    Ok(out)
}

fn generate(languages: &[String], catalogs: &[Messages], problems: &mut Vec<String>) -> String {
    let reference = &catalogs[0];
    let keys: Vec<&String> = reference.keys().collect();
    let mut out = String::from("// Generated by l10n/build.rs from l10n/locales. Do not edit.\n\n");

    // Languages.
    out.push_str("/// A language Goalframes speaks: one catalog each, in `l10n/locales/<tag>/`.\n");
    out.push_str("#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Lang {\n");
    for (i, l) in languages.iter().enumerate() {
        let _ = writeln!(
            out,
            "    /// `{l}`{}\n    {}{},",
            if i == 0 {
                ", the reference and fallback"
            } else {
                ""
            },
            if i == 0 { "#[default]\n    " } else { "" },
            camel(l)
        );
    }
    out.push_str("}\n\nimpl Lang {\n    /// Every language, English first.\n");
    let _ = writeln!(
        out,
        "    pub const ALL: [Lang; {}] = [{}];",
        languages.len(),
        languages
            .iter()
            .map(|l| format!("Lang::{}", camel(l)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out.push_str("\n    /// Its BCP 47 tag (`de`).\n    pub const fn tag(self) -> &'static str {\n        match self {\n");
    for l in languages {
        let _ = writeln!(out, "            Lang::{} => {l:?},", camel(l));
    }
    out.push_str("        }\n    }\n}\n\n");

    // Keys.
    out.push_str("/// A key of the catalogs (English's keys; every catalog has each).\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[allow(missing_docs)]\npub enum Id {\n");
    for key in &keys {
        let _ = writeln!(out, "    {},", camel(key));
    }
    out.push_str("}\n\nimpl Id {\n    /// Every key, in the catalogs' order.\n");
    let _ = writeln!(
        out,
        "    pub const ALL: [Id; {}] = [{}];",
        keys.len(),
        keys.iter()
            .map(|k| format!("Id::{}", camel(k)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out.push_str("\n    /// The key as the `.ftl` files write it (`smart-specific.label`).\n    pub const fn key(self) -> &'static str {\n        KEYS[self as usize]\n    }\n\n    /// The English file it is in, without `.ftl` (`frames`).\n    pub const fn file(self) -> &'static str {\n        FILES[self as usize]\n    }\n\n    /// The key written as in the `.ftl` files.\n    pub fn from_key(key: &str) -> Option<Id> {\n        KEYS.iter().position(|k| *k == key).map(|i| Id::ALL[i])\n    }\n}\n\n");
    let _ = writeln!(
        out,
        "const KEYS: [&str; {}] = [{}];\n",
        keys.len(),
        keys.iter()
            .map(|k| format!("{k:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );

    let _ = writeln!(
        out,
        "const FILES: [&str; {}] = [{}];\n",
        keys.len(),
        keys.iter()
            .map(|k| {
                let file = &reference[*k].0;
                let stem = file
                    .rsplit('/')
                    .next()
                    .unwrap_or(file)
                    .trim_end_matches(".ftl");
                format!("{stem:?}")
            })
            .collect::<Vec<_>>()
            .join(", ")
    );

    // Tables: per language, every pattern in one string and where each ends.
    let mut blobs = Vec::new();
    for (l, catalog) in languages.iter().zip(catalogs) {
        let mut blob = String::new();
        let mut ends = Vec::new();
        for key in &keys {
            let (file, line, pieces) = &catalog[*key];
            match encode(pieces, false) {
                Ok(pattern) => blob.push_str(&pattern),
                Err(e) => problems.push(format!("{file}:{line}: `{key}`: {e}")),
            }
            ends.push(blob.len());
        }
        blobs.push((l, blob, ends));
    }
    let longest = blobs.iter().map(|(_, b, _)| b.len()).max().unwrap_or(0);
    let end_type = if longest <= usize::from(u16::MAX) {
        "u16"
    } else {
        "u32"
    };
    let _ = writeln!(out, "type End = {end_type};\n");
    for (l, blob, ends) in &blobs {
        let name = l.to_uppercase();
        let _ = writeln!(out, "static {name}: &str = {blob:?};\n");
        let _ = writeln!(
            out,
            "static {name}_ENDS: [End; {}] = [{}];\n",
            ends.len(),
            ends.iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    out.push_str(
        "const fn table(lang: Lang) -> (&'static str, &'static [End]) {\n    match lang {\n",
    );
    for l in languages {
        let name = l.to_uppercase();
        let _ = writeln!(out, "        Lang::{} => ({name}, &{name}_ENDS),", camel(l));
    }
    out.push_str("    }\n}\n\n");

    // Methods.
    out.push_str("/// One method per key: its text, or its text with the variables given.\n");
    out.push_str("impl Catalog {\n");
    for key in &keys {
        let (file, line, pieces) = &reference[*key];
        // Parameters in alphabetical order, so that rewording English never
        // swaps two arguments at a call site.
        let mut vars = parse::variables(pieces);
        vars.sort();
        let english: String = pieces
            .iter()
            .map(|p| match p {
                Parsed::Text(t) => t.clone(),
                Parsed::Var(v) => format!("{{ ${v} }}"),
                Parsed::Select { var, .. } => format!("{{ ${var} -> … }}"),
            })
            .collect();
        let _ = writeln!(
            out,
            "    /// `{key}` ({file}:{line}): “{}”",
            english.replace('\n', " ").replace("[", "\\[")
        );
        let id = format!("Id::{}", camel(key));
        let name = snake(key);
        let name = if name == "type" {
            "type_".to_string()
        } else {
            name
        };
        if vars.is_empty() {
            let _ = writeln!(
                out,
                "    pub fn {name}(&self) -> &'static str {{\n        self.text({id})\n    }}"
            );
        } else {
            let params: Vec<String> = vars
                .iter()
                .map(|(v, number)| {
                    format!("{}: {}", parameter(v), if *number { "u64" } else { "&str" })
                })
                .collect();
            let args: Vec<String> = vars
                .iter()
                .map(|(v, number)| {
                    format!(
                        "({v:?}, Arg::{}({}))",
                        if *number { "Number" } else { "Text" },
                        parameter(v)
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "    pub fn {name}(&self, {}) -> String {{\n        self.format({id}, &[{}])\n    }}",
                params.join(", "),
                args.join(", ")
            );
        }
    }
    out.push_str("}\n");
    out
}
