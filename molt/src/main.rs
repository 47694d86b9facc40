//! The `molt` command: `build`, `run`, `ir` and `diff`.

mod diff;
mod driver;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "molt",
    version,
    about = "An ahead-of-time compiler for Python 3.12"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a Python program to a native executable.
    Build {
        file: PathBuf,
        /// Output path (default: the script's stem in the current directory).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Report progress.
        #[arg(short, long)]
        verbose: bool,
    },
    /// Build into a cache directory and run, passing ARGS to the program.
    Run {
        file: PathBuf,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print the IR of every function.
    Ir { file: PathBuf },
    /// Compare compiled programs against CPython 3.12.
    Diff {
        paths: Vec<PathBuf>,
        /// The CPython interpreter to compare against.
        #[arg(long)]
        python: Option<PathBuf>,
        /// Programs to check in parallel.
        #[arg(short, default_value_t = 2)]
        j: usize,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build {
            file,
            output,
            verbose,
        } => driver::build(&file, output.as_deref(), verbose).map(|_| 0),
        Command::Run { file, args } => driver::run(&file, &args),
        Command::Ir { file } => driver::print_ir(&file).map(|_| 0),
        Command::Diff { paths, python, j } => diff::diff(&paths, python.as_deref(), j),
    };
    match result {
        Ok(code) => ExitCode::from(code as u8),
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::from(1)
        }
    }
}
