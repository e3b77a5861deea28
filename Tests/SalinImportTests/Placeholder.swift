// Tests for SalinImport.
