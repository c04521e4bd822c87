//! Sorting through one copy of the standard library's sort.
//!
//! Each `sort_by` with a new element type or closure compiles a fresh copy of the
//! sort (about 3 KB of wasm each); ten of them came to about 30 KB. Here every
//! sort orders indices with a `dyn` comparator, so the sort code exists once.

use std::cmp::Ordering;

/// Stable sort of indices with a comparator.
#[inline(never)]
pub fn sort_indices(v: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    v.sort_by(|a, b| cmp(*a, *b));
}

/// Stable sort of `v` by `cmp`.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_indices(&mut order, &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `v` and removes repeats.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
    v.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn matches_std_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = v.clone();
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn sort_dedup_matches_std(v in proptest::collection::vec(any::<u8>(), 0..200)) {
            let mut ours = v.clone();
            sort_dedup(&mut ours);
            let mut std = v;
            std.sort();
            std.dedup();
            prop_assert_eq!(ours, std);
        }
    }
}
