// Tests for SalinDocuments.
