// Tests for the salin command line.
