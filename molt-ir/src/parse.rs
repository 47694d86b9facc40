//! The reader of the IR text form that `print.rs` writes: `parse(print(m))`
//! prints back to the same text.
//!
//! Instruction mnemonics come from [`Opcode`] and [`TermOpcode`], operand
//! syntax from [`InstKind::syntax`](crate::inst::InstKind::syntax) and [`Terminator::syntax`], the same
//! declarations the printer walks. What the text does not carry is derived:
//! value types from the defining instruction ([`InstKind::result_type`](crate::inst::InstKind::result_type);
//! block parameters are `dyn`), and the module's embedded source is left
//! empty. The reader is lenient where the printer is exact: spaces between
//! tokens and indentation are free, blank lines and lines starting with `;`
//! are skipped, and a missing `@line` means line 0.
//!
//! It rejects text it cannot represent (unknown mnemonics, missing operands,
//! misnumbered entities, a result on an instruction that has none) with a
//! [`ParseError`]; whether the IR is well formed is the verifier's business,
//! so a value used before its definition still reads.
//!
//! ```
//! let text = "module __main__ \"demo.py\"\n\
//!             \n\
//!             function f0 <module>() qualname \"<module>\" line 1\n\
//!             b0:\n  v0 = const.none  @1\n  return v0  @1\n";
//! let m = molt_ir::parse::parse_module(text).unwrap();
//! assert_eq!(molt_ir::print::module_to_string(&m), text);
//! ```

use std::fmt;

use crate::entities::{BlockId, ConstId, FuncId, GlobalId, SlotId, ValueId};
use crate::function::{Block, Function};
use crate::inst::{BlockCall, Inst, OpName, Opcode, OperandSyntax, TermOpcode, Terminator};
use crate::module::{Const, Module};
use crate::types::Type;

/// Value ids above this are rejected, so bad input cannot make the reader
/// allocate without bound (value types are stored densely by id).
const MAX_VALUE_ID: u32 = 1 << 24;

/// Why the text is not IR, and where (1-based line, column in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

impl std::error::Error for ParseError {}

type PResult<T = ()> = Result<T, ParseError>;

/// Reads a whole module.
pub fn parse_module(text: &str) -> PResult<Module> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, line)| Cursor::new(line, i + 1))
        .filter(|c| !c.is_blank_or_comment());
    let Some(mut header) = lines.next() else {
        let line = text.lines().count().max(1);
        return Err(ParseError {
            line,
            col: 1,
            message: "expected `module <name> \"<path>\"`".into(),
        });
    };
    header.keyword("module")?;
    let name = header.name_until(|c| c.is_whitespace(), "a module name")?;
    let path = header.string_utf8()?;
    header.finish()?;
    let mut module = Module::new(name, &path, "");
    let mut func: Option<FunctionReader> = None;
    for mut line in lines {
        if line.at_keyword("function") {
            if let Some(f) = func.take() {
                module.functions.push(f.finish()?);
            }
            func = Some(FunctionReader::header(&mut line, module.functions.len())?);
            continue;
        }
        match &mut func {
            Some(f) => f.line(&mut line)?,
            None if line.at_keyword("const") => {
                let c = read_const(&mut line, module.consts.len())?;
                module.consts.push(c);
            }
            None if line.at_keyword("global") => {
                line.keyword("global")?;
                line.numbered('g', "global", module.globals.len())?;
                let name = line.rest().trim();
                if name.is_empty() {
                    return Err(line.error("expected a global name"));
                }
                module.globals.push(name.to_string());
            }
            None => return Err(line.error("expected `const`, `global` or `function`")),
        }
    }
    if let Some(f) = func.take() {
        module.functions.push(f.finish()?);
    }
    Ok(module)
}

