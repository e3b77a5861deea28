public import ArgumentParser
public import SalinLint

/// `salin lint --format stylish|json|sarif|github`.
extension LintFormat: ExpressibleByArgument {}

/// `salin lint --min-severity info|warning|error`.
extension Severity: ExpressibleByArgument {}
