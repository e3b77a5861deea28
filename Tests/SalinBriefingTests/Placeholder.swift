// Tests for SalinBriefing: see BriefingLoaderTests.swift.
