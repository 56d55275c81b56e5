//! Ids resolved once: an open-addressing table from an id to the position of its first entry
//! in a list of the policy, and whether the id is declared more than once.

/// A slot of the table: the id's key and the position of its first entry, plus one.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    key: Key,
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

/// What a slot knows of an id: its hash, its length, and its first sixteen bytes packed in a
/// number. Two ids of at most sixteen bytes are the same exactly when their keys are, so
/// short ids (most are) are compared without reading the policy's strings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Key {
    hash: u64,
    len: usize,
    packed: u128,
}

/// The longest id a key holds whole.
const PACKED: usize = 16;

impl Key {
    /// FNV-1a over the bytes, then a multiply to spread short ids over the high bits too.
    /// Ids are the policy author's, not an attacker's: collisions cost a probe, never an
    /// answer.
    #[inline(always)]
    fn of(id: &str) -> Key {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut packed = 0u128;
        for (i, b) in id.bytes().enumerate() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
            if i < PACKED {
                packed |= u128::from(b) << (8 * i);
            }
        }
        Key {
            hash: (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9),
            len: id.len(),
            packed,
        }
    }

    /// Whether this key, of `id`, is that of `other`, whose string `other_id` gives only if
    /// the key cannot tell.
    #[inline(always)]
    fn names<'a>(&self, other: &Key, id: &str, other_id: impl FnOnce() -> Option<&'a str>) -> bool {
        self == other && (self.len <= PACKED || other_id() == Some(id))
    }
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
            let key = Key::of(id);
            let mut at = (key.hash as usize) & index.mask;
            while let Some(slot) = index.slots.get_mut(at) {
                if slot.first == 0 {
                    *slot = Slot {
                        key,
                        first: u32::try_from(position + 1).unwrap_or(u32::MAX),
                        repeated: false,
                    };
                    break;
                }
                let first = slot.first as usize - 1;
                let same = key.names(&slot.key, id, || list.get(first).copied());
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
    #[inline(always)]
    pub(crate) fn find<'a>(
        &self,
        id: &str,
        id_at: impl Fn(usize) -> Option<&'a str>,
    ) -> Option<Found> {
        let key = Key::of(id);
        let mut at = (key.hash as usize) & self.mask;
        loop {
            let slot = self.slots.get(at)?;
            if slot.first == 0 {
                return None;
            }
            let first = slot.first as usize - 1;
            if key.names(&slot.key, id, || id_at(first)) {
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
    fn long_ids_and_ids_that_differ_past_sixteen_bytes_are_told_apart() {
        let ids = [
            "processor-in-the-netherlands-a",
            "processor-in-the-netherlands-b",
            "processor-in-the",
            "processor-in-the\0",
            "",
        ];
        let index = IdIndex::new(ids.iter().copied());
        let at = |i: usize| ids.get(i).copied();
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(index.find(id, at).map(|f| f.first), Some(i), "{id:?}");
        }
        assert_eq!(index.find("processor-in-the-netherlands-c", at), None);
        assert_eq!(index.find("processor-in-th", at), None);
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
