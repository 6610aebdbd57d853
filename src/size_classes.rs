//! The page's memory allocator: blocks in power-of-two size classes, each class with its own
//! free list, carved from memory the page grows. About 8 KB of code less than the standard
//! library's dlmalloc (3 KB of the first load, which is within its budget by little); the
//! page is single-threaded and allocates thousands of small, short-lived values a render,
//! which size classes serve in a few instructions. A freed block goes back to its class and
//! is reused whole; memory is never returned to the browser (no WebAssembly page ever is).
//! No crate of the field is available offline here; this one is small enough to read whole.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr::null_mut;

/// The smallest block: 16 bytes (two words and the alignment of any value here).
const MIN_CLASS: u32 = 4;
/// Classes up to 2^31 bytes: all of a 32-bit address space there is to give.
const CLASSES: usize = 32;
/// A WebAssembly page.
pub const PAGE: usize = 65_536;

/// Where new memory comes from: `grow(pages)` returns the address of `pages` new pages, or
/// `None` when the browser refuses.
pub type Grow = fn(usize) -> Option<usize>;

/// The allocator's state: a free list per class and the unused rest of the last growth.
pub struct Heap {
    free: [usize; CLASSES],
    next: usize,
    end: usize,
    grow: Grow,
}

/// The class of a layout: the smallest power of two holding its size and its alignment.
/// Every block of class `k` is aligned to `min(2^k, PAGE)`, so any layout of that class fits.
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
    let class = size.checked_next_power_of_two()?.trailing_zeros() as usize;
    (class < CLASSES && layout.align() <= PAGE).then_some(class)
}

impl Heap {
    pub const fn new(grow: Grow) -> Heap {
        Heap {
            free: [0; CLASSES],
            next: 0,
            end: 0,
            grow,
        }
    }

    /// A block for `layout`, or null when memory cannot grow.
    pub fn alloc(&mut self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout) else {
            return null_mut();
        };
        let head = self.free[class];
        if head != 0 {
            // The first word of a free block is the next free block of its class.
            // SAFETY: `head` is a freed block of this class, at least 16 bytes, aligned.
            self.free[class] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        let size = 1usize << class;
        let align = size.min(PAGE);
        let mut start = (self.next + align - 1) & !(align - 1);
        if start < self.next || self.end.saturating_sub(start) < size {
            // Grow by what this block needs (at least 16 pages, to grow rarely).
            let pages = (size.div_ceil(PAGE) + 1).max(16);
            let Some(base) = (self.grow)(pages) else {
                return null_mut();
            };
            if base != self.end {
                self.next = base;
            }
            self.end = base + pages * PAGE;
            start = (self.next + align - 1) & !(align - 1);
            if self.end.saturating_sub(start) < size {
                return null_mut();
            }
        }
        self.next = start + size;
        start as *mut u8
    }

    /// Gives a block back to its class.
    ///
    /// # Safety
    /// `ptr` was returned by [`Heap::alloc`] (or [`Heap::realloc`]) for `layout`'s class and
    /// is not used again.
    pub unsafe fn dealloc(&mut self, ptr: *mut u8, layout: Layout) {
        if let Some(class) = class_of(layout) {
            // SAFETY: the block is ours, at least 16 bytes and aligned to a word.
            unsafe { *(ptr as *mut usize) = self.free[class] };
            self.free[class] = ptr as usize;
        }
    }

