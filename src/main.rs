//! The `ftpdocs` command: arguments in, exit code out. All the work is in the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
