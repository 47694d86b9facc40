//! A module: its functions, constant pool and global variables.

use crate::entities::{ConstId, FuncId, GlobalId};
use crate::function::Function;

/// A constant of the module pool; the runtime makes each one immortal at start-up.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Const {
    /// A str, as a sequence of code points (lone surrogates allowed).
    Str(Vec<u32>),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// An int too large for the inline representation, in decimal.
    BigInt(String),
    /// A tuple of other constants.
    Tuple(Vec<ConstId>),
    /// `None` (inside constant tuples).
    None,
    /// `...` (`Ellipsis`).
    Ellipsis,
    /// An imaginary literal such as `2j`: a complex whose real part is `+0.0`,
    /// held as the IEEE-754 bits of its imaginary part.
    Complex(u64),
}

/// A compiled module. `functions[0]` is the module body.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub name: String,
    /// The path of the source as given on the command line.
    pub path: String,
    /// The whole source text, embedded for tracebacks.
    pub source: String,
    pub functions: Vec<Function>,
    pub consts: Vec<Const>,
    /// Names of the global variables, indexed by `GlobalId`.
    pub globals: Vec<String>,
}

impl Module {
    /// An empty module.
    pub fn new(name: &str, path: &str, source: &str) -> Self {
        Module {
            name: name.to_string(),
            path: path.to_string(),
            source: source.to_string(),
            functions: Vec::new(),
            consts: Vec::new(),
            globals: Vec::new(),
        }
    }

    /// The id of a constant, adding it to the pool if new.
    pub fn constant(&mut self, c: Const) -> ConstId {
        if let Some(i) = self.consts.iter().position(|x| *x == c) {
            return ConstId(i as u32);
        }
        self.consts.push(c);
        ConstId(self.consts.len() as u32 - 1)
    }

    /// The id of a str constant.
    pub fn str_const(&mut self, s: &str) -> ConstId {
        self.constant(Const::Str(s.chars().map(|c| c as u32).collect()))
    }

    /// The id of a global, adding it if new.
    pub fn global(&mut self, name: &str) -> GlobalId {
        if let Some(i) = self.globals.iter().position(|g| g == name) {
            return GlobalId(i as u32);
        }
        self.globals.push(name.to_string());
        GlobalId(self.globals.len() as u32 - 1)
    }

    /// Adds a function and returns its id.
    pub fn add_function(&mut self, f: Function) -> FuncId {
        self.functions.push(f);
        FuncId(self.functions.len() as u32 - 1)
    }

    /// Reserves a function id, to be filled with [`Module::set_function`].
    pub fn reserve_function(&mut self, name: &str) -> FuncId {
        self.add_function(Function {
            name: name.to_string(),
            qualname: name.to_string(),
            params: Vec::new(),
            slots: Vec::new(),
            freevars: Vec::new(),
            blocks: Vec::new(),
            value_types: Vec::new(),
            first_line: 0,
            is_generator: false,
        })
    }

    /// Fills a reserved function.
    pub fn set_function(&mut self, id: FuncId, f: Function) {
        self.functions[id.index()] = f;
    }
}
