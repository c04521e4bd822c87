//! Words for figures and claims, shared by the timeline and the ledger.

use super::model::{Figure, Measure, Qualifier, Subject};

fn subject_word(s: Subject, count: u32) -> &'static str {
    let one = count == 1;
    match s {
        Subject::Civilians => if one { "civilian" } else { "civilians" },
        Subject::Children => if one { "child" } else { "children" },
        Subject::SecurityForces => if one { "member of the security forces" } else { "security personnel" },
        Subject::Militants => if one { "militant" } else { "militants" },
        Subject::People => if one { "person" } else { "people" },
        Subject::Posts => if one { "post" } else { "posts" },
        Subject::Other => "",
    }
}

fn measure_word(m: Measure) -> &'static str {
    match m {
        Measure::Killed => "killed",
        Measure::Injured => "injured",
        Measure::Captured => "captured",
        Measure::Displaced => "displaced",
        Measure::Attacks => "attacks",
        Measure::Other => "",
    }
}

/// "at least 20 militants killed", "10–12 civilians injured".
pub fn figure_text(f: &Figure) -> String {
    let number = match (f.qualifier, f.upper) {
        (Qualifier::Range, Some(u)) => format!("{}–{}", f.count, u),
        (Qualifier::AtLeast, _) => format!("at least {}", f.count),
        (Qualifier::Approximately, _) => format!("about {}", f.count),
        (Qualifier::UpTo, _) => format!("up to {}", f.count),
        _ => f.count.to_string(),
    };
    let subject = subject_word(f.subject, f.upper.unwrap_or(f.count));
    let measure = measure_word(f.measure);
    [number.as_str(), subject, measure].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ")
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
}
