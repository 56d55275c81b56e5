//! What the erasure rules write down besides the truth of each ground and exception: the
//! reasons and questions of an explained decision, or, for an allocation-free verdict,
//! only whether there were any.
//!
//! The rules are written once, over a [`Mode`]. Every reason and question is handed over as a
//! closure, so a verdict never builds one; and since a verdict keeps whether a list is empty,
//! a rule that turns on "is anything asked?" answers the same in both modes.

use super::ErasureReason;
use crate::assess::OpenQuestion;

/// Reasons or questions as the rules collect them.
pub(super) trait Notes<T>: Default + Clone {
    /// A list of one.
    fn one(item: impl FnOnce() -> T) -> Self {
        let mut notes = Self::default();
        notes.push(item);
        notes
    }
    fn push(&mut self, item: impl FnOnce() -> T);
    /// Adds `item` unless one about the same thing is there (for questions: the same field,
    /// since one answer settles both).
    fn push_once(&mut self, item: impl FnOnce() -> T);
    fn insert_first(&mut self, item: impl FnOnce() -> T);
    fn append(&mut self, other: Self);
    /// Appends each, as [`Notes::push_once`].
    fn append_once(&mut self, other: Self);
    fn is_empty(&self) -> bool;
    /// Writes what `write` adds, which must add something: a verdict only notes that
    /// something was written, and never runs `write`.
    fn write_with(&mut self, write: impl FnOnce(&mut Self));
    /// The first item alone.
    fn first_only(&self) -> Self;
    /// Hands each item over, in order.
    fn each(&self, f: impl FnMut(T));
}

/// Where an item's reasons are said, in order: the rules assemble them from the reasons of
/// their findings straight into the caller's list, rather than into a list of their own.
pub(super) trait Told<'a, R> {
    fn push(&mut self, reason: impl FnOnce() -> ErasureReason<'a>);
    /// Says each of `reasons`.
    fn take(&mut self, reasons: &R);
    /// Says each of `reasons` not yet said of this item.
    fn take_new(&mut self, reasons: &R);
}

/// The reasons of one item, at the end of a list that may hold other items' before them.
pub(super) struct Segment<'v, 'a> {
    out: &'v mut Vec<ErasureReason<'a>>,
    start: usize,
}

impl<'v, 'a> Segment<'v, 'a> {
    /// The item's reasons follow what `out` holds.
    pub(super) fn after(out: &'v mut Vec<ErasureReason<'a>>) -> Self {
        let start = out.len();
        Segment { out, start }
    }
}

impl<'a, R: Notes<ErasureReason<'a>>> Told<'a, R> for Segment<'_, 'a> {
    fn push(&mut self, reason: impl FnOnce() -> ErasureReason<'a>) {
        self.out.push(reason());
    }
    fn take(&mut self, reasons: &R) {
        reasons.each(|reason| self.out.push(reason));
    }
    fn take_new(&mut self, reasons: &R) {
        reasons.each(|reason| {
            let said = self.out.get(self.start..).unwrap_or_default();
            if !said.iter().any(|there| there.same_as(&reason)) {
                self.out.push(reason);
            }
        });
    }
}

/// Reasons nobody hears: a verdict decides without them, so telling them is no work at all.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Unsaid;

impl<'a> Told<'a, Silent> for Unsaid {
    fn push(&mut self, _: impl FnOnce() -> ErasureReason<'a>) {}
    fn take(&mut self, _: &Silent) {}
    fn take_new(&mut self, _: &Silent) {}
}

/// How the rules run: explaining or only deciding.
pub(super) trait Mode {
    type Reasons<'a>: Notes<ErasureReason<'a>>;
    type Questions: Notes<OpenQuestion>;
}

/// The rules explain themselves: reasons and questions are built.
pub(super) struct Explain;

/// The rules explain an answer that asks nothing: reasons are written (in place, see [`Few`]),
/// questions only noted.
/// For an item a verdict has found to need no question, it gives the reasons [`Explain`]
/// would, without building the questions of findings the verdict did not turn on.
pub(super) struct Answered;

/// The rules decide only: nothing is built, nothing allocated.
pub(super) struct Decide;

impl Mode for Explain {
    type Reasons<'a> = Vec<ErasureReason<'a>>;
    type Questions = Vec<OpenQuestion>;
}

impl Mode for Answered {
    type Reasons<'a> = Few<ErasureReason<'a>>;
    type Questions = Silent;
}

impl Mode for Decide {
    type Reasons<'a> = Silent;
    type Questions = Silent;
}

/// Whether anything would have been written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Silent(bool);

impl Silent {
    /// Whether anything was written.
    pub(super) fn written(self) -> bool {
        self.0
    }
}

impl<T> Notes<T> for Silent {
    fn push(&mut self, _: impl FnOnce() -> T) {
        self.0 = true;
    }
    fn push_once(&mut self, _: impl FnOnce() -> T) {
        self.0 = true;
    }
    fn insert_first(&mut self, _: impl FnOnce() -> T) {
        self.0 = true;
    }
    fn append(&mut self, other: Self) {
        self.0 |= other.0;
    }
    fn append_once(&mut self, other: Self) {
        self.0 |= other.0;
    }
    fn is_empty(&self) -> bool {
        !self.0
    }
    fn write_with(&mut self, _: impl FnOnce(&mut Self)) {
        self.0 = true;
    }
    fn first_only(&self) -> Self {
        *self
    }
    fn each(&self, _: impl FnMut(T)) {}
}

/// When two notes say the same thing, so that [`Notes::push_once`] keeps one.
pub(super) trait Note {
    fn same_as(&self, other: &Self) -> bool;
}

impl Note for ErasureReason<'_> {
    fn same_as(&self, other: &Self) -> bool {
        self == other
    }
}

