//! Source ids in the briefing's own prose ("According to s2", "(s2)"): found when
//! the text is drawn, so the stored text stays as written, and read as a short
//! label of the source ("s2 (analysis)").

use super::labels::source_kind_noun;
use super::store::Store;

/// A run of prose: plain text, or a reference to a known source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    /// A source id; `bracketed` when the prose wraps it alone in brackets, "(s2)".
    Source {
        id: &'a str,
        bracketed: bool,
    },
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// Splits `text` at every whole-word `s<digits>` that `known` accepts. Anything
/// else ("s", "s2a", "bus2", "ls3", an unknown "s9", a range "s0–s4") stays text.
pub fn split_source_refs<'a>(text: &'a str, known: impl Fn(&str) -> bool) -> Vec<Piece<'a>> {
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        let boundary_before = i == 0 || !is_word(bytes[i - 1]);
        if bytes[i] == b's' && boundary_before {
            let digits = bytes[i + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
            let end = i + 1 + digits;
            let boundary_after = end == bytes.len() || !is_word(bytes[end]);
            // A range ("s0–s4") names no one source: it stays text.
            let in_range = text[end..].starts_with('–') || text[..i].ends_with('–');
            if digits > 0 && boundary_after && !in_range && known(&text[i..end]) {
                if start < i {
                    pieces.push(Piece::Text(&text[start..i]));
                }
                let bracketed = i > 0 && bytes[i - 1] == b'(' && bytes.get(end) == Some(&b')');
                pieces.push(Piece::Source { id: &text[i..end], bracketed });
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < bytes.len() {
        pieces.push(Piece::Text(&text[start..]));
    }
    pieces
}

/// The label a source id reads as: "s2 (analysis)", or "s2, analysis" inside
/// the prose's own brackets, so "(s2)" does not become "(s2 (analysis))".
pub fn source_ref_label(store: &Store, id: &str, bracketed: bool) -> String {
    match store.source(id) {
        Some(s) if bracketed => format!("{id}, {}", source_kind_noun(s.kind)),
        Some(s) => format!("{id} ({})", source_kind_noun(s.kind)),
        None => id.to_string(),
    }
}

/// The link's accessible name: starts with the visible label (so speech input
/// can say it) and says where it leads.
pub fn source_ref_name(store: &Store, id: &str, bracketed: bool) -> String {
    format!("{}: {}, in Sources", source_ref_label(store, id, bracketed), store.source_label(id))
}

/// The prose as it reads, every source id replaced by its label (search and
/// plain-text uses).
pub fn as_read(store: &Store, text: &str) -> String {
    split_source_refs(text, |id| store.source(id).is_some())
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.to_string(),
            Piece::Source { id, bracketed } => source_ref_label(store, id, bracketed),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn known(id: &str) -> bool {
        matches!(id, "s0" | "s1" | "s2" | "s3" | "s4")
    }

    #[test]
    fn finds_whole_word_ids_only() {
        let p = split_source_refs("According to s2, the TTP (s0) and s9; bus2, s2a, ls3, s-2, s", known);
        assert_eq!(
            p,
            vec![
                Piece::Text("According to "),
                Piece::Source { id: "s2", bracketed: false },
                Piece::Text(", the TTP ("),
                Piece::Source { id: "s0", bracketed: true },
                Piece::Text(") and s9; bus2, s2a, ls3, s-2, s"),
            ]
        );
        assert_eq!(split_source_refs("s4", known), vec![Piece::Source { id: "s4", bracketed: false }]);
        assert_eq!(split_source_refs("s3’s view", known)[0], Piece::Source { id: "s3", bracketed: false });
        assert_eq!(split_source_refs("", known), vec![]);
        assert_eq!(split_source_refs("five articles (s0–s4)", known), vec![Piece::Text("five articles (s0–s4)")]);
    }

    #[test]
    fn labels_read_in_plain_words() {
        let store = Store::new(serde_json::from_str(crate::DATASET_JSON).unwrap());
        assert_eq!(source_ref_label(&store, "s2", false), "s2 (analysis)");
        assert_eq!(source_ref_label(&store, "s3", true), "s3, opinion piece");
        assert_eq!(as_read(&store, "Founded in 2007 (s2); s3 says so."), "Founded in 2007 (s2, analysis); s3 (opinion piece) says so.");
        assert!(source_ref_name(&store, "s4", false).starts_with("s4 (analysis): s4 · The Defense News"));
        // Every source id the dataset's prose uses is a known source.
        for e in &store.data.events {
            for piece in split_source_refs(&e.summary, |id| id.starts_with('s')) {
                if let Piece::Source { id, .. } = piece {
                    assert!(store.source(id).is_some(), "{}: summary names unknown source {id}", e.id);
                }
            }
        }
    }

    proptest! {
        /// The pieces always join back to the text, and a text piece never holds a known id as a word.
        #[test]
        fn pieces_rejoin(text in "[a-z0-9 (),.s]{0,40}") {
            let pieces = split_source_refs(&text, known);
            let joined: String = pieces.iter().map(|p| match p { Piece::Text(t) => *t, Piece::Source { id, .. } => *id }).collect();
            prop_assert_eq!(joined, text.clone());
            for p in &pieces {
                if let Piece::Text(t) = p {
                    prop_assert!(split_source_refs(t, known).iter().all(|q| matches!(q, Piece::Text(_))) || t.is_empty());
                }
            }
        }
    }
}
