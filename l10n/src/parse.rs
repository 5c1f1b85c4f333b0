//! A Fluent pattern as pieces: text, variables and plural selections.
//!
//! Shared by the build script (which compiles the catalogs into static data)
//! and, with the `parse` feature, the canon loader (a canon's own wording of
//! a template). Message and term references are resolved here, so what is
//! left is only text, `{ $variable }` and `{ $count -> [one] … *[other] … }`.

use fluent_syntax::ast;

/// One piece of a parsed pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    /// Literal text.
    Text(String),
    /// `{ $name }`.
    Var(String),
    /// `{ $var -> [key] … *[key] … }`: arms keyed by a plural category
    /// (`one`, `other`, …) or an exact number, and the default arm's index.
    Select {
        /// The number the arm is chosen by.
        var: String,
        /// Each arm's key and pieces.
        arms: Vec<(String, Vec<Parsed>)>,
        /// The arm marked `*`.
        default: usize,
    },
}

/// Resolves `{ message }`, `{ message.attribute }` and `{ -term }` (given as
/// written: `message`, `message.attribute`, `-term`) to their pieces.
pub type Resolve<'r> = &'r dyn Fn(&str) -> Result<Vec<Parsed>, String>;

/// The pieces of `pattern`, or what in it is not supported.
pub fn pattern(pattern: &ast::Pattern<&str>, resolve: Resolve<'_>) -> Result<Vec<Parsed>, String> {
    let mut out = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_text(&mut out, value),
            ast::PatternElement::Placeable { expression } => {
                for piece in expression_pieces(expression, resolve)? {
                    match piece {
                        Parsed::Text(t) => push_text(&mut out, &t),
                        other => out.push(other),
                    }
                }
            }
        }
    }
    Ok(out)
}

fn push_text(out: &mut Vec<Parsed>, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(Parsed::Text(last)) => last.push_str(text),
        _ => out.push(Parsed::Text(text.to_string())),
    }
}

fn expression_pieces(
    expression: &ast::Expression<&str>,
    resolve: Resolve<'_>,
) -> Result<Vec<Parsed>, String> {
    match expression {
        ast::Expression::Inline(inline) => inline_pieces(inline, resolve),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                return Err("a selection must choose by a variable ({ $count -> … })".into());
            };
            let mut arms = Vec::new();
            let mut default = 0;
            for (i, variant) in variants.iter().enumerate() {
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                if !matches!(
                    key.as_str(),
                    "zero" | "one" | "two" | "few" | "many" | "other"
                ) && key.parse::<u64>().is_err()
                {
                    return Err(format!(
                        "arm [{key}]: an arm is a plural category (one, other, …) or a whole number"
                    ));
                }
                if variant.default {
                    default = i;
                }
                arms.push((key, pattern(&variant.value, resolve)?));
            }
            Ok(vec![Parsed::Select {
                var: id.name.to_string(),
                arms,
                default,
            }])
        }
    }
}

fn inline_pieces(
    inline: &ast::InlineExpression<&str>,
    resolve: Resolve<'_>,
) -> Result<Vec<Parsed>, String> {
    match inline {
        ast::InlineExpression::StringLiteral { value } => Ok(vec![Parsed::Text(
            fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
        )]),
        ast::InlineExpression::NumberLiteral { value } => Ok(vec![Parsed::Text(value.to_string())]),
        ast::InlineExpression::VariableReference { id } => Ok(vec![Parsed::Var(id.name.to_string())]),
        ast::InlineExpression::MessageReference { id, attribute } => match attribute {
            Some(attribute) => resolve(&format!("{}.{}", id.name, attribute.name)),
            None => resolve(id.name),
        },
        ast::InlineExpression::TermReference {
            id,
            attribute: None,
            arguments: None,
        } => resolve(&format!("-{}", id.name)),
        ast::InlineExpression::TermReference { id, .. } => Err(format!(
            "{{ -{} }}: a term is referred to without attributes or arguments",
            id.name
        )),
        ast::InlineExpression::FunctionReference { id, .. } => Err(format!(
            "{}(): functions are not supported; numbers and dates are formatted before they are passed",
            id.name
        )),
        ast::InlineExpression::Placeable { expression } => expression_pieces(expression, resolve),
    }
}

/// The variables a pattern uses, in order of first use, each with whether a
/// selection chooses by it (then it is a number).
pub fn variables(pieces: &[Parsed]) -> Vec<(String, bool)> {
    fn walk(pieces: &[Parsed], out: &mut Vec<(String, bool)>) {
        for piece in pieces {
            match piece {
                Parsed::Text(_) => {}
                Parsed::Var(name) => {
                    if !out.iter().any(|(n, _)| n == name) {
                        out.push((name.clone(), false));
                    }
                }
                Parsed::Select { var, arms, .. } => {
                    match out.iter_mut().find(|(n, _)| n == var) {
                        Some(found) => found.1 = true,
                        None => out.push((var.clone(), true)),
                    }
                    for (_, arm) in arms {
                        walk(arm, out);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(pieces, &mut out);
    out
}

/// Parses one pattern written on its own (a canon's wording of a template),
/// as the value of a message: `{ $resp }` for a variable, `{"{"}` for a brace.
pub fn standalone(text: &str) -> Result<Vec<Parsed>, String> {
    if text.contains('\n') {
        return Err("a template is one line".into());
    }
    // The value is parsed as a message's; leading spaces, which Fluent would
    // drop, are kept by quoting them.
    let leading = text.len() - text.trim_start_matches(' ').len();
    let source = format!(
        "x = {}{}\n",
        if leading > 0 {
            format!("{{\"{}\"}}", " ".repeat(leading))
        } else {
            String::new()
        },
        &text[leading..]
    );
    let resource = fluent_syntax::parser::parse(source.as_str())
        .map_err(|(_, errors)| {
            format!(
                "it does not read as one line of Fluent pattern ({}); write a slot or a quote as {{ $name }}, and a brace as {{\"{{\"}}",
                describe_errors(&errors)
            )
        })?;
    let Some(ast::Entry::Message(message)) = resource.body.first() else {
        return Err("not a Fluent pattern".into());
    };
    let Some(value) = &message.value else {
        return Err("empty".into());
    };
    let no_refs: Resolve<'_> =
        &|id| Err(format!("{{ {id} }}: a template refers to no other message"));
    pattern(value, no_refs)
}

/// Fluent's parse errors in a sentence.
pub fn describe_errors(errors: &[fluent_syntax::parser::ParserError]) -> String {
    use fluent_syntax::parser::ErrorKind;
    errors
        .iter()
        .map(|e| match &e.kind {
            ErrorKind::ExpectedToken(c) => format!("expected “{c}”"),
            // Where Fluent wants the next line: a selection's arms.
            ErrorKind::ExpectedCharRange { range } if range.contains('\n') => {
                "a choice { $x -> … } takes several lines".to_string()
            }
            ErrorKind::ExpectedCharRange { range } => format!("expected one of {range}"),
            ErrorKind::UnterminatedStringLiteral => "a quoted text is not closed".to_string(),
            ErrorKind::ExpectedInlineExpression => "expected a { $name }".to_string(),
            other => format!("{other:?}"),
        })
        .collect::<Vec<_>>()
        .join("; ")
}
