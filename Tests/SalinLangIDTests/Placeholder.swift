// Tests for SalinLangID.
