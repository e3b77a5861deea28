// Tests for SalinCore.
