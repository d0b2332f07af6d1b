fn main() {
    std::process::exit(wegweiser::cli::run(std::env::args_os()));
}