/// `const c3 = str "x"`, `const c4 = bytes "a\x00"`, `const c4 = int 123…`, `const c5 = tuple (c3, c4)`,
/// `const c6 = none`, `const c7 = complex 0x4000000000000000` (the literal `2j`).
fn read_const(line: &mut Cursor, index: usize) -> PResult<Const> {
    line.keyword("const")?;
    line.numbered('c', "constant", index)?;
    line.expect('=')?;
    let at = line.pos_after_spaces();
    let c = match line.word() {
        "str" => Const::Str(line.string()?),
        "bytes" => Const::Bytes(line.bytes()?),
        "int" => {
            line.skip_spaces();
            let start = line.pos;
            line.eat('-');
            let digits = line.take_while(|c| c.is_ascii_digit());
            if digits.is_empty() {
                return Err(line.error("expected the digits of an int constant"));
            }
            Const::BigInt(line.text[start..line.pos].to_string())
        }
        "tuple" => {
            line.expect('(')?;
            let mut items = Vec::new();
            if !line.eat(')') {
                loop {
                    items.push(ConstId(line.entity('c', "a constant")?));
                    if line.eat(')') {
                        break;
                    }
                    line.expect(',')?;
                }
            }
            Const::Tuple(items)
        }
        "none" => Const::None,
        "ellipsis" => Const::Ellipsis,
        "complex" => {
            line.skip_spaces();
            let start = line.pos;
            let bits = line.eat_str("0x").then(|| {
                let hex = line.take_while(|c| c.is_ascii_hexdigit());
                u64::from_str_radix(hex, 16).ok()
            });
            match bits.flatten() {
                Some(b) => Const::Complex(b),
                None => {
                    line.pos = start;
                    return Err(line.error("expected the bits of a complex constant"));
                }
            }
        }
        _ => {
            return Err(line.error_at(
                at,
                "expected `str`, `bytes`, `int`, `tuple`, `none` or `complex`",
            ))
        }
    };
    line.finish()?;
    Ok(c)
}

/// A function being read, block by block.
struct FunctionReader {
    func: Function,
    /// Where each block's header is, for "no terminator" errors.
    headers: Vec<(usize, usize)>,
    /// Whether the last block has its terminator.
    terminated: bool,
    /// The largest value id mentioned anywhere, defined or used.
    max_value: Option<u32>,
    /// The type of each defined value, by id (the first definition wins).
    defined: Vec<Option<Type>>,
}

impl FunctionReader {
    /// `function f1 fib(n) qualname "fib" line 1`.
    fn header(line: &mut Cursor, index: usize) -> PResult<Self> {
        line.keyword("function")?;
        line.numbered('f', "function", index)?;
        let name = line.name_until(|c| c == '(' || c.is_whitespace(), "a function name")?;
        line.expect('(')?;
        let mut params = Vec::new();
        if !line.eat(')') {
            loop {
                let p = line.name_until(
                    |c| c == ',' || c == ')' || c.is_whitespace(),
                    "a parameter name",
                )?;
                params.push(p.to_string());
                if line.eat(')') {
                    break;
                }
                line.expect(',')?;
            }
        }
        line.keyword("qualname")?;
        let qualname = line.string_utf8()?;
        line.keyword("line")?;
        let first_line = line.number::<u32>("a line number")?;
        let is_generator = line.at_keyword("generator");
        if is_generator {
            line.keyword("generator")?;
        }
        line.finish()?;
        Ok(FunctionReader {
            func: Function {
                name: name.to_string(),
                qualname,
                params,
                slots: Vec::new(),
                freevars: Vec::new(),
                blocks: Vec::new(),
                value_types: Vec::new(),
                first_line,
                is_generator,
            },
            headers: Vec::new(),
            terminated: true,
            max_value: None,
            defined: Vec::new(),
        })
    }

