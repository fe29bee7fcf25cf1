/** The operator's address for questions and withdrawal (policy 8.6); `{email}` in the texts. */
export const OPERATOR_EMAIL = 'info@cap.kz';
