//! Words for figures and claims, shared by the timeline and the ledger.

use super::model::{Figure, Measure, Qualifier, Subject};

fn subject_noun(s: Subject, one: bool) -> &'static str {
    match (s, one) {
        (Subject::Civilians, false) => "civilians",
        (Subject::Civilians, true) => "civilian",
        (Subject::Children, false) => "children",
        (Subject::Children, true) => "child",
        (Subject::SecurityForces, false) => "security personnel",
        (Subject::SecurityForces, true) => "member of the security forces",
        (Subject::Militants, false) => "militants",
        (Subject::Militants, true) => "militant",
        (Subject::People, false) => "people",
        (Subject::People, true) => "person",
        (Subject::Posts, false) => "posts",
        (Subject::Posts, true) => "post",
        (Subject::Other, false) => "others",
        (Subject::Other, true) => "other",
    }
}

/// The number with its qualifier: "at least 20", "10–12", "about 5".
pub fn amount_text(f: &Figure) -> String {
    match (f.qualifier, f.upper) {
        (Qualifier::Exact, _) => f.count.to_string(),
        (Qualifier::AtLeast, _) => format!("at least {}", f.count),
        (Qualifier::Approximately, _) => format!("about {}", f.count),
        (Qualifier::UpTo, _) => format!("up to {}", f.count),
        (Qualifier::Range, Some(u)) => format!("{}–{}", f.count, u),
        (Qualifier::Range, None) => format!("at least {}", f.count),
    }
}

/// A figure as a phrase: "at least 20 militants killed", "10–12 civilians injured",
/// "3 attacks on posts".
pub fn figure_text(f: &Figure) -> String {
    let amount = amount_text(f);
    let one = f.count == 1 && f.upper.is_none() && matches!(f.qualifier, Qualifier::Exact);
    let noun = subject_noun(f.subject, one);
    match f.measure {
        Measure::Killed => format!("{amount} {noun} killed"),
        Measure::Injured => format!("{amount} {noun} injured"),
        Measure::Captured => format!("{amount} {noun} captured"),
        Measure::Displaced => format!("{amount} {noun} displaced"),
        Measure::Attacks => {
            let attacks = if one { "attack" } else { "attacks" };
            match f.subject {
                Subject::Other => format!("{amount} {attacks}"),
                s => format!("{amount} {attacks} on {}", subject_noun(s, false)),
            }
        }
        Measure::Other => format!("{amount} {noun}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(count: u32, upper: Option<u32>, qualifier: Qualifier, measure: Measure, subject: Subject) -> Figure {
        Figure { count, upper, qualifier, measure, subject }
    }

    #[test]
    fn reads_naturally() {
        assert_eq!(figure_text(&fig(20, None, Qualifier::AtLeast, Measure::Killed, Subject::Militants)), "at least 20 militants killed");
        assert_eq!(figure_text(&fig(10, Some(12), Qualifier::Range, Measure::Injured, Subject::Civilians)), "10–12 civilians injured");
        assert_eq!(figure_text(&fig(1, None, Qualifier::Exact, Measure::Killed, Subject::Children)), "1 child killed");
        assert_eq!(figure_text(&fig(9, None, Qualifier::Exact, Measure::Attacks, Subject::Other)), "9 attacks");
    }

    #[test]
    fn formats_figures() {
        use Measure::*;
        use Qualifier::*;
        use Subject::*;
        assert_eq!(figure_text(&fig(20, None, AtLeast, Killed, Militants)), "at least 20 militants killed");
        assert_eq!(figure_text(&fig(10, Some(12), Range, Killed, Civilians)), "10–12 civilians killed");
        assert_eq!(figure_text(&fig(1, None, Exact, Killed, Children)), "1 child killed");
        assert_eq!(figure_text(&fig(12, None, Exact, Injured, People)), "12 people injured");
        assert_eq!(figure_text(&fig(600, None, Approximately, Killed, SecurityForces)), "about 600 security personnel killed");
        assert_eq!(figure_text(&fig(5, None, UpTo, Captured, Posts)), "up to 5 posts captured");
        assert_eq!(figure_text(&fig(3, None, Exact, Attacks, Posts)), "3 attacks on posts");
        assert_eq!(figure_text(&fig(1, None, Exact, Attacks, Subject::Other)), "1 attack");
        assert_eq!(amount_text(&fig(10, Some(12), Range, Killed, Civilians)), "10–12");
    }
}
