import Foundation

// Placeholder entry point until the lead turns alucat-bench into subcommands:
//   alucat-bench ods [--rows N] [--out DIR] [--level 1-9] [--odfpy-rows N]
var arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.first == "ods" else {
    print("usage: alucat-bench ods [--rows N] [--out DIR] [--level 1-9] [--odfpy-rows N]")
    exit(2)
}
arguments.removeFirst()
var rows = 100_000, out = "bench-out", level = 6, odfpyRows = 20_000
while let flag = arguments.first {
    arguments.removeFirst()
    guard let value = arguments.first else { print("missing value for \(flag)"); exit(2) }
    arguments.removeFirst()
    switch flag {
    case "--rows": rows = Int(value) ?? rows
    case "--out": out = value
    case "--level": level = Int(value) ?? level
    case "--odfpy-rows": odfpyRows = Int(value) ?? odfpyRows
    default: print("unknown option \(flag)"); exit(2)
    }
}
do {
    try runODSBenchmark(rows: rows, outputDirectory: out, compressionLevel: level, odfpyRows: odfpyRows)
} catch {
    print("error: \(error.localizedDescription)")
    exit(1)
}