    /// The block resized: the same block when the class is the same, else a new one with the
    /// old contents.
    ///
    /// # Safety
    /// As [`Heap::dealloc`]; `new_size`, rounded up to `layout.align()`, does not overflow.
    pub unsafe fn realloc(&mut self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return null_mut();
        };
        if class_of(layout) == class_of(new_layout) {
            return ptr;
        }
        let new = self.alloc(new_layout);
        if !new.is_null() {
            // SAFETY: both blocks are ours, distinct, and hold at least the bytes copied.
            unsafe {
                core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        new
    }
}

/// The global allocator around a [`Heap`]: the page has one thread.
pub struct SizeClasses(UnsafeCell<Heap>);

// SAFETY: WebAssembly without threads runs one thread; the native tests use their own heaps.
unsafe impl Sync for SizeClasses {}

impl SizeClasses {
    pub const fn new(grow: Grow) -> SizeClasses {
        SizeClasses(UnsafeCell::new(Heap::new(grow)))
    }
}

// SAFETY: every method forwards to the one heap, never re-entered (it allocates nothing).
unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { (*self.0.get()).alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { (*self.0.get()).dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe { (*self.0.get()).realloc(ptr, layout, new_size) }
    }
}

/// WebAssembly's own growth: the address of the first new page.
#[cfg(target_arch = "wasm32")]
pub fn grow_memory(pages: usize) -> Option<usize> {
    let previous = core::arch::wasm32::memory_grow(0, pages);
    (previous != usize::MAX).then(|| previous * PAGE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    thread_local! {
        /// The test's "memory": pages leaked from the system allocator, page-aligned.
        static GROWN: Cell<usize> = const { Cell::new(0) };
    }

    fn grow(pages: usize) -> Option<usize> {
        GROWN.with(|grown| grown.set(grown.get() + pages));
        let layout = Layout::from_size_align(pages * PAGE, PAGE).ok()?;
        // SAFETY: a non-zero layout; the memory is never freed (like a wasm page).
        let ptr = unsafe { std::alloc::alloc_zeroed(layout) };
        (!ptr.is_null()).then_some(ptr as usize)
    }

    #[test]
    fn classes_hold_size_and_alignment() {
        let class = |size, align| class_of(Layout::from_size_align(size, align).unwrap());
        assert_eq!(class(1, 1), Some(4));
        assert_eq!(class(16, 8), Some(4));
        assert_eq!(class(17, 1), Some(5));
        assert_eq!(class(8, 64), Some(6));
        assert_eq!(class(PAGE + 1, 8), Some(17));
        assert_eq!(class(8, PAGE * 2), None);
    }

    /// Random allocations, frees and resizes: every block aligned, no two live blocks
    /// overlapping, contents kept across resizes, freed blocks reused.
    #[test]
    fn blocks_are_aligned_disjoint_kept_and_reused() {
        let mut heap = Heap::new(grow);
        let mut rng = fastrand::Rng::with_seed(2026);
        let mut live: Vec<(usize, Layout, u8)> = Vec::new();
        let mut peak = 0usize;
        for step in 0..40_000u32 {
            let choice = rng.u8(..10);
            if choice < 5 || live.is_empty() {
                let size = match rng.u8(..10) {
                    0 => rng.usize(PAGE / 2..PAGE * 3),
                    1..=3 => rng.usize(100..5_000),
                    _ => rng.usize(0..100),
                };
                let align = 1 << rng.u32(0..7);
                let layout = Layout::from_size_align(size, align).unwrap();
                let ptr = heap.alloc(layout);
                assert!(!ptr.is_null());
                assert_eq!(ptr as usize % align, 0, "step {step}");
                let mark = step as u8;
                // SAFETY: the block holds `size` bytes.
                unsafe { std::ptr::write_bytes(ptr, mark, size) };
                live.push((ptr as usize, layout, mark));
            } else if choice < 8 {
                let (ptr, layout, mark) = live.swap_remove(rng.usize(..live.len()));
                // SAFETY: the block was filled with `mark` and is live.
                let bytes = unsafe { std::slice::from_raw_parts(ptr as *const u8, layout.size()) };
                assert!(bytes.iter().all(|b| *b == mark), "step {step}");
                // SAFETY: allocated by this heap for this layout.
                unsafe { heap.dealloc(ptr as *mut u8, layout) };
            } else {
                let at = rng.usize(..live.len());
                let (ptr, layout, mark) = live[at];
                let new_size = rng.usize(0..layout.size() * 3 + 50);
                // SAFETY: allocated by this heap for this layout.
                let new = unsafe { heap.realloc(ptr as *mut u8, layout, new_size) };
                assert!(!new.is_null());
                assert_eq!(new as usize % layout.align(), 0);
                let kept = layout.size().min(new_size);
                // SAFETY: the new block holds at least `kept` bytes copied from the old.
                let bytes = unsafe { std::slice::from_raw_parts(new as *const u8, kept) };
                assert!(bytes.iter().all(|b| *b == mark), "step {step}");
                // SAFETY: the new block holds `new_size` bytes.
                unsafe { std::ptr::write_bytes(new, mark, new_size) };
                live[at] = (
                    new as usize,
                    Layout::from_size_align(new_size, layout.align()).unwrap(),
                    mark,
                );
            }
            let held: usize = live
                .iter()
                .map(|(_, layout, _)| 1 << class_of(*layout).unwrap())
                .sum();
            peak = peak.max(held);
            if step % 997 == 0 {
                let mut spans: Vec<(usize, usize)> = live
                    .iter()
                    .map(|(ptr, layout, _)| (*ptr, *ptr + layout.size().max(1)))
                    .collect();
                spans.sort_unstable();
                assert!(
                    spans.windows(2).all(|w| w[0].1 <= w[1].0),
                    "overlap at step {step}"
                );
            }
        }
        // Freed blocks are reused: the memory grown stays within a small multiple of the most
        // held at once (each growth here is a separate region, so the rest of the last one is
        // left; in a browser the pages follow each other).
        let grown = GROWN.with(Cell::get) * PAGE;
        assert!(
            grown < 3 * peak + (16 << 20),
            "{grown} bytes grown for a peak of {peak}"
        );
    }
}
