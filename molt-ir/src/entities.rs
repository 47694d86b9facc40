//! Typed `u32` ids for the entities of a function and a module.

macro_rules! entity {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u32);

        impl $name {
            /// The id as an index into its arena.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

entity!(
    /// An SSA value: an instruction result or a block parameter (`v3`).
    ValueId,
    "v"
);
entity!(
    /// A basic block of a function (`b2`).
    BlockId,
    "b"
);
entity!(
    /// A local variable slot of a function (`%1`); slots are not SSA.
    SlotId,
    "%"
);
entity!(
    /// A function of a module (`f0`).
    FuncId,
    "f"
);
entity!(
    /// A constant of the module's pool: strings, big ints, tuples (`c4`).
    ConstId,
    "c"
);
entity!(
    /// A module-level global variable (`g1`).
    GlobalId,
    "g"
);
