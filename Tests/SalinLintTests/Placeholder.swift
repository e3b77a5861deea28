// Tests for SalinLint.
