// SalinImport: see Documentation.docc/SalinImport.md (to be written with the module).
