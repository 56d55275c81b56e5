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
    /// The id's bytes read a word at a time, then mixed by multiplication. Ids are the policy
    /// author's, not an attacker's: collisions cost a probe, never an answer.
    #[inline(always)]
    fn of(id: &str) -> Key {
        let bytes = id.as_bytes();
        let len = bytes.len();
        let packed = pack(bytes);
        let mut h = mix(
            packed as u64 ^ 0x243f_6a88_85a3_08d3,
            (packed >> 64) as u64 ^ len as u64,
        );
        // Past the sixteen bytes the key holds, the rest goes into the hash eight at a time.
        if let Some(rest) = bytes.get(PACKED..) {
            for chunk in rest.chunks(8) {
                h = mix(h, word(chunk) ^ 0x1319_8a2e_0370_7344);
            }
        }
        Key {
            hash: h,
            len,
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

/// Two words mixed into one: the halves of their 128-bit product, folded.
#[inline(always)]
fn mix(a: u64, b: u64) -> u64 {
    let product =
        u128::from(a ^ 0xa409_3822_299f_31d0).wrapping_mul(u128::from(b ^ 0x082e_fa98_ec4e_6c89));
    (product as u64) ^ ((product >> 64) as u64)
}

/// The first sixteen bytes of `bytes` as a little-endian number, zero beyond the end. Read as
/// two words that may overlap, so that no length needs a copy of its own.
#[inline(always)]
fn pack(bytes: &[u8]) -> u128 {
    let len = bytes.len();
    if len >= 8 {
        let low = u64_at(bytes, 0);
        let high = if len >= PACKED {
            u64_at(bytes, 8)
        } else {
            // The last eight bytes, shifted down past the ones `low` already holds.
            u64_at(bytes, len - 8) >> (8 * (PACKED - len) - 1) >> 1
        };
        u128::from(low) | u128::from(high) << 64
    } else {
        u128::from(word(bytes))
    }
}

/// Up to eight bytes as a little-endian number, zero beyond the end.
#[inline(always)]
fn word(bytes: &[u8]) -> u64 {
    let len = bytes.len();
    if len >= 8 {
        u64_at(bytes, 0)
    } else if len >= 4 {
        let low = u64::from(u32_at(bytes, 0));
        let high = u64::from(u32_at(bytes, len - 4)) >> (8 * (8 - len));
        low | high << 32
    } else {
        bytes
            .iter()
            .enumerate()
            .fold(0, |w, (i, b)| w | u64::from(*b) << (8 * i))
    }
}

/// The `N` bytes at `at`, zero where `bytes` ends first (the callers never let it).
#[inline(always)]
fn bytes_at<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
    bytes
        .get(at..at + N)
        .and_then(|b| b.try_into().ok())
        .unwrap_or([0; N])
}

#[inline(always)]
fn u64_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes_at(bytes, at))
}

#[inline(always)]
fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes_at(bytes, at))
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
    fn a_key_packs_every_byte_of_ids_up_to_sixteen_bytes_in_order() {
        let text = b"abcdefghijklmnopqrstuvwxyz";
        for len in 0..=text.len() {
            let id = std::str::from_utf8(&text[..len]).unwrap();
            let mut expected = 0u128;
            for (i, b) in text[..len.min(PACKED)].iter().enumerate() {
                expected |= u128::from(*b) << (8 * i);
            }
            assert_eq!(Key::of(id).packed, expected, "{id:?}");
            assert_eq!(Key::of(id).len, len);
        }
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
