use super::Stat;

#[test]
fn median_min_max() {
    let s = Stat::of(&[3.0, 1.0, 2.0]).unwrap();
    assert_eq!((s.median, s.min, s.max), (2.0, 1.0, 3.0));
    assert_eq!(Stat::of(&[4.0, 1.0, 2.0, 3.0]).unwrap().median, 2.5);
    assert!(Stat::of(&[]).is_none());
    assert_eq!(Stat::of(&[5.0]).unwrap().show(0), "5 (1 run)");
    assert_eq!(Stat::of(&[1.0, 3.0]).unwrap().show(1), "2.0 (1.0–3.0)");
}