    /// One line of the body: `slots`, a block header or an instruction.
    fn line(&mut self, line: &mut Cursor) -> PResult {
        if line.at_keyword("slots") {
            if !self.func.blocks.is_empty() || !self.func.slots.is_empty() {
                return Err(line.error("`slots` comes once, before the first block"));
            }
            line.keyword("slots")?;
            loop {
                line.numbered('%', "slot", self.func.slots.len())?;
                let name = line.name_until(|c| c == ',' || c.is_whitespace(), "a slot name")?;
                self.func.slots.push(name.to_string());
                if !line.eat(',') {
                    break;
                }
            }
            return line.finish();
        }
        if line.at_keyword("free") {
            if !self.func.blocks.is_empty() || !self.func.freevars.is_empty() {
                return Err(line.error("`free` comes once, before the first block"));
            }
            line.keyword("free")?;
            loop {
                let slot = line.entity('%', "a slot")?;
                self.func.freevars.push(SlotId(slot));
                if !line.eat(',') {
                    break;
                }
            }
            return line.finish();
        }
        if line.at_entity('b') {
            return self.block_header(line);
        }
        if self.terminated {
            let message = match self.func.blocks.len() {
                0 => "expected a block header such as `b0:`".to_string(),
                n => format!("b{} already has its terminator", n - 1),
            };
            return Err(line.error(&message));
        }
        self.instruction(line)
    }

    /// `b3(v4, v5) handler b7:`.
    fn block_header(&mut self, line: &mut Cursor) -> PResult {
        self.check_terminated()?;
        let at = line.pos_after_spaces();
        self.headers.push((line.line, line.col_of(at)));
        line.numbered('b', "block", self.func.blocks.len())?;
        let mut params = Vec::new();
        if line.eat('(') {
            self.reader(line).values(&mut params)?;
            line.expect(')')?;
        }
        let handler = if line.at_keyword("handler") {
            line.keyword("handler")?;
            Some(BlockId(line.entity('b', "a block")?))
        } else {
            None
        };
        line.expect(':')?;
        line.finish()?;
        for &p in &params {
            self.define(p, Type::Dyn);
        }
        self.func.blocks.push(Block {
            params,
            insts: Vec::new(),
            terminator: Terminator::Unreachable,
            term_line: 0,
            handler,
        });
        self.terminated = false;
        Ok(())
    }

    /// `v2 = binary add v0, v1  @3` or a terminator such as `return v2  @3`.
    fn instruction(&mut self, line: &mut Cursor) -> PResult {
        let result_at = line.pos_after_spaces();
        let result = if line.at_entity('v') {
            let mut v = ValueId(0);
            self.reader(line).value(&mut v)?;
            line.expect('=')?;
            Some(v)
        } else {
            None
        };
        let mnemonic_at = line.pos_after_spaces();
        let mnemonic = line.word();
        if let Some(op) = TermOpcode::from_name(mnemonic) {
            if result.is_some() {
                return Err(line.error_at(result_at, "a terminator has no result"));
            }
            let mut term = op.template();
            term.syntax(&mut self.reader(line))?;
            let at = line_suffix(line)?;
            line.finish()?;
            let block = self.func.blocks.last_mut().expect("an open block exists");
            block.terminator = term;
            block.term_line = at;
            self.terminated = true;
            return Ok(());
        }
        let Some(op) = Opcode::from_name(mnemonic) else {
            let message = if mnemonic.is_empty() {
                "expected an instruction".to_string()
            } else {
                format!("unknown instruction `{mnemonic}`")
            };
            return Err(line.error_at(mnemonic_at, &message));
        };
        let mut kind = op.template();
        kind.syntax(&mut self.reader(line))?;
        let at = line_suffix(line)?;
        line.finish()?;
        match (result, kind.result_type()) {
            (Some(v), Some(t)) => self.define(v, t),
            (None, None) => {}
            (Some(_), None) => {
                let message = format!("`{mnemonic}` has no result");
                return Err(line.error_at(result_at, &message));
            }
            (None, Some(_)) => {
                let message = format!("`{mnemonic}` needs a result: `vN = {mnemonic} ...`");
                return Err(line.error_at(mnemonic_at, &message));
            }
        }
        let block = self.func.blocks.last_mut().expect("an open block exists");
        block.insts.push(Inst {
            kind,
            result,
            line: at,
        });
        Ok(())
    }