impl Note for OpenQuestion {
    /// One answer settles both: the same field.
    fn same_as(&self, other: &Self) -> bool {
        self.field == other.field
    }
}

impl<T: Note + Clone> Notes<T> for Vec<T> {
    fn push(&mut self, item: impl FnOnce() -> T) {
        Vec::push(self, item());
    }
    fn push_once(&mut self, item: impl FnOnce() -> T) {
        let item = item();
        if !self.iter().any(|there| there.same_as(&item)) {
            Vec::push(self, item);
        }
    }
    fn insert_first(&mut self, item: impl FnOnce() -> T) {
        self.insert(0, item());
    }
    fn append(&mut self, mut other: Self) {
        Vec::append(self, &mut other);
    }
    fn append_once(&mut self, other: Self) {
        for item in other {
            Notes::push_once(self, || item);
        }
    }
    fn is_empty(&self) -> bool {
        Vec::is_empty(self)
    }
    fn write_with(&mut self, write: impl FnOnce(&mut Self)) {
        write(self);
    }
    fn first_only(&self) -> Self {
        self.first().cloned().into_iter().collect()
    }
    fn each(&self, f: impl FnMut(T)) {
        self.iter().cloned().for_each(f);
    }
}

/// How many notes [`Few`] keeps in place.
const FEW: usize = 2;

/// Notes kept by value: the first [`FEW`] in place, any more on the heap. A finding has one or
/// two reasons (the item's list is [`Told`] to the caller's buffer), so explaining an item
/// that asks nothing seldom allocates.
#[derive(Debug, Clone)]
pub(super) struct Few<T> {
    inline: [Option<T>; FEW],
    len: usize,
    more: Vec<T>,
}

impl<T: Copy> Few<T> {
    /// The notes, in the order written.
    pub(super) fn iter(&self) -> impl Iterator<Item = T> + '_ {
        self.inline.iter().flatten().chain(&self.more).copied()
    }

    fn put(&mut self, item: T) {
        match self.inline.get_mut(self.len) {
            Some(slot) => {
                *slot = Some(item);
                self.len += 1;
            }
            None => self.more.push(item),
        }
    }
}

impl<T> Default for Few<T> {
    fn default() -> Self {
        Few {
            inline: [const { None }; FEW],
            len: 0,
            more: Vec::new(),
        }
    }
}

impl<T: Copy> FromIterator<T> for Few<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut few = Few::default();
        for item in iter {
            few.put(item);
        }
        few
    }
}

impl<T: Note + Copy> Notes<T> for Few<T> {
    fn push(&mut self, item: impl FnOnce() -> T) {
        self.put(item());
    }
    fn push_once(&mut self, item: impl FnOnce() -> T) {
        let item = item();
        if !self.iter().any(|there| there.same_as(&item)) {
            self.put(item);
        }
    }
    fn insert_first(&mut self, item: impl FnOnce() -> T) {
        *self = std::iter::once(item()).chain(self.iter()).collect();
    }
    fn append(&mut self, other: Self) {
        for item in other.iter() {
            self.put(item);
        }
    }
    fn append_once(&mut self, other: Self) {
        for item in other.iter() {
            Notes::push_once(self, || item);
        }
    }
    fn is_empty(&self) -> bool {
        self.len == 0
    }
    fn write_with(&mut self, write: impl FnOnce(&mut Self)) {
        write(self);
    }
    fn first_only(&self) -> Self {
        self.iter().take(1).collect()
    }
    fn each(&self, f: impl FnMut(T)) {
        self.iter().for_each(f);
    }
}
