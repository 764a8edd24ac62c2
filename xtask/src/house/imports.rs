//! Imports between modules: which module's code names which other module, and the cycles
//! among siblings that this makes.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use crate::tools::root;

type Module = Vec<String>;

/// `src/a/b.rs` and `src/a/b/mod.rs` are `[a, b]`; `lib.rs` and `main.rs` are the root, `[]`.
/// Files under `bin/` and `examples/`, and `build.rs`, are roots of their own, so they are left
/// out.
fn module_of(src: &Path, file: &Path) -> Option<Module> {
    let rel = file.strip_prefix(src).ok()?;
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts
        .first()
        .is_some_and(|p| p == "bin" || p == "examples" || p == "build.rs")
    {
        return None;
    }
    let last = parts.pop()?;
    let stem = last.trim_end_matches(".rs");
    if !(parts.is_empty() && (stem == "lib" || stem == "main")) && stem != "mod" {
        parts.push(stem.to_owned());
    }
    Some(parts)
}

/// Every (module, module it uses, where) of one crate, and the cycles among siblings.
pub(super) fn cycles(src: &Path, files: &[PathBuf]) -> Vec<String> {
    let mut found = Vec::new();
    let mut known: BTreeSet<Module> = BTreeSet::new();
    for file in files {
        let Some(module) = module_of(src, file) else {
            continue;
        };
        known.insert(module.clone());
        let Ok(text) = fs::read_to_string(file) else {
            continue;
        };
        for (line_no, from, target) in uses(&module, &text) {
            known.insert(from.clone());
            found.push((file, line_no, from, target));
        }
    }
    let mut edges: BTreeMap<(Module, Module), String> = BTreeMap::new();
    for (file, line_no, from, mut target) in found {
        // `use crate::a::f` names `f` in `a`: the module is the longest known prefix.
        while !target.is_empty() && !known.contains(&target) {
            target.pop();
        }
        if let Some((a, b)) = sibling_pair(&from, &target) {
            let at = format!(
                "{}:{}",
                file.strip_prefix(root()).unwrap_or(file).display(),
                line_no
            );
            edges.entry((a, b)).or_insert(at);
        }
    }
    let mut problems = Vec::new();
    for ((a, b), at) in &edges {
        if a < b
            && let Some(back) = edges.get(&(b.clone(), a.clone()))
        {
            problems.push(format!(
                "import cycle in {}: {} uses {} ({at}) and {} uses {} ({back})",
                src.strip_prefix(root()).unwrap_or(src).display(),
                path(a),
                path(b),
                path(b),
                path(a)
            ));
        }
    }
    problems.extend(longer_cycles(src, &edges));
    problems
}

/// Cycles through three or more siblings (two-way ones are reported with both places above).
fn longer_cycles(src: &Path, edges: &BTreeMap<(Module, Module), String>) -> Vec<String> {
    let mut graph: BTreeMap<&Module, BTreeSet<&Module>> = BTreeMap::new();
    for (a, b) in edges.keys() {
        if !edges.contains_key(&(b.clone(), a.clone())) {
            graph.entry(a).or_default().insert(b);
        }
    }
    let mut problems = Vec::new();
    let mut reported: BTreeSet<Vec<&Module>> = BTreeSet::new();
    for start in graph.keys() {
        let mut stack = vec![(*start, vec![*start])];
        while let Some((at, trail)) = stack.pop() {
            for next in graph.get(at).into_iter().flatten() {
                if next == start && trail.len() > 2 {
                    let mut key = trail.clone();
                    key.sort();
                    if reported.insert(key) {
                        let names: Vec<String> = trail.iter().map(|m| path(m)).collect();
                        problems.push(format!(
                            "import cycle in {}: {} → {}",
                            src.strip_prefix(root()).unwrap_or(src).display(),
                            names.join(" → "),
                            path(start)
                        ));
                    }
                } else if !trail.contains(next) && trail.len() < 8 {
                    let mut longer = trail.clone();
                    longer.push(next);
                    stack.push((next, longer));
                }
            }
        }
    }
    problems
}

