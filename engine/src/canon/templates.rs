//! A canon's own wording of frame templates (`[templates]` in `canon.toml`):
//! which templates it may word, and the rule that its wording keeps the
//! template's slots and quotes.

use goalframes_l10n::{catalog, Id, Lang, Piece};

use super::rules::Location;
use super::{List, Text};

/// A canon's wording of one template, in the canon's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateWording {
    /// The template it words.
    pub id: Id,
    /// Its text and variables, in order.
    pub pieces: List<TemplatePiece>,
}

/// A canon's wordings in catalog order, as its files and workbook write them.
pub fn in_catalog_order(wordings: &[TemplateWording]) -> Vec<&TemplateWording> {
    let mut ordered: Vec<_> = wordings.iter().collect();
    ordered.sort_by_key(|w| w.id);
    ordered
}

impl TemplateWording {
    /// The wording as a canon writes it (one line of Fluent pattern, as
    /// [`wording`] reads it back): a brace, and a space at either end that
    /// Fluent would drop, quoted as `{"{"}`.
    pub fn source(&self) -> String {
        let mut out = String::new();
        let last = self.pieces.len().saturating_sub(1);
        for (i, piece) in self.pieces.iter().enumerate() {
            match piece {
                TemplatePiece::Var(v) => {
                    out.push_str("{ $");
                    out.push_str(v);
                    out.push_str(" }");
                }
                TemplatePiece::Text(t) => {
                    let body = t.trim_matches(' ');
                    let leading = t.len() - t.trim_start_matches(' ').len();
                    let (leading, trailing) = if body.is_empty() {
                        (t.as_ref(), "")
                    } else {
                        (&t[..leading], &t[leading + body.len()..])
                    };
                    let edge_spaces = |out: &mut String, spaces: &str, at_edge: bool| {
                        if at_edge && !spaces.is_empty() {
                            out.push_str(&format!("{{\"{spaces}\"}}"));
                        } else {
                            out.push_str(spaces);
                        }
                    };
                    edge_spaces(&mut out, leading, i == 0 || (body.is_empty() && i == last));
                    for c in body.chars() {
                        match c {
                            '{' => out.push_str("{\"{\"}"),
                            '}' => out.push_str("{\"}\"}"),
                            c => out.push(c),
                        }
                    }
                    edge_spaces(&mut out, trailing, i == last);
                }
            }
        }
        out
    }
}

/// A piece of a canon's wording: text, or a slot or quote by its variable name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplatePiece {
    /// The canon's own text.
    Text(Text),
    /// `{ $resp }`: a canon quote or a slot.
    Var(Text),
}

/// True for a key a canon may word itself: every template of the frames
/// (`l10n/locales/en/frames.ftl`) but the slots' placeholders and names and
/// the row labels' colon, which are the page's words, not the frames'.
pub fn is_template(id: Id) -> bool {
    id.file() == "frames" && !id.key().starts_with("slot-") && id != Id::LabelColon
}

/// True for the key of a template a canon may word (`smart-measurable.label`).
pub fn is_template_key(key: &str) -> bool {
    Id::from_key(key).is_some_and(is_template)
}

/// The slots and quotes a template uses in `lang`'s catalog, sorted: what
/// any wording of it must keep. A quote is named in lower case: a wording
/// may quote a canon word as written or lower-cased (`{ $ABBREV }` or
/// `{ $abbrev }`, `{ $Dim }` or `{ $dim }`), as its grammar needs.
pub fn variables(id: Id, lang: Lang) -> Vec<String> {
    let mut vars: Vec<String> = catalog(lang)
        .pieces(id)
        .filter_map(|p| match p {
            Piece::Var(v) => Some(v.to_lowercase()),
            _ => None,
        })
        .collect();
    vars.sort_unstable();
    vars.dedup();
    vars
}

/// The slots and quotes of a canon's wording, sorted, named as [`variables`] names them.
pub fn wording_variables(pieces: &[TemplatePiece]) -> Vec<String> {
    let mut vars: Vec<String> = pieces
        .iter()
        .filter_map(|p| match p {
            TemplatePiece::Var(v) => Some(v.to_lowercase()),
            TemplatePiece::Text(_) => None,
        })
        .collect();
    vars.sort_unstable();
    vars.dedup();
    vars
}

/// The canon's `language`: a well-formed BCP 47 tag (`de`, `de-CH`) of a
/// language Goalframes speaks; `None` when reported.
pub fn language(tag: &str, at: &mut impl Location) -> Option<Lang> {
    let well_formed = {
        let mut subtags = tag.split('-');
        let primary = subtags.next().unwrap_or_default();
        (2..=3).contains(&primary.len())
            && primary.bytes().all(|b| b.is_ascii_alphabetic())
            && subtags
                .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
    };
    if !well_formed {
        at.error(format!(
            "\"{tag}\" is not a language tag (BCP 47, e.g. \"de\" or \"fr-CH\")"
        ));
        return None;
    }
    let lang = Lang::from_tag(tag);
    if lang.is_none() {
        let spoken: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        at.error(format!(
            "\"{tag}\" is not a language Goalframes speaks: {}",
            spoken.join(", ")
        ));
    }
    lang
}

