// SalinRender: see Documentation.docc/SalinRender.md (to be written with the module).
