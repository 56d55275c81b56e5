//! Ids resolved once: an open-addressing table from an id to the position of its first entry
//! in a list of the policy, and whether the id is declared more than once.

/// A slot of the table: the id's hash and the position of its first entry, plus one.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    hash: u64,
    /// Zero for an empty slot; otherwise the position of the first entry with the id, plus
    /// one.
    first: u32,
    /// Whether a later entry has the same id.
    repeated: bool,
}

/// Where an id is in one list of the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// The position of the first entry with the id (the one `Policy::recipient` returns).
    pub(crate) first: usize,
    /// Whether another entry has the same id.
    pub(crate) repeated: bool,
}

/// The positions of the ids of one list.
#[derive(Debug, Clone, Default)]
pub(crate) struct IdIndex {
    slots: Vec<Slot>,
    mask: usize,
}

/// FNV-1a over the bytes, then a multiply to spread short ids over the high bits too. Ids
/// are the policy author's, not an attacker's: collisions cost a probe, never an answer.
fn hash(id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9)
}

impl IdIndex {
    /// The index of `ids`, in the order of the list.
    pub(crate) fn new<'a>(ids: impl Iterator<Item = &'a str>) -> IdIndex {
        let list: Vec<&str> = ids.collect();
        let size = (list.len() * 2).max(8).next_power_of_two();
        let mut index = IdIndex {
            slots: vec![Slot::default(); size],
            mask: size - 1,
        };
        for (position, id) in list.iter().enumerate() {
            let h = hash(id);
            let mut at = (h as usize) & index.mask;
            while let Some(slot) = index.slots.get_mut(at) {
                if slot.first == 0 {
                    *slot = Slot {
                        hash: h,
                        first: u32::try_from(position + 1).unwrap_or(u32::MAX),
                        repeated: false,
                    };
                    break;
                }
                let same = slot.hash == h
                    && list
                        .get(slot.first as usize - 1)
                        .is_some_and(|other| other == id);
                if same {
                    slot.repeated = true;
                    break;
                }
                at = (at + 1) & index.mask;
            }
        }
        index
    }

    /// Where `id` is, given the list's ids by position.
    #[inline]
    pub(crate) fn find<'a>(
        &self,
        id: &str,
        id_at: impl Fn(usize) -> Option<&'a str>,
    ) -> Option<Found> {
        let h = hash(id);
        let mut at = (h as usize) & self.mask;
        loop {
            let slot = self.slots.get(at)?;
            if slot.first == 0 {
                return None;
            }
            let first = slot.first as usize - 1;
            if slot.hash == h && id_at(first) == Some(id) {
                return Some(Found {
                    first,
                    repeated: slot.repeated,
                });
            }
            at = (at + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_of_repeated_ids_and_nothing_for_unknown_ones() {
        let ids = ["a", "b", "a", "c"];
        let index = IdIndex::new(ids.iter().copied());
        let at = |i: usize| ids.get(i).copied();
        assert_eq!(
            index.find("a", at),
            Some(Found {
                first: 0,
                repeated: true
            })
        );
        assert_eq!(
            index.find("c", at),
            Some(Found {
                first: 3,
                repeated: false
            })
        );
        assert_eq!(index.find("d", at), None);
        assert_eq!(IdIndex::new(std::iter::empty()).find("a", at), None);
    }

    #[test]
    fn many_ids_each_find_their_position() {
        let ids: Vec<String> = (0..5000).map(|i| format!("r{i}")).collect();
        let index = IdIndex::new(ids.iter().map(String::as_str));
        for (i, id) in ids.iter().enumerate() {
            let found = index.find(id, |p| ids.get(p).map(String::as_str)).unwrap();
            assert_eq!(found.first, i);
        }
    }
}
