//! The module graph of the engine (`engine/src`) and of the web app (`src/`),
//! and the invariant it keeps: **no module imports one that imports it back,
//! even through others.** Data flows one way, so the arrows between modules
//! do too; a loop means two modules that cannot be understood (or moved) one
//! without the other.
//!
//! The check is made at two grains: between the crate's top-level modules
//! (`canon`, `frame`, `render`, ...), and between the child modules of each
//! folder (`canon::load` and `canon::spreadsheet`, `render::csv` and
//! `render::text`, ...). A folder's own `mod.rs` is the hub of its children:
//! arrows between it and them are not counted, arrows out of it are its
//! folder's.
//!
//! An arrow is any path into the crate: `use crate::…`, `use super::…`,
//! `crate::x::y` in code (macros included), and names brought in by `use`;
//! a name re-exported with `pub use` counts as the module that defines it.
//! Comments and string literals are skipped. The reader is a small tokenizer,
//! not a Rust parser: it needs nothing more to find paths.
//!
//! `cargo test -p goalframes-engine --test module_graph -- --nocapture` prints
//! the arrows.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

#[test]
fn the_engine_has_no_module_loop() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = Graph::read(&dir, "lib.rs", &disk).expect("the engine's sources");
    println!("engine/src\n{}", graph.arrows());
    if let Some(report) = graph.loops() {
        panic!("engine/src has a module loop:\n{report}");
    }
}

#[test]
fn the_app_has_no_module_loop() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    let graph = Graph::read(&dir, "lib.rs", &disk).expect("the app's sources");
    println!("src (the app)\n{}", graph.arrows());
    if let Some(report) = graph.loops() {
        panic!("src has a module loop:\n{report}");
    }
}