    fn reader<'r, 'a>(&'r mut self, cursor: &'r mut Cursor<'a>) -> OperandReader<'r, 'a> {
        OperandReader {
            cursor,
            max_value: &mut self.max_value,
        }
    }

    fn define(&mut self, v: ValueId, t: Type) {
        if self.defined.len() <= v.index() {
            self.defined.resize(v.index() + 1, None);
        }
        self.defined[v.index()].get_or_insert(t);
    }

    fn check_terminated(&self) -> PResult {
        if self.terminated {
            return Ok(());
        }
        let (line, col) = *self.headers.last().expect("an open block has a header");
        Err(ParseError {
            line,
            col,
            message: format!("b{} has no terminator", self.func.blocks.len() - 1),
        })
    }

    fn finish(mut self) -> PResult<Function> {
        self.check_terminated()?;
        let count = self.max_value.map_or(0, |m| m as usize + 1);
        self.defined.resize(count, None);
        self.func.value_types = self
            .defined
            .into_iter()
            .map(|t| t.unwrap_or(Type::Dyn))
            .collect();
        Ok(self.func)
    }
}

/// The optional `@12` after an instruction: its source line, 0 when absent.
fn line_suffix(line: &mut Cursor) -> PResult<u32> {
    if line.eat('@') {
        line.number("a line number")
    } else {
        Ok(0)
    }
}

/// Reads operands into an instruction template, noting the values it sees.
struct OperandReader<'r, 'a> {
    cursor: &'r mut Cursor<'a>,
    max_value: &'r mut Option<u32>,
}

impl OperandReader<'_, '_> {
    fn at_value(&mut self) -> bool {
        self.cursor.at_entity('v')
    }
}

impl OperandSyntax for OperandReader<'_, '_> {
    type Error = ParseError;

    fn punct(&mut self, text: &'static str) -> PResult {
        let token = text.trim();
        if token.is_empty() {
            Ok(())
        } else if token.chars().all(|c| c.is_ascii_alphabetic()) {
            self.cursor.keyword(token)
        } else {
            token.chars().try_for_each(|c| self.cursor.expect(c))
        }
    }

    fn value(&mut self, v: &mut ValueId) -> PResult {
        let at = self.cursor.pos_after_spaces();
        let id = self.cursor.entity('v', "a value")?;
        if id > MAX_VALUE_ID {
            return Err(self.cursor.error_at(at, "value id too large"));
        }
        *self.max_value = Some(self.max_value.map_or(id, |m| m.max(id)));
        *v = ValueId(id);
        Ok(())
    }

    fn values(&mut self, vs: &mut Vec<ValueId>) -> PResult {
        vs.clear();
        if !self.at_value() {
            return Ok(());
        }
        loop {
            let mut v = ValueId(0);
            self.value(&mut v)?;
            vs.push(v);
            // A comma continues the list only if a value follows it.
            let before_comma = self.cursor.pos;
            if !(self.cursor.eat(',') && self.at_value()) {
                self.cursor.pos = before_comma;
                return Ok(());
            }
        }
    }

    fn slot(&mut self, s: &mut SlotId) -> PResult {
        *s = SlotId(self.cursor.entity('%', "a slot")?);
        Ok(())
    }

    fn global(&mut self, g: &mut GlobalId) -> PResult {
        *g = GlobalId(self.cursor.entity('g', "a global")?);
        Ok(())
    }

    fn constant(&mut self, c: &mut ConstId) -> PResult {
        *c = ConstId(self.cursor.entity('c', "a constant")?);
        Ok(())
    }

