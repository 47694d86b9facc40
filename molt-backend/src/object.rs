//! Writing a module as an object file: one Cranelift function per IR
//! function, the data objects (blob, constants, globals, module handle) and
//! the C `main` entry.

use cranelift_codegen::ir::{types, AbiParam, InstBuilder, UserFuncName};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, Linkage, Module as _};
use cranelift_object::{ObjectBuilder, ObjectModule};
use molt_ir::abi;
use molt_ir::module::{Const, Module};

use crate::codegen::{self, Env};

/// Compiles a module to the bytes of an object file for the host.
pub fn compile_module(m: &Module) -> Result<Vec<u8>, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
    flags.set("is_pic", "false").map_err(|e| e.to_string())?;
    let isa = cranelift_native::builder()
        .map_err(|e| e.to_string())?
        .finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())?;
    let builder = ObjectBuilder::new(
        isa,
        "molt_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| e.to_string())?;
    let mut obj = ObjectModule::new(builder);
    let ptr = obj.target_config().pointer_type();

    // Runtime imports, declared from the ABI table.
    let mut imports = Vec::new();
    for f in abi::FUNCTIONS {
        let mut sig = obj.make_signature();
        for (_, t) in f.params {
            sig.params.push(AbiParam::new(codegen::clif_type(*t, ptr)));
        }
        if let Some(r) = f.ret {
            sig.returns.push(AbiParam::new(codegen::clif_type(r, ptr)));
        }
        let id = obj
            .declare_function(f.name, Linkage::Import, &sig)
            .map_err(|e| e.to_string())?;
        imports.push((f.name, id));
    }

    // Function names (for tracebacks) and local names (for
    // UnboundLocalError) extend the constant pool.
    let mut consts: Vec<Const> = m.consts.clone();
    let mut intern = |name: &str| {
        let c = Const::Str(name.chars().map(|c| c as u32).collect());
        let idx = consts.iter().position(|x| *x == c).unwrap_or_else(|| {
            consts.push(c);
            consts.len() - 1
        });
        idx as u32
    };
    let name_consts: Vec<u32> = m.functions.iter().map(|f| intern(&f.name)).collect();
    let slot_consts: Vec<Vec<u32>> = m
        .functions
        .iter()
        .map(|f| f.slots.iter().map(|s| intern(s)).collect())
        .collect();

    let blob = crate::blob::module_blob(m, &consts);
    let data = |obj: &mut ObjectModule,
                name: &str,
                bytes: Option<Vec<u8>>,
                size: usize,
                writable: bool| {
        let id = obj
            .declare_data(name, Linkage::Local, writable, false)
            .map_err(|e| e.to_string())?;
        let mut d = DataDescription::new();
        match bytes {
            Some(b) => d.define(b.into_boxed_slice()),
            None => d.define_zeroinit(size.max(8)),
        }
        d.set_align(8);
        obj.define_data(id, &d).map_err(|e| e.to_string())?;
        Ok::<_, String>(id)
    };
    let blob_len = blob.len();
    let blob_id = data(&mut obj, "molt_blob", Some(blob), 0, false)?;
    let consts_id = data(&mut obj, "molt_consts", None, consts.len() * 8, true)?;
    // The global slots, then the word telling whether the module's namespace
    // dict is exposed (see `molt-runtime/src/module.rs`).
    let globals_id = data(
        &mut obj,
        "molt_globals",
        None,
        (m.globals.len() + 1) * 8,
        true,
    )?;
    let handle_id = data(&mut obj, "molt_module_handle", None, 8, true)?;
    let builtin_cache = data(
        &mut obj,
        "molt_builtin_cache",
        None,
        m.globals.len() * 8,
        true,
    )?;
    let mut import_data = |name: &str| {
        obj.declare_data(name, Linkage::Import, true, false)
            .map_err(|e| e.to_string())
    };
    let function_type = import_data(abi::FUNCTION_TYPE_SYMBOL)?;
    let frames = import_data(abi::FRAMES_SYMBOL)?;
    let generator_type = import_data(abi::GENERATOR_TYPE_SYMBOL)?;
    let range_iterator_type = import_data(abi::RANGE_ITERATOR_TYPE_SYMBOL)?;

    let mut fn_sig = obj.make_signature();
    fn_sig.params.push(AbiParam::new(ptr));
    fn_sig.params.push(AbiParam::new(types::I64));
    fn_sig.returns.push(AbiParam::new(types::I64));
    let mut func_ids = Vec::new();
    for i in 0..m.functions.len() {
        let id = obj
            .declare_function(&format!("molt_fn_{i}"), Linkage::Local, &fn_sig)
            .map_err(|e| e.to_string())?;
        func_ids.push(id);
    }

    let env = Env {
        imports: &imports,
        funcs: &func_ids,
        consts: consts_id,
        globals: globals_id,
        handle: handle_id,
        builtin_cache,
        function_type,
        frames,
        generator_type,
        range_iterator_type,
        name_consts: &name_consts,
        slot_consts: &slot_consts,
        module: m,
    };
    let mut fctx = FunctionBuilderContext::new();
    for (i, f) in m.functions.iter().enumerate() {
        let mut ctx = obj.make_context();
        ctx.func.signature = fn_sig.clone();
        ctx.func.name = UserFuncName::user(0, i as u32);
        codegen::lower_function(&mut obj, &env, i, f, &mut ctx.func, &mut fctx)?;
        obj.define_function(func_ids[i], &mut ctx)
            .map_err(|e| format!("codegen of {} failed: {e:?}", f.name))?;
    }

    // int main(int argc, char **argv)
    let mut main_sig = obj.make_signature();
    main_sig.params.push(AbiParam::new(types::I32));
    main_sig.params.push(AbiParam::new(ptr));
    main_sig.returns.push(AbiParam::new(types::I32));
    let main_id = obj
        .declare_function("main", Linkage::Export, &main_sig)
        .map_err(|e| e.to_string())?;
    let mut ctx = obj.make_context();
    ctx.func.signature = main_sig;
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        b.seal_block(entry);
        let (argc, argv) = (b.block_params(entry)[0], b.block_params(entry)[1]);
        let call = |b: &mut FunctionBuilder,
                    obj: &mut ObjectModule,
                    name: &str,
                    args: &[cranelift_codegen::ir::Value]| {
            let id = imports.iter().find(|(n, _)| *n == name).unwrap().1;
            let fref = obj.declare_func_in_func(id, b.func);
            let inst = b.ins().call(fref, args);
            b.inst_results(inst).first().copied()
        };
        call(&mut b, &mut obj, "molt_runtime_init", &[argc, argv]);
        call(&mut b, &mut obj, "molt_stdlib_init", &[]);
        let gv = |b: &mut FunctionBuilder, obj: &mut ObjectModule, id| {
            let g = obj.declare_data_in_func(id, b.func);
            b.ins().symbol_value(ptr, g)
        };
        let blob_addr = gv(&mut b, &mut obj, blob_id);
        let consts_addr = gv(&mut b, &mut obj, consts_id);
        let globals_addr = gv(&mut b, &mut obj, globals_id);
        let len = b.ins().iconst(ptr, blob_len as i64);
        let nglobals = b.ins().iconst(ptr, m.globals.len() as i64);
        let handle = call(
            &mut b,
            &mut obj,
            "molt_module_init",
            &[blob_addr, len, consts_addr, globals_addr, nglobals],
        )
        .unwrap();
        let handle_addr = gv(&mut b, &mut obj, handle_id);
        b.ins().store(
            cranelift_codegen::ir::MemFlagsData::trusted(),
            handle,
            handle_addr,
            0,
        );
        let body = obj.declare_func_in_func(func_ids[0], b.func);
        let null = b.ins().iconst(ptr, 0);
        let none = b.ins().iconst(types::I64, abi::NONE_BITS as i64);
        let inst = b.ins().call(body, &[null, none]);
        let result = b.inst_results(inst)[0];
        let code = call(&mut b, &mut obj, "molt_runtime_exit", &[result]).unwrap();
        b.ins().return_(&[code]);
        b.finalize(obj.isa().frontend_config());
    }
    obj.define_function(main_id, &mut ctx)
        .map_err(|e| format!("{e:?}"))?;
    let product = obj.finish();
    product.emit().map_err(|e| e.to_string())
}