fn disk(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// A module's path from the crate root: `[]` is the root, `["canon", "load"]` is `canon::load`.
type ModPath = Vec<String>;

fn show(path: &[String]) -> String {
    if path.is_empty() {
        "crate".into()
    } else {
        path.join("::")
    }
}

/// What a module's sources say: its `use` bindings and the paths into the crate.
#[derive(Default)]
struct Module {
    /// Name bound by a `use` → the path it names, as written.
    bindings: HashMap<String, Vec<String>>,
    /// Every path written in the module (`use` trees' leaves and paths in
    /// code), with where it was written; resolved once every module is read.
    paths: Vec<(Vec<String>, String)>,
}

/// A crate's modules and the arrows between them.
struct Graph {
    modules: BTreeMap<ModPath, Module>,
    /// Per folder (a module with children): arrows between its children,
    /// each with the first place that makes it.
    arrows: BTreeMap<ModPath, BTreeMap<(String, String), String>>,
}

impl Graph {
    /// Reads the crate whose root file is `dir/root`, following `mod x;`
    /// declarations as the compiler does (`x.rs` or `x/mod.rs`).
    fn read(
        dir: &Path,
        root: &str,
        read: &dyn Fn(&Path) -> Option<String>,
    ) -> Result<Graph, String> {
        let mut modules = BTreeMap::new();
        let mut todo: Vec<(ModPath, PathBuf)> = vec![(Vec::new(), dir.join(root))];
        while let Some((path, file)) = todo.pop() {
            let text = read(&file).ok_or_else(|| format!("cannot read {}", file.display()))?;
            let shown = file
                .strip_prefix(dir)
                .unwrap_or(&file)
                .display()
                .to_string();
            // `lib.rs`, `mod.rs`: children beside it; `x.rs`: children in `x/`.
            let is_hub = file
                .file_name()
                .is_some_and(|n| n == "mod.rs" || n == "lib.rs" || n == "main.rs");
            let child_dir = if is_hub {
                file.parent().unwrap().to_path_buf()
            } else {
                file.with_extension("")
            };
            for (module_path, child) in scan(&path, &shown, &text, &mut modules) {
                let flat = child_dir.join(format!("{child}.rs"));
                let nested = child_dir.join(&child).join("mod.rs");
                let file = if read(&flat).is_some() { flat } else { nested };
                let mut child_path = module_path;
                child_path.push(child);
                todo.push((child_path, file));
            }
        }
        let mut graph = Graph {
            modules,
            arrows: BTreeMap::new(),
        };
        graph.link();
        Ok(graph)
    }

    fn is_module(&self, path: &[String]) -> bool {
        self.modules.contains_key(path)
    }

    /// A path written in module `here`, from the crate root: it starts with
    /// `crate`, `super` or `self`, or names a child module of `here` or a name
    /// a `use` bound there. `None` for a path out of the crate (`std::fmt`).
    fn absolute_in(&self, here: &[String], path: &[String], hops: usize) -> Option<ModPath> {
        if let Some(absolute) = absolute(here, path) {
            return Some(absolute);
        }
        let mut child = here.to_vec();
        child.push(path.first()?.clone());
        if self.is_module(&child) {
            child.extend_from_slice(&path[1..]);
            return Some(child);
        }
        let bound = self.modules[here].bindings.get(&path[0])?;
        if hops > 16 || bound.as_slice() == &path[..1] {
            return None;
        }
        let mut followed = bound.clone();
        followed.extend_from_slice(&path[1..]);
        self.absolute_in(here, &followed, hops + 1)
    }

    /// The module a path from the crate root lands in: the longest prefix that
    /// is a module, following `use` bindings (re-exports) to where a name is defined.
    fn resolve(&self, path: &[String], hops: usize) -> ModPath {
        let mut here: ModPath = Vec::new();
        for (i, segment) in path.iter().enumerate() {
            let mut next = here.clone();
            next.push(segment.clone());
            if self.is_module(&next) {
                here = next;
                continue;
            }
            if let Some(bound) = self.modules[&here].bindings.get(segment) {
                let mut written = bound.clone();
                written.extend_from_slice(&path[i + 1..]);
                if let (Some(target), true) = (self.absolute_in(&here, &written, 0), hops < 16) {
                    return self.resolve(&target, hops + 1);
                }
            }
            break;
        }
        here
    }

    /// Resolves every module's paths and files each arrow under its folder.
    fn link(&mut self) {
        let mut found: Vec<(ModPath, ModPath, String)> = Vec::new();
        for (from, module) in &self.modules {
            for (path, at) in &module.paths {
                if let Some(absolute) = self.absolute_in(from, path, 0) {
                    found.push((from.clone(), self.resolve(&absolute, 0), at.clone()));
                }
            }
        }
        for (from, to, at) in found {
            let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
            // Within one module, or between a folder's hub and its children.
            if common == from.len() || common == to.len() {
                continue;
            }
            let folder = from[..common].to_vec();
            let arrow = (from[common].clone(), to[common].clone());
            self.arrows
                .entry(folder)
                .or_default()
                .entry(arrow)
                .or_insert(at);
        }
    }

    /// Every folder's arrows, one line per module: `canon → suggest, values`.
    fn arrows(&self) -> String {
        let mut out = String::new();
        for (folder, arrows) in &self.arrows {
            out.push_str(&format!("{}:\n", show(folder)));
            let mut by_source: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            for (from, to) in arrows.keys() {
                by_source.entry(from).or_default().push(to);
            }
            for (from, to) in by_source {
                out.push_str(&format!("  {from} → {}\n", to.join(", ")));
            }
        }
        out
    }

    /// Each loop found, as its arrows and the place that makes each; `None` when there is none.
    fn loops(&self) -> Option<String> {
        let mut report = String::new();
        for (folder, arrows) in &self.arrows {
            let edges: BTreeSet<(&str, &str)> = arrows
                .keys()
                .map(|(a, b)| (a.as_str(), b.as_str()))
                .collect();
            for component in strongly_connected(&edges) {
                let cycle = cycle_in(&component, &edges);
                let mut members = component.clone();
                members.sort();
                report.push_str(&format!(
                    "in {}: {} → {} (modules in loops with each other: {})\n",
                    show(folder),
                    cycle.join(" → "),
                    cycle[0],
                    members.join(", ")
                ));
                for (i, from) in cycle.iter().enumerate() {
                    let to = &cycle[(i + 1) % cycle.len()];
                    let at = &arrows[&(from.to_string(), to.to_string())];
                    report.push_str(&format!("  {from} → {to}: {at}\n"));
                }
            }
        }
        (!report.is_empty()).then_some(report)
    }
}

/// The strongly connected components of more than one node (Tarjan's algorithm).
fn strongly_connected<'a>(edges: &BTreeSet<(&'a str, &'a str)>) -> Vec<Vec<&'a str>> {
    struct State<'a> {
        next: usize,
        index: HashMap<&'a str, usize>,
        low: HashMap<&'a str, usize>,
        stack: Vec<&'a str>,
        out: Vec<Vec<&'a str>>,
    }
    fn visit<'a>(node: &'a str, edges: &BTreeSet<(&'a str, &'a str)>, s: &mut State<'a>) {
        s.index.insert(node, s.next);
        s.low.insert(node, s.next);
        s.next += 1;
        s.stack.push(node);
        for &(_, to) in edges.iter().filter(|(from, _)| *from == node) {
            if !s.index.contains_key(to) {
                visit(to, edges, s);
                let low = s.low[node].min(s.low[to]);
                s.low.insert(node, low);
            } else if s.stack.contains(&to) {
                let low = s.low[node].min(s.index[to]);
                s.low.insert(node, low);
            }
        }
        if s.low[node] == s.index[node] {
            let at = s.stack.iter().rposition(|n| *n == node).unwrap();
            let component = s.stack.split_off(at);
            if component.len() > 1 {
                s.out.push(component);
            }
        }
    }
    let mut s = State {
        next: 0,
        index: HashMap::new(),
        low: HashMap::new(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    let nodes: BTreeSet<&str> = edges.iter().flat_map(|(a, b)| [*a, *b]).collect();
    for node in nodes {
        if !s.index.contains_key(node) {
            visit(node, edges, &mut s);
        }
    }
    s.out
}

/// One loop through a component: the shortest way from its first node back to it.
fn cycle_in<'a>(component: &[&'a str], edges: &BTreeSet<(&'a str, &'a str)>) -> Vec<&'a str> {
    let mut start: Vec<&str> = component.to_vec();
    start.sort();
    let start = start[0];
    let mut came_from: HashMap<&str, &str> = HashMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        for &(_, to) in edges.iter().filter(|(from, _)| *from == node) {
            if !component.contains(&to) {
                continue;
            }
            if to == start {
                let mut cycle = vec![node];
                while let Some(prev) = came_from.get(cycle.last().unwrap()) {
                    cycle.push(prev);
                }
                cycle.reverse();
                return cycle;
            }
            if to != start && !came_from.contains_key(to) {
                came_from.insert(to, node);
                queue.push_back(to);
            }
        }
    }
    unreachable!("a strongly connected component holds a loop")
}

