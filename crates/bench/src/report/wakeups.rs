//! "Wake-ups while idle, by thread": whose wake-ups an idle Tether has beside the floor's
//! (issue 25 item 1), so a residual above the floor is attributed rather than guessed.

use std::fmt::Write as _;

use super::Stat;

/// The section, when both were measured idle.
pub fn markdown(w: &mut String, tether: &[(String, Stat)], floor: &[(String, Stat)]) {
    if tether.is_empty() || floor.is_empty() {
        return;
    }
    let _ = writeln!(
        w,
        "\nWake-ups while idle by thread (median over the runs; threads of one name summed, e.g. a pool's workers; the app process is `tether` or `floor`):\n\n| Thread | Tether | Floor |\n|---|---|---|"
    );
    for (name, t, f) in rows(tether, floor) {
        let _ = writeln!(w, "| `{name}` | {t} | {f} |");
    }
}

/// (name, Tether's, floor's) for every thread that woke up in either, Tether's busiest first.
fn rows(tether: &[(String, Stat)], floor: &[(String, Stat)]) -> Vec<(String, String, String)> {
    let median = |list: &[(String, Stat)], name: &str| {
        list.iter()
            .find(|(n, _)| n == name)
            .map_or(0.0, |(_, s)| s.median)
    };
    let mut names: Vec<&String> = tether.iter().chain(floor).map(|(n, _)| n).collect();
    names.sort();
    names.dedup();
    names.retain(|n| median(tether, n) >= 1.0 || median(floor, n) >= 1.0);
    names.sort_by(|a, b| {
        median(tether, b)
            .total_cmp(&median(tether, a))
            .then(median(floor, b).total_cmp(&median(floor, a)))
    });
    let show = |list: &[(String, Stat)], name: &str| {
        list.iter()
            .find(|(n, _)| n == name)
            .map_or_else(|| "—".to_owned(), |(_, s)| s.show(0))
    };
    names
        .into_iter()
        .map(|n| (n.clone(), show(tether, n), show(floor, n)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stat(v: f64) -> Stat {
        Stat::of(&[v]).unwrap()
    }

    #[test]
    fn threads_are_listed_busiest_first_beside_the_floor() {
        let tether = vec![
            ("tether: tether".to_owned(), stat(13.0)),
            ("tether: tokio-rt-worker".to_owned(), stat(14.0)),
            ("WebKitWebProces: WebKitWebProces".to_owned(), stat(9.0)),
            ("tether: sqlx-sqlite-wor".to_owned(), stat(0.0)),
        ];
        let floor = vec![
            ("floor: floor".to_owned(), stat(14.0)),
            ("WebKitWebProces: WebKitWebProces".to_owned(), stat(6.0)),
        ];
        let names: Vec<(String, String, String)> = rows(&tether, &floor);
        assert_eq!(
            names.iter().map(|(n, ..)| n.as_str()).collect::<Vec<_>>(),
            [
                "tether: tokio-rt-worker",
                "tether: tether",
                "WebKitWebProces: WebKitWebProces",
                "floor: floor",
            ],
            "a thread that never woke is left out"
        );
        assert_eq!(
            names[2].2, "6 (1 run)",
            "the floor's figure sits beside Tether's"
        );
        assert_eq!(names[3].1, "—", "a thread Tether does not have");
    }
}
