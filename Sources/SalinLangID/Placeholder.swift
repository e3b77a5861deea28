// SalinLangID: see Documentation.docc/SalinLangID.md (to be written with the module).