fn path(m: &Module) -> String {
    if m.is_empty() {
        "crate".into()
    } else {
        m.join("::")
    }
}

/// For a use from `from` of `target`: the two siblings (children of their deepest common
/// ancestor) it connects, or `None` when one contains the other.
fn sibling_pair(from: &Module, target: &Module) -> Option<(Module, Module)> {
    let common = from
        .iter()
        .zip(target.iter())
        .take_while(|(a, b)| a == b)
        .count();
    if common >= from.len() || common >= target.len() {
        return None;
    }
    Some((from[..=common].to_vec(), target[..=common].to_vec()))
}

/// Every path a file's code names, as (line, the module the line is in, the module named).
/// Inline `mod name { … }` blocks count as modules of their own (a test module's `super::`
/// is the file's module).
fn uses(file_module: &Module, text: &str) -> Vec<(usize, Module, Module)> {
    let mut out = Vec::new();
    // The inline modules open at this point, with the depth their block closes at.
    let mut inline: Vec<(String, i64)> = Vec::new();
    let mut depth: i64 = 0;
    let mut pending_mod: Option<String> = None;
    for (index, raw) in text.lines().enumerate() {
        let line = code_of(raw);
        let trimmed = line.trim_start();
        let mut current = file_module.clone();
        current.extend(inline.iter().map(|(n, _)| n.clone()));
        if let Some(rest) = trimmed
            .strip_prefix("pub mod ")
            .or_else(|| trimmed.strip_prefix("mod "))
            .or_else(|| trimmed.strip_prefix("pub(crate) mod "))
        {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if rest[name.len()..].trim_start().starts_with('{') {
                pending_mod = Some(name);
            }
        }
        for target in named_paths(&line, &current) {
            out.push((index + 1, current.clone(), target));
        }
        for c in line.chars() {
            match c {
                '{' => {
                    depth += 1;
                    if let Some(name) = pending_mod.take() {
                        inline.push((name, depth));
                    }
                }
                '}' => {
                    if inline.last().is_some_and(|(_, d)| *d == depth) {
                        inline.pop();
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
    }
    out
}

/// A line without its comment and with string and char literals blanked (their braces and
/// paths are text, not code).
fn code_of(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => {
                    in_string = false;
                    out.push('"');
                }
                _ => out.push(' '),
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push('"');
            }
            '/' if chars.peek() == Some(&'/') => break,
            '\'' => {
                // A char literal ('{', '\n') is blanked; a lifetime ('a) is kept.
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with('\\') || rest.chars().nth(1) == Some('\'') {
                    for skipped in chars.by_ref() {
                        if skipped == '\'' {
                            break;
                        }
                    }
                    out.push_str("' '");
                } else {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The modules `line` names through `crate::` or `super::` paths, use-trees included.
fn named_paths(line: &str, current: &Module) -> Vec<Module> {
    let mut out = Vec::new();
    let bytes: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_');
        let rest: String = bytes[i..].iter().collect();
        if starts_word && (rest.starts_with("crate::") || rest.starts_with("super::")) {
            let mut base: Module = Vec::new();
            let mut j = i;
            if rest.starts_with("crate::") {
                j += "crate::".len();
            } else {
                base = current.clone();
                let mut r: String = bytes[j..].iter().collect();
                while r.starts_with("super::") {
                    base.pop();
                    j += "super::".len();
                    r = bytes[j..].iter().collect();
                }
            }
            let (paths, end) = use_tree(&bytes, j);
            for p in paths {
                let mut full = base.clone();
                full.extend(p);
                out.push(full);
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Parses `a::b::{c, d::e}` from `at`: the paths it names and where it ends. Only lowercase
/// segments are module names; the first other segment (a type, a function call) ends a path.
fn use_tree(chars: &[char], at: usize) -> (Vec<Vec<String>>, usize) {
    let mut i = at;
    let mut prefix: Vec<String> = Vec::new();
    loop {
        if chars.get(i) == Some(&'{') {
            let mut out = Vec::new();
            i += 1;
            loop {
                while chars.get(i).is_some_and(|c| c.is_whitespace() || *c == ',') {
                    i += 1;
                }
                match chars.get(i) {
                    None => return (vec![prefix], i),
                    Some('}') => return (out_or_prefix(out, &prefix), i + 1),
                    _ => {}
                }
                let (inner, end) = use_tree(chars, i);
                for p in inner {
                    let mut full = prefix.clone();
                    full.extend(p);
                    out.push(full);
                }
                i = end.max(i + 1);
            }
        }
        let start = i;
        while chars
            .get(i)
            .is_some_and(|c| c.is_alphanumeric() || *c == '_')
        {
            i += 1;
        }
        let segment: String = chars[start..i].iter().collect();
        let is_module = segment
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c == '_')
            && segment != "self";
        let continues = chars.get(i) == Some(&':') && chars.get(i + 1) == Some(&':');
        if is_module && continues {
            prefix.push(segment);
            i += 2;
        } else {
            // The last segment: a module only if something of it is used as a module
            // (`use crate::a::b;` may name either: count it as one, conservatively).
            if is_module && !continues && chars.get(i) != Some(&'(') && chars.get(i) != Some(&'!') {
                prefix.push(segment);
            }
            return (vec![prefix], i);
        }
    }
}

fn out_or_prefix(out: Vec<Vec<String>>, prefix: &[String]) -> Vec<Vec<String>> {
    if out.is_empty() {
        vec![prefix.to_vec()]
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(path: &str) -> Module {
        path.split("::")
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn finds_use_trees_super_and_inline_paths_but_not_comments_or_strings() {
        let text = "use crate::a::{b::C, d};\nuse super::e::F;\n// use crate::g;\nlet s = \"crate::h\";\nlet x = crate::i::j::k();\n";
        let found: Vec<Module> = uses(&m("p::q"), text)
            .into_iter()
            .map(|(_, _, t)| t)
            .collect();
        assert_eq!(
            found,
            vec![m("a::b"), m("a::d"), m("p::e"), m("i::j")],
            "{found:?}"
        );
    }

    #[test]
    fn a_test_module_s_super_is_its_file() {
        let text = "fn f() {}\n#[cfg(test)]\nmod tests {\n    use super::g;\n}\nuse super::h;\n";
        let found: Vec<(Module, Module)> = uses(&m("a::b"), text)
            .into_iter()
            .map(|(_, from, t)| (from, t))
            .collect();
        assert_eq!(
            found,
            vec![(m("a::b::tests"), m("a::b::g")), (m("a::b"), m("a::h"))]
        );
    }

    #[test]
    fn siblings_are_the_children_of_the_deepest_common_ancestor() {
        assert_eq!(
            sibling_pair(&m("a::b::c"), &m("a::d")),
            Some((m("a::b"), m("a::d")))
        );
        assert_eq!(
            sibling_pair(&m("a::b"), &m("a")),
            None,
            "a child uses its parent"
        );
        assert_eq!(
            sibling_pair(&m("a"), &m("a::b::c")),
            None,
            "a parent uses its child"
        );
    }

    #[test]
    fn two_way_and_three_way_cycles_are_reported() {
        let dir = std::env::temp_dir().join(format!("house-test-{}", std::process::id()));
        let src = dir.join("src");
        fs::create_dir_all(&src).expect("scratch folder");
        let files = [
            ("lib.rs", "mod a; mod b; mod c; mod d;"),
            ("a.rs", "use crate::b::X;"),
            ("b.rs", "use crate::a::Y;\nuse crate::c::Z;"),
            ("c.rs", "use crate::d::W;"),
            ("d.rs", "use crate::b::V;"),
        ];
        for (name, text) in files {
            fs::write(src.join(name), text).expect("write");
        }
        let paths: Vec<PathBuf> = files.iter().map(|(n, _)| src.join(n)).collect();
        let problems = cycles(&src, &paths);
        let _ = fs::remove_dir_all(&dir);
        assert_eq!(problems.len(), 2, "{problems:#?}");
        assert!(problems[0].contains("a uses b"), "{problems:#?}");
        assert!(problems[1].contains("b → c → d → b"), "{problems:#?}");
    }
}
