// SalinCatalog: see Documentation.docc/SalinCatalog.md (to be written with the module).