/// A token of Rust source, as far as paths need: names, `::`, and single characters.
#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    PathSep,
    Punct(char),
}

/// Splits source into tokens with their lines, skipping comments, string and
/// character literals, lifetimes and numbers.
fn tokens(text: &str) -> Vec<(Tok, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
            }
        } else if c == '"' {
            i = skip_string(&chars, i + 1, true, 0, &mut line);
        } else if c == '\'' {
            if at(i + 1) == '\\' {
                // A character literal with an escape: up to the closing quote.
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                // A lifetime: its name is read as a name, which names nothing here.
                i += 1;
            }
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let raw = matches!(word.as_str(), "r" | "br" | "cr");
            let prefixed = matches!(word.as_str(), "b" | "c");
            if (raw || prefixed) && at(i) == '"' {
                i = skip_string(&chars, i + 1, !raw, 0, &mut line);
            } else if raw && at(i) == '#' && (at(i + 1) == '#' || at(i + 1) == '"') {
                let mut hashes = 0;
                while at(i) == '#' {
                    hashes += 1;
                    i += 1;
                }
                i = skip_string(&chars, i + 1, false, hashes, &mut line);
            } else if word == "r" && at(i) == '#' {
                // A raw identifier, `r#type`: the name after the `#`.
                i += 1;
            } else if word == "b" && at(i) == '\'' {
                i += 1;
                while i < chars.len() && chars[i] != '\'' {
                    i += usize::from(chars[i] == '\\') + 1;
                }
                i += 1;
            } else {
                out.push((Tok::Ident(word), line));
            }
        } else if c == ':' && at(i + 1) == ':' {
            out.push((Tok::PathSep, line));
            i += 2;
        } else {
            out.push((Tok::Punct(c), line));
            i += 1;
        }
    }
    out
}

