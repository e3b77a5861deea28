// SalinDocuments: see Documentation.docc/SalinDocuments.md (to be written with the module).
