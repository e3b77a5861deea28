// Tests for SalinCatalog.
