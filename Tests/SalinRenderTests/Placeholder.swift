// Tests for SalinRender.
