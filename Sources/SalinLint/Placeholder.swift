// SalinLint: see Documentation.docc/SalinLint.md (to be written with the module).