    fn function(&mut self, f: &mut FuncId) -> PResult {
        *f = FuncId(self.cursor.entity('f', "a function")?);
        Ok(())
    }

    fn block(&mut self, b: &mut BlockId) -> PResult {
        *b = BlockId(self.cursor.entity('b', "a block")?);
        Ok(())
    }

    fn block_call(&mut self, call: &mut BlockCall) -> PResult {
        self.block(&mut call.block)?;
        call.args.clear();
        if self.cursor.eat('(') {
            self.values(&mut call.args)?;
            self.cursor.expect(')')?;
        }
        Ok(())
    }

    fn int(&mut self, n: &mut i64) -> PResult {
        self.cursor.skip_spaces();
        let start = self.cursor.pos;
        self.cursor.eat('-');
        self.cursor.take_while(|c| c.is_ascii_digit());
        let text = &self.cursor.text[start..self.cursor.pos];
        *n = text.parse().map_err(|_| {
            self.cursor
                .error_at(start, "expected an int in the i64 range")
        })?;
        Ok(())
    }

    fn count(&mut self, n: &mut u32) -> PResult {
        *n = self.cursor.number("a count")?;
        Ok(())
    }

    fn float_bits(&mut self, bits: &mut u64) -> PResult {
        self.cursor.skip_spaces();
        let start = self.cursor.pos;
        let ok = self.cursor.eat_str("0x") && {
            let hex = self.cursor.take_while(|c| c.is_ascii_hexdigit());
            u64::from_str_radix(hex, 16).map(|b| *bits = b).is_ok()
        };
        if ok {
            Ok(())
        } else {
            Err(self
                .cursor
                .error_at(start, "expected float bits such as `0x3ff0000000000000`"))
        }
    }

    fn boolean(&mut self, b: &mut bool) -> PResult {
        let at = self.cursor.pos_after_spaces();
        *b = match self.cursor.word() {
            "true" => true,
            "false" => false,
            _ => return Err(self.cursor.error_at(at, "expected `true` or `false`")),
        };
        Ok(())
    }

    fn op<T: OpName>(&mut self, op: &mut T) -> PResult {
        let at = self.cursor.pos_after_spaces();
        match T::from_name(self.cursor.word()) {
            Some(found) => {
                *op = found;
                Ok(())
            }
            None => {
                let names: Vec<String> = T::ALL.iter().map(|o| format!("`{}`", o.name())).collect();
                let message = format!("expected one of {}", names.join(", "));
                Err(self.cursor.error_at(at, &message))
            }
        }
    }

    fn optional_value(&mut self, prefix: &'static str, v: &mut Option<ValueId>) -> PResult {
        *v = None;
        if self.cursor.try_punct(prefix) {
            let mut value = ValueId(0);
            self.value(&mut value)?;
            *v = Some(value);
        }
        Ok(())
    }

    fn optional_constant(&mut self, prefix: &'static str, c: &mut Option<ConstId>) -> PResult {
        *c = None;
        if self.cursor.try_punct(prefix) {
            let mut konst = ConstId(0);
            self.constant(&mut konst)?;
            *c = Some(konst);
        }
        Ok(())
    }
}