/// Skips a string literal whose body starts at `i`: with `escapes` (not in
/// a raw string), closed by `"` and `hashes` times `#`. Returns the index after it.
fn skip_string(
    chars: &[char],
    mut i: usize,
    escapes: bool,
    hashes: usize,
    line: &mut usize,
) -> usize {
    while i < chars.len() {
        match chars[i] {
            '\\' if escapes => {
                *line += usize::from(chars.get(i + 1) == Some(&'\n'));
                i += 2;
            }
            '"' if (1..=hashes).all(|k| chars.get(i + k) == Some(&'#')) => return i + 1 + hashes,
            c => {
                *line += usize::from(c == '\n');
                i += 1;
            }
        }
    }
    i
}

/// Reads one file of module `module`: its `use` bindings and paths go into
/// `modules` (inline `mod x { … }` blocks as modules of their own); returns
/// the `mod x;` declarations, each with the module that declares it.
fn scan(
    module: &[String],
    file: &str,
    text: &str,
    modules: &mut BTreeMap<ModPath, Module>,
) -> Vec<(ModPath, String)> {
    let toks = tokens(text);
    let ident = |i: usize| match toks.get(i) {
        Some((Tok::Ident(s), _)) => Some(s.as_str()),
        _ => None,
    };
    let is = |i: usize, t: Tok| toks.get(i).map(|(tok, _)| tok) == Some(&t);
    let mut declared = Vec::new();
    // The inline modules we are in, with the brace depth each opened at.
    let mut scopes: Vec<(ModPath, usize)> = vec![(module.to_vec(), 0)];
    let mut depth = 0;
    modules.entry(module.to_vec()).or_default();
    let mut i = 0;
    while i < toks.len() {
        let here = scopes.last().unwrap().0.clone();
        let line = toks[i].1;
        let place = |what: &str| format!("{file}:{line} {what}");
        match &toks[i].0 {
            Tok::Punct('{') => depth += 1,
            Tok::Punct('}') => {
                depth -= 1;
                if scopes.len() > 1 && scopes.last().unwrap().1 == depth {
                    scopes.pop();
                }
            }
            Tok::Ident(word) if word == "mod" => {
                if let Some(name) = ident(i + 1) {
                    let mut child = here.clone();
                    child.push(name.to_string());
                    if is(i + 2, Tok::Punct(';')) {
                        declared.push((here.clone(), name.to_string()));
                    } else if is(i + 2, Tok::Punct('{')) {
                        modules.entry(child.clone()).or_default();
                        scopes.push((child, depth));
                        depth += 1;
                        i += 3;
                        continue;
                    }
                }
            }
            Tok::Ident(word) if word == "use" => {
                let mut uses = Vec::new();
                i = use_tree(&toks, i + 1, Vec::new(), &mut uses);
                let entry = modules.entry(here.clone()).or_default();
                for (path, name) in uses {
                    let written = format!("use {}", path.join("::"));
                    if let Some(name) = name {
                        entry.bindings.insert(name, path.clone());
                    }
                    entry.paths.push((path, place(&written)));
                }
                continue;
            }
            Tok::Ident(first)
                if !is(i.wrapping_sub(1), Tok::PathSep) && is(i + 1, Tok::PathSep) =>
            {
                // A path in code: names joined by `::`, up to anything else.
                let mut path = vec![first.clone()];
                let mut j = i + 1;
                while is(j, Tok::PathSep) {
                    match ident(j + 1) {
                        Some(name) => path.push(name.to_string()),
                        None => break,
                    }
                    j += 2;
                }
                let written = path.join("::");
                let entry = modules.entry(here.clone()).or_default();
                entry.paths.push((path, place(&written)));
                i = j;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    declared
}

/// A path written in module `here`, made absolute when it starts with
/// `crate`, `super` or `self`; `None` otherwise.
fn absolute(here: &[String], path: &[String]) -> Option<ModPath> {
    let mut out = match path.first()?.as_str() {
        "crate" => Vec::new(),
        "self" | "super" => here.to_vec(),
        _ => return None,
    };
    let mut rest = path;
    if rest[0] == "crate" || rest[0] == "self" {
        rest = &rest[1..];
    }
    while rest.first().is_some_and(|s| s == "super") {
        out.pop();
        rest = &rest[1..];
    }
    while rest.first().is_some_and(|s| s == "self") {
        rest = &rest[1..];
    }
    out.extend(rest.iter().cloned());
    Some(out)
}

/// Reads a use tree from token `i` (after `use`) to its end, appending each
/// leaf as (its path as written, the name it binds; `None` for a glob).
/// Returns the index after the tree (after the `;` at the top).
fn use_tree(
    toks: &[(Tok, usize)],
    mut i: usize,
    prefix: Vec<String>,
    out: &mut Vec<(Vec<String>, Option<String>)>,
) -> usize {
    let mut path = prefix;
    if i < toks.len() && toks[i].0 == Tok::PathSep {
        // `use ::x`: an outside crate.
        while i < toks.len() && !matches!(toks[i].0, Tok::Punct(';' | ',' | '}')) {
            i += 1;
        }
        return i + usize::from(matches!(toks.get(i), Some((Tok::Punct(';'), _))));
    }
    loop {
        match toks.get(i).map(|t| &t.0) {
            Some(Tok::Ident(name)) if name == "as" => {
                if let Some((Tok::Ident(alias), _)) = toks.get(i + 1) {
                    let alias = (alias != "_").then(|| alias.clone());
                    out.push((path.clone(), alias));
                }
                i += 2;
                break;
            }
            Some(Tok::Ident(name)) => {
                path.push(name.clone());
                i += 1;
                if toks.get(i).map(|t| &t.0) != Some(&Tok::PathSep) {
                    let bound = match name.as_str() {
                        // `use a::{self}` binds `a`.
                        "self" => path.iter().rev().nth(1).cloned(),
                        _ => Some(name.clone()),
                    };
                    let is_alias = toks.get(i).map(|t| &t.0) == Some(&Tok::Ident("as".into()));
                    if !is_alias {
                        out.push((path.clone(), bound));
                        break;
                    }
                }
            }
            Some(Tok::PathSep) => i += 1,
            Some(Tok::Punct('*')) => {
                out.push((path.clone(), None));
                i += 1;
                break;
            }
            Some(Tok::Punct('{')) => {
                i += 1;
                while i < toks.len() && toks[i].0 != Tok::Punct('}') {
                    i = use_tree(toks, i, path.clone(), out);
                    if toks.get(i).map(|t| &t.0) == Some(&Tok::Punct(',')) {
                        i += 1;
                    }
                }
                i += 1;
                break;
            }
            _ => break,
        }
    }
    if toks.get(i).map(|t| &t.0) == Some(&Tok::Punct(';')) {
        i += 1;
    }
    i
}

/// The checker on small crates made of strings, so that it is seen to fail.
mod checker {
    use super::*;

    fn graph(files: &[(&str, &str)]) -> Graph {
        let files: HashMap<PathBuf, String> = files
            .iter()
            .map(|(path, text)| (Path::new("/x").join(path), text.to_string()))
            .collect();
        Graph::read(Path::new("/x"), "lib.rs", &|p: &Path| files.get(p).cloned())
            .expect("the synthetic crate")
    }

    #[test]
    fn a_loop_through_three_modules_is_found_with_its_places() {
        let g = graph(&[
            ("lib.rs", "pub mod a; pub mod b; pub mod c;"),
            ("a.rs", "use crate::b::Thing;\n"),
            ("b.rs", "pub fn f() {\n    crate::c::g();\n}\n"),
            ("c/mod.rs", "mod inner;\n"),
            ("c/inner.rs", "use super::super::a;\n"),
        ]);
        let report = g.loops().expect("a → b → c → a is a loop");
        assert!(report.contains("in crate: a → b → c → a"), "{report}");
        assert!(report.contains("b → c: b.rs:2 crate::c::g"), "{report}");
        assert!(
            report.contains("c → a: c/inner.rs:1 use super::super::a"),
            "{report}"
        );
    }

    #[test]
    fn arrows_one_way_are_no_loop() {
        let g = graph(&[
            ("lib.rs", "pub mod a; pub mod b; pub mod c;"),
            ("a.rs", "use crate::{b::X, c};\nfn f() { c::g() }"),
            ("b.rs", "use crate::c::Y;"),
            ("c.rs", "pub fn g() {}"),
        ]);
        assert_eq!(g.loops(), None);
        assert_eq!(g.arrows(), "crate:\n  a → b, c\n  b → c\n");
    }

    #[test]
    fn a_loop_between_a_folders_children_is_found() {
        let g = graph(&[
            ("lib.rs", "mod canon;"),
            ("canon/mod.rs", "mod load; mod rules;\npub use rules::Rule;"),
            ("canon/load.rs", "use super::Rule;"),
            (
                "canon/rules.rs",
                "pub struct Rule;\nfn f() { super::load::g() }",
            ),
        ]);
        let report = g.loops().expect("load → rules → load");
        assert!(report.contains("in canon: load → rules → load"), "{report}");
        // The re-export counts as the module that defines the name.
        assert!(report.contains("load → rules: canon/load.rs:1 use super::Rule"));
    }

    #[test]
    fn a_hub_and_its_children_make_no_loop() {
        let g = graph(&[
            ("lib.rs", "pub mod render;"),
            (
                "render/mod.rs",
                "pub mod text;\npub struct Info;\nfn f() { text::g() }",
            ),
            ("render/text.rs", "use crate::render::Info;\npub fn g() {}"),
        ]);
        assert_eq!(g.loops(), None);
    }

    #[test]
    fn comments_strings_and_tests_modules_are_read_as_rust() {
        let g = graph(&[
            ("lib.rs", "pub mod a; pub mod b;"),
            (
                "a.rs",
                "//! See [`crate::b`].\n/* crate::b::x() */\nconst S: &str = \"crate::b::x\";\n\
                 const R: &str = r#\"crate::b \"x\"\"#;\nconst C: char = '\"';\n\
                 fn f<'a>(x: &'a str) {}\n#[cfg(test)]\nmod tests {\n    use super::*;\n}\n",
            ),
            ("b.rs", "use crate::a::f;"),
        ]);
        assert_eq!(g.loops(), None, "{}", g.arrows());
        assert_eq!(g.arrows(), "crate:\n  b → a\n");
    }

    #[test]
    fn names_brought_in_by_use_are_followed() {
        let g = graph(&[
            ("lib.rs", "pub mod a; pub mod b;"),
            ("a.rs", "pub mod x; pub mod y;"),
            ("a/x.rs", "use super::y as why;\nfn f() { why::g() }"),
            ("a/y.rs", "pub fn g() {}"),
            ("b.rs", ""),
        ]);
        assert_eq!(g.arrows(), "a:\n  x → y\n");
    }
}