/// A canon's wording of the template `key` in `lang`: a known template, one
/// line of Fluent pattern (`{ $resp }` for a quote or slot), with exactly
/// the template's slots and quotes; `None` when reported.
#[cfg(feature = "load")]
pub fn wording(
    key: &str,
    text: &str,
    lang: Lang,
    at: &mut impl Location,
) -> Option<TemplateWording> {
    let Some(id) = Id::from_key(key).filter(|id| is_template(*id)) else {
        let keys: Vec<&str> = Id::ALL
            .iter()
            .filter(|id| is_template(**id))
            .map(|id| id.key())
            .collect();
        let near = crate::suggest::nearest_first(key, keys.iter().copied());
        at.error(format!(
            "\"{key}\" is not a template; templates a canon may word (nearest first): {}",
            near.into_iter().take(8).collect::<Vec<_>>().join(", ")
        ));
        return None;
    };
    let pieces = match goalframes_l10n::parse::standalone(text) {
        Ok(pieces) => pieces,
        Err(why) => {
            at.error(format!("not a template's wording: {why}"));
            return None;
        }
    };
    let mut out = Vec::new();
    for piece in pieces {
        match piece {
            goalframes_l10n::parse::Parsed::Text(t) => {
                out.push(TemplatePiece::Text(Text::Owned(t)))
            }
            goalframes_l10n::parse::Parsed::Var(v) => out.push(TemplatePiece::Var(Text::Owned(v))),
            goalframes_l10n::parse::Parsed::Select { .. } => {
                at.error("a template's wording chooses nothing: no { $x -> … }".to_string());
                return None;
            }
        }
    }
    let ours = wording_variables(&out);
    let template = variables(id, lang);
    if ours != template {
        let show = |vars: &[String]| {
            if vars.is_empty() {
                "nothing".to_string()
            } else {
                vars.iter()
                    .map(|v| format!("{{ ${v} }}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        at.error(format!(
            "the wording uses {} where the template uses {}: it must keep the template's slots and quotes, no more and no fewer",
            show(&ours),
            show(&template)
        ));
        return None;
    }
    Some(TemplateWording {
        id,
        pieces: List::Owned(out),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_the_frames_lines_not_the_slots() {
        assert!(is_template(Id::SmartMeasurable));
        assert!(is_template(Id::SmartMeasurableLabel));
        assert!(is_template(Id::Preamble));
        assert!(!is_template(Id::SlotTarget));
        assert!(!is_template(Id::LabelColon));
        assert_eq!(
            variables(Id::SmartMeasurable, Lang::En),
            ["baseline", "date", "target"]
        );
    }

    /// A location that keeps what it is told.
    #[derive(Default)]
    struct Said(Vec<String>);

    impl Location for Said {
        fn report(&mut self, _: super::super::Severity, message: String) {
            self.0.push(message);
        }
    }

    fn owned(pieces: &[(&str, bool)]) -> TemplateWording {
        TemplateWording {
            id: Id::SmartMeasurable,
            pieces: List::Owned(
                pieces
                    .iter()
                    .map(|(t, var)| {
                        if *var {
                            TemplatePiece::Var(Text::Owned(t.to_string()))
                        } else {
                            TemplatePiece::Text(Text::Owned(t.to_string()))
                        }
                    })
                    .collect(),
            ),
        }
    }

    #[cfg(feature = "load")]
    #[test]
    fn every_catalog_template_reads_back_from_its_source() {
        for lang in Lang::ALL {
            for id in Id::ALL.into_iter().filter(|id| is_template(*id)) {
                let pieces: Vec<TemplatePiece> = catalog(lang)
                    .pieces(id)
                    .map(|p| match p {
                        Piece::Text(t) => TemplatePiece::Text(Text::Owned(t.into())),
                        Piece::Var(v) => TemplatePiece::Var(Text::Owned(v.into())),
                        Piece::Select(_) => panic!("{}: a template chooses nothing", id.key()),
                    })
                    .collect();
                let written = TemplateWording {
                    id,
                    pieces: List::Owned(pieces),
                };
                let mut said = Said::default();
                let read = wording(id.key(), &written.source(), lang, &mut said);
                assert_eq!(
                    read.as_ref(),
                    Some(&written),
                    "{} {}: {:?}",
                    lang.tag(),
                    id.key(),
                    said.0
                );
            }
        }
    }

    #[cfg(feature = "load")]
    #[test]
    fn braces_and_edge_spaces_read_back() {
        for pieces in [
            &[
                (" {Von} ", false),
                ("baseline", true),
                (" auf ", false),
                ("target", true),
                (" bis ", false),
                ("date", true),
                ("  ", false),
            ][..],
            &[
                ("baseline", true),
                ("[*. ", false),
                ("target", true),
                ("}{", false),
                ("date", true),
            ],
            &[
                ("   ", false),
                ("baseline", true),
                ("target", true),
                ("date", true),
                (" ", false),
            ],
        ] {
            let written = owned(pieces);
            let mut said = Said::default();
            let read = wording("smart-measurable", &written.source(), Lang::De, &mut said);
            assert_eq!(
                read.as_ref(),
                Some(&written),
                "{:?}: {:?}",
                written.source(),
                said.0
            );
        }
    }
}