/// A position in one line of the text.
struct Cursor<'a> {
    text: &'a str,
    /// Byte offset into `text`, always on a char boundary.
    pos: usize,
    /// 1-based line number.
    line: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str, line: usize) -> Self {
        Cursor { text, pos: 0, line }
    }

    fn is_blank_or_comment(&self) -> bool {
        let t = self.text.trim_start();
        t.is_empty() || t.starts_with(';')
    }

    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn col_of(&self, pos: usize) -> usize {
        self.text[..pos].chars().count() + 1
    }

    fn error_at(&self, pos: usize, message: &str) -> ParseError {
        ParseError {
            line: self.line,
            col: self.col_of(pos),
            message: message.to_string(),
        }
    }

    /// An error at the next token, naming what was found there.
    fn error(&mut self, message: &str) -> ParseError {
        let at = self.pos_after_spaces();
        let found: String = self
            .rest()
            .chars()
            .take_while(|c| !c.is_whitespace())
            .take(20)
            .collect();
        let found = if found.is_empty() {
            "end of line".to_string()
        } else {
            format!("`{found}`")
        };
        self.error_at(at, &format!("{message}, found {found}"))
    }

    fn skip_spaces(&mut self) {
        self.take_while(|c| c == ' ' || c == '\t');
    }

    fn pos_after_spaces(&mut self) -> usize {
        self.skip_spaces();
        self.pos
    }

    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> &'a str {
        let start = self.pos;
        let len = self.rest().find(|c| !keep(c)).unwrap_or(self.rest().len());
        self.pos += len;
        &self.text[start..self.pos]
    }

    /// Skips spaces and consumes `c` if it comes next.
    fn eat(&mut self, c: char) -> bool {
        self.skip_spaces();
        if self.rest().starts_with(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn eat_str(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: char) -> PResult {
        if self.eat(c) {
            Ok(())
        } else {
            Err(self.error(&format!("expected `{c}`")))
        }
    }

    /// A mnemonic or keyword: letters, digits, `.` and `_`.
    fn word(&mut self) -> &'a str {
        self.skip_spaces();
        self.take_while(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
    }

    /// Whether the next word is `kw` (nothing is consumed).
    fn at_keyword(&mut self, kw: &str) -> bool {
        let save = self.pos;
        let found = self.word() == kw;
        self.pos = save;
        found
    }

    fn keyword(&mut self, kw: &str) -> PResult {
        if self.at_keyword(kw) {
            self.word();
            Ok(())
        } else {
            Err(self.error(&format!("expected `{kw}`")))
        }
    }

    /// Consumes `text` (spaces around it are free; a word must end there).
    fn try_punct(&mut self, text: &str) -> bool {
        let token = text.trim();
        if token.chars().all(|c| c.is_ascii_alphabetic()) {
            let found = self.at_keyword(token);
            if found {
                self.word();
            }
            return found;
        }
        let save = self.pos;
        self.skip_spaces();
        if self.eat_str(token) {
            true
        } else {
            self.pos = save;
            false
        }
    }

    /// Whether an entity such as `v3` comes next (nothing is consumed).
    fn at_entity(&mut self, prefix: char) -> bool {
        let mut chars = self.rest().trim_start_matches([' ', '\t']).chars();
        chars.next() == Some(prefix) && chars.next().is_some_and(|c| c.is_ascii_digit())
    }

    /// An entity id such as `v3`, `%0`, `b12`.
    fn entity(&mut self, prefix: char, what: &str) -> PResult<u32> {
        if !self.at_entity(prefix) {
            return Err(self.error(&format!("expected {what} (`{prefix}0`)")));
        }
        self.eat(prefix);
        self.number(what)
    }

    /// An entity that must have the next number in sequence: `c3` as the
    /// fourth constant.
    fn numbered(&mut self, prefix: char, what: &str, index: usize) -> PResult {
        let at = self.pos_after_spaces();
        let n = self.entity(prefix, &format!("a {what}"))?;
        if n as usize != index {
            let message = format!("expected {prefix}{index}: {what}s are numbered in order");
            return Err(self.error_at(at, &message));
        }
        Ok(())
    }

    /// A decimal number.
    fn number<T: std::str::FromStr>(&mut self, what: &str) -> PResult<T> {
        self.skip_spaces();
        let start = self.pos;
        let digits = self.take_while(|c| c.is_ascii_digit());
        if digits.is_empty() {
            return Err(self.error(&format!("expected {what}")));
        }
        digits
            .parse()
            .map_err(|_| self.error_at(start, &format!("{what} is too large")))
    }

    /// A name running up to `stop`; must not be empty.
    fn name_until(&mut self, stop: impl Fn(char) -> bool, what: &str) -> PResult<&'a str> {
        self.skip_spaces();
        let name = self.take_while(|c| !stop(c));
        if name.is_empty() {
            return Err(self.error(&format!("expected {what}")));
        }
        Ok(name)
    }

    /// A double-quoted string with `\"`, `\\` and `\u{hex}` escapes, as code
    /// points (lone surrogates allowed).
    fn string(&mut self) -> PResult<Vec<u32>> {
        self.skip_spaces();
        let open = self.pos;
        if !self.eat_str("\"") {
            return Err(self.error("expected a string"));
        }
        let mut out = Vec::new();
        loop {
            let at = self.pos;
            let Some(c) = self.rest().chars().next() else {
                return Err(self.error_at(open, "unterminated string"));
            };
            self.pos += c.len_utf8();
            match c {
                '"' => return Ok(out),
                '\\' => {
                    if self.eat_str("\\") {
                        out.push('\\' as u32);
                    } else if self.eat_str("\"") {
                        out.push('"' as u32);
                    } else if self.eat_str("u{") {
                        let hex = self.take_while(|c| c.is_ascii_hexdigit());
                        let code = u32::from_str_radix(hex, 16).ok().filter(|&c| c <= 0x10ffff);
                        match code {
                            Some(code) if hex.len() <= 6 && self.eat_str("}") => out.push(code),
                            _ => return Err(self.error_at(at, "bad `\\u{...}` escape")),
                        }
                    } else {
                        return Err(
                            self.error_at(at, "unknown escape (use `\\\\`, `\\\"` or `\\u{...}`)")
                        );
                    }
                }
                c => out.push(c as u32),
            }
        }
    }

    /// A bytes literal as [`crate::print::quote_bytes`] writes it: printable
    /// ASCII, `\\`, `\"` and `\xNN`.
    fn bytes(&mut self) -> PResult<Vec<u8>> {
        self.skip_spaces();
        let open = self.pos;
        if !self.eat_str("\"") {
            return Err(self.error("expected a bytes literal"));
        }
        let mut out = Vec::new();
        loop {
            let at = self.pos;
            let Some(c) = self.rest().chars().next() else {
                return Err(self.error_at(open, "unterminated bytes literal"));
            };
            self.pos += c.len_utf8();
            match c {
                '"' => return Ok(out),
                '\\' => {
                    if self.eat_str("\\") {
                        out.push(b'\\');
                    } else if self.eat_str("\"") {
                        out.push(b'"');
                    } else if self.eat_str("x") {
                        let rest = self.rest();
                        let byte = rest
                            .get(..2)
                            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
                            .and_then(|h| u8::from_str_radix(h, 16).ok());
                        match byte {
                            Some(b) => {
                                self.pos += 2;
                                out.push(b);
                            }
                            None => return Err(self.error_at(at, "bad `\\xNN` escape")),
                        }
                    } else {
                        return Err(
                            self.error_at(at, "unknown escape (use `\\\\`, `\\\"` or `\\xNN`)")
                        );
                    }
                }
                ' '..='~' => out.push(c as u8),
                _ => return Err(self.error_at(at, "a bytes literal holds only ASCII")),
            }
        }
    }

    /// A string that must be valid UTF-8 (no lone surrogates).
    fn string_utf8(&mut self) -> PResult<String> {
        let at = self.pos_after_spaces();
        let points = self.string()?;
        points
            .into_iter()
            .map(char::from_u32)
            .collect::<Option<String>>()
            .ok_or_else(|| self.error_at(at, "this string cannot hold a lone surrogate"))
    }

    /// Requires the end of the line.
    fn finish(&mut self) -> PResult {
        self.skip_spaces();
        if self.rest().is_empty() {
            Ok(())
        } else {
            Err(self.error("expected the end of the line"))
        }
    }
}
