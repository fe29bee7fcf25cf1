/** One account per role; each signs in with `passwordOf(login)`. */
export const ACCOUNTS = [
  { login: 'marketer', role: 'marketing' },
  { login: 'dpo', role: 'dpo' },
  { login: 'admin', role: 'admin' },
];
